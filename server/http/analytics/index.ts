// The analytics API: the router factory the app mounts under /api/analytics, its OpenAPI paths.
export { analyticsRouter, type AnalyticsRouterDeps } from './routes.js';
export { analyticsOpenApiPaths, ANALYTICS_BASE } from './openapi.js';
