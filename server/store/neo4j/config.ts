// Connection settings for the Neo4j store, read from the environment and checked once.
import { z } from 'zod';
import { StoreError } from '../graph-store.js';

export const Neo4jOptions = z.object({
  uri: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'expected bolt://host:port or neo4j://host:port (optionally +s / +ssc)'),
  user: z.string().min(1).default('neo4j'),
  password: z.string().default(''),
  /** Absent: the server's default database. */
  database: z.string().min(1).optional(),
});
export type Neo4jOptions = z.infer<typeof Neo4jOptions>;

/** NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; null when NEO4J_URI is unset. */
export function neo4jOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jOptions | null {
  if (!env.NEO4J_URI) return null;
  const parsed = Neo4jOptions.safeParse({ uri: env.NEO4J_URI, user: env.NEO4J_USER || undefined, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE || undefined });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `NEO4J_${String(i.path[0] ?? '').toUpperCase()}: ${i.message}`).join('; ');
    throw new StoreError(`Neo4j settings are invalid: ${problems}`, 'invalid');
  }
  return parsed.data;
}
