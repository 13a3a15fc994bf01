// Environment, parsed once with zod. Everything configurable about the server is here, with its
// default; a bad value stops start-up with a message naming the variable.
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const flag = z.preprocess((v) => v === '1' || v === 'true' || v === true, z.boolean());

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  ENTENTE_DATA_DIR: z.string().min(1).default('./data'),
  ENTENTE_TOKEN: z.string().min(8, 'ENTENTE_TOKEN must be at least 8 characters').optional(),
  ENTENTE_ALLOW_REMOTE: flag.default(false),
  ENTENTE_SEEDS_DIR: z.string().min(1).default('./seeds'),
  /** Skip loading the seeds into an empty store (tests that want an empty store set it). */
  ENTENTE_NO_SEED: flag.default(false),
  /** Store reads kept in the read cache of the embedded store (0 turns it off). */
  ENTENTE_READ_CACHE: z.coerce.number().int().min(0).default(2000),
  /** In-memory projection of events in front of the store: on (default for the embedded store), off. */
  ENTENTE_PROJECTION: z.enum(['auto', 'on', 'off']).default('auto'),
  /** Embedded engine's page cache, in MiB (its own default takes most of the machine's memory). */
  ENTENTE_BUFFER_POOL_MB: z.coerce.number().int().min(64).max(1 << 20).default(256),
  ENTENTE_CLIENT_DIR: z.string().min(1).default('./dist/client'),
  /** Largest accepted POST /api/documents body, in bytes. */
  ENTENTE_DOCUMENT_LIMIT: z.coerce.number().int().min(1024).default(6 * 1024 * 1024),
  /** Largest accepted POST /api/import body, in bytes. */
  ENTENTE_IMPORT_LIMIT: z.coerce.number().int().min(1024).default(50 * 1024 * 1024),
  /** Write requests allowed per client per minute. */
  ENTENTE_WRITE_RATE: z.coerce.number().int().min(1).default(60),
  ENTENTE_CORS_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  token: string | null;
  allowRemote: boolean;
  seedsDir: string;
  seed: boolean;
  readCacheEntries: number;
  projection: boolean;
  bufferPoolMb: number;
  clientDir: string;
  limits: { documentBytes: number; importBytes: number; writesPerMinute: number };
  corsOrigins: string[];
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  neo4j: { uri: string; user: string; password: string; database: string } | null;
}

export class ConfigError extends Error {
  constructor(message: string) { super(message); this.name = 'ConfigError'; }
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1';
  return false;
}

export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  // An empty variable (PORT= in a .env file) means "not set", as in most tools.
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    throw new ConfigError(`invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  if (!isLoopback(e.HOST) && !e.ENTENTE_TOKEN && !e.ENTENTE_ALLOW_REMOTE) {
    throw new ConfigError(
      `refusing to listen on ${e.HOST} without ENTENTE_TOKEN: anyone on the network could write to the store. ` +
        'Set ENTENTE_TOKEN (8+ characters) to require it for writes, or ENTENTE_ALLOW_REMOTE=1 to accept unauthenticated writes.',
    );
  }
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.ENTENTE_DATA_DIR),
    token: e.ENTENTE_TOKEN ?? null,
    allowRemote: e.ENTENTE_ALLOW_REMOTE,
    seedsDir: path.resolve(cwd, e.ENTENTE_SEEDS_DIR),
    seed: !e.ENTENTE_NO_SEED,
    readCacheEntries: e.ENTENTE_READ_CACHE,
    // Neo4j may be shared by several servers, whose writes this process's projection would miss.
    projection: e.ENTENTE_PROJECTION === 'on' || (e.ENTENTE_PROJECTION === 'auto' && !e.NEO4J_URI),
    bufferPoolMb: e.ENTENTE_BUFFER_POOL_MB,
    clientDir: path.resolve(cwd, e.ENTENTE_CLIENT_DIR),
    limits: { documentBytes: e.ENTENTE_DOCUMENT_LIMIT, importBytes: e.ENTENTE_IMPORT_LIMIT, writesPerMinute: e.ENTENTE_WRITE_RATE },
    corsOrigins: e.ENTENTE_CORS_ORIGINS ? e.ENTENTE_CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean) : [],
    logLevel: e.LOG_LEVEL,
    neo4j: e.NEO4J_URI ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD!, database: e.NEO4J_DATABASE } : null,
  };
}
