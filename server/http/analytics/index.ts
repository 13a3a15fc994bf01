// The analytics API: the router factory (mounted under /api/analytics), its OpenAPI paths, and
// both together as an ApiModule for app.ts's module list.
import express from 'express';
import type { ApiModule } from '../module.js';
import { ANALYTICS_BASE, analyticsOpenApiPaths } from './openapi.js';
import { analyticsRouter } from './routes.js';

export { analyticsRouter, type AnalyticsRouterDeps } from './routes.js';
export { analyticsOpenApiPaths, ANALYTICS_BASE } from './openapi.js';

export const analyticsModule: ApiModule = {
  paths: analyticsOpenApiPaths,
  router: ({ store }) => express.Router().use(ANALYTICS_BASE, analyticsRouter({ store })),
};
