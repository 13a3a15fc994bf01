// createApp(deps): the Express app with every route, no listen (main.ts listens; tests use
// supertest in-process).
import express, { type Express } from 'express';
import etag from 'etag';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { GraphStore } from './store/graph-store.js';
import { routedByPaths, type ApiModule, type AppConfig } from './http/module.js';
import { clientRoutes } from './http/client.js';
import { apiNotFound, problemHandler } from './http/problem.js';
import { methodNotAllowed } from './http/method-not-allowed.js';
import { cors, securityHeaders } from './http/security.js';
import { jsonAsBytes, STREAM_FROM_BYTES } from './http/json-bytes.js';
import { responseCache } from './http/response-cache.js';
import { documentsModule } from './http/documents/routes.js';
import { entitiesModule } from './http/entities/routes.js';
import { eventsModule } from './http/events/routes.js';
import { exportsModule } from './http/exports/routes.js';
import { healthModule } from './http/health/routes.js';
import { networkModule } from './http/network/routes.js';
import { openApiModule } from './http/openapi/routes.js';
import { pairsModule } from './http/pairs/routes.js';
import { pathsModule } from './http/paths/routes.js';
import { searchModule } from './http/search/routes.js';
import { ANALYTICS_BASE, analyticsOpenApiPaths, analyticsRouter } from './http/analytics/index.js';

const analyticsModule: ApiModule = {
  paths: analyticsOpenApiPaths,
  router: ({ store }) => express.Router().use(ANALYTICS_BASE, analyticsRouter({ store })),
};

export const API_MODULES: ApiModule[] = [healthModule, searchModule, entitiesModule, eventsModule, networkModule, pathsModule, pairsModule, exportsModule, documentsModule, analyticsModule];

export interface CreateAppDeps {
  store: GraphStore;
  config?: Partial<AppConfig>;
  /** Request logging; none when absent (tests). */
  logger?: Logger;
}

export const DEFAULT_APP_CONFIG: AppConfig = {
  token: null,
  limits: { documentBytes: 6 * 1024 * 1024, importBytes: 50 * 1024 * 1024, writesPerMinute: 60 },
  corsOrigins: [],
  clientDir: 'dist/client',
};

/** Bodies as large as a streamed JSON answer get no ETag either (see STREAM_FROM_BYTES). */
const weakEtag = (body: Buffer | string) => ((typeof body === 'string' ? Buffer.byteLength(body) : body.length) < STREAM_FROM_BYTES ? etag(body, { weak: true }) : undefined);

/** One short line per request: method, url, status, time. Never the headers: they carry the
 * bearer token, and at a thousand requests a second they were most of the log (1.5 KB a line). */
const requestLog = (logger: Logger) => pinoHttp({
  logger,
  autoLogging: { ignore: (req) => req.url === '/api/health' },
  serializers: {
    req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
    res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  },
});

export function createApp({ store, config = {}, logger }: CreateAppDeps): Express {
  const cfg: AppConfig = { ...DEFAULT_APP_CONFIG, ...config, limits: { ...DEFAULT_APP_CONFIG.limits, ...config.limits } };
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('etag', weakEtag);
  if (logger) app.use(requestLog(logger));
  app.use(securityHeaders());
  app.use(cors(cfg.corsOrigins));
  app.use(jsonAsBytes());
  app.use(responseCache(store));
  const deps = { store, config: cfg };
  const modules = [...API_MODULES, openApiModule(API_MODULES)];
  for (const m of modules) app.use(routedByPaths(m.paths, m.router(deps)));
  app.use('/api', methodNotAllowed(Object.assign({}, ...modules.map((m) => m.paths))));
  app.use('/api', apiNotFound);
  app.use(clientRoutes(cfg.clientDir));
  app.use(apiNotFound);
  app.use(problemHandler(logger));
  return app;
}
