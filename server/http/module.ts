// What each resource folder exports: its routes and their OpenAPI description. app.ts mounts
// the routers; openapi/document.ts merges the paths.
import type { RequestHandler, Router } from 'express';
import type { ZodOpenApiPathsObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import type { z } from 'zod';
import type { Config } from '../config.js';
import type { GraphStore } from '../store/graph-store.js';
import { Problem } from './problem.js';

export type AppConfig = Pick<Config, 'token' | 'limits' | 'corsOrigins' | 'clientDir'>;

export interface AppDeps {
  store: GraphStore;
  config: AppConfig;
}

export interface ApiModule {
  paths: ZodOpenApiPathsObject;
  router(deps: AppDeps): Router;
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

/** A 200 JSON response plus the problems every read route can answer with. */
export function jsonResponses(schema: z.ZodTypeAny, description: string, more: number[] = []): ZodOpenApiResponsesObject {
  const r: ZodOpenApiResponsesObject = {
    '200': { description, content: { 'application/json': { schema } } },
    '400': problem('Malformed parameters'),
    '422': problem('Parameters that make no sense (impossible date, window ending before it starts)'),
    '503': problem('The graph store is unreachable'),
  };
  for (const status of more) (r as Record<string, unknown>)[String(status)] = problem(({ 401: 'Missing or invalid bearer token', 404: 'Unknown id', 413: 'Body too large', 415: 'Body is not application/json', 429: 'Too many writes' } as Record<number, string>)[status] ?? 'Problem');
  return r;
}

/** An OpenAPI path template ('/api/ego/{id}') as the pattern Express matches it with: a parameter
 * is one segment, a trailing slash is allowed, letters match in either case. */
export const pathPattern = (template: string): RegExp =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`, 'i');

/** A module's router, entered only by requests for one of its documented paths (the OpenAPI paths
 * are the route table: test/http/api-writes.test.ts). Without this every request walked every
 * module's routes before its own: 0.14 ms of a small query's 1.2 ms over HTTP. */
export function routedByPaths(paths: ZodOpenApiPathsObject, router: Router): RequestHandler {
  const patterns = Object.keys(paths).map(pathPattern);
  return (req, res, next) => (patterns.some((p) => p.test(req.path)) ? router(req, res, next) : next());
}
