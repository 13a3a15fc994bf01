// 405 with an Allow header for a known API path asked with a method it does not have (the
// OpenAPI paths are the route table), instead of a misleading 404.
import type { RequestHandler } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { MethodNotAllowedError } from '../domain/errors.js';
import { pathPattern } from './module.js';

export function methodNotAllowed(paths: ZodOpenApiPathsObject): RequestHandler {
  const routes = Object.entries(paths).map(([template, item]) => {
    const pattern = pathPattern(template);
    const methods = Object.keys(item ?? {}).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((m) => m.toUpperCase());
    if (methods.includes('GET')) methods.push('HEAD');
    return { pattern, methods };
  });
  return (req, res, next) => {
    const route = routes.find((r) => r.pattern.test(req.originalUrl.split('?')[0]));
    if (!route || route.methods.includes(req.method)) return next();
    if (req.method === 'OPTIONS') { res.set('Allow', [...route.methods, 'OPTIONS'].join(', ')).status(204).end(); return; }
    res.set('Allow', route.methods.join(', '));
    next(new MethodNotAllowedError(`${req.method} is not supported on ${req.path}; use ${route.methods.join(' or ')}`));
  };
}
