import { createDocument } from 'zod-openapi';
import { analyticsOpenApiPaths } from './openapi.js';

describe('analyticsOpenApiPaths', () => {
  // Full-document validation (swagger-parser) is the lead's; it does not load under jest's ESM.
  test('builds an OpenAPI 3.1 document with the three operations and their query parameters', async () => {
    const doc = createDocument({ openapi: '3.1.0', info: { title: 'analytics', version: '0' }, paths: analyticsOpenApiPaths });
    const ops = Object.values(doc.paths ?? {}).map((p) => p.get!.operationId);
    expect(ops).toEqual(['getMetrics', 'getMetricsSeries', 'getBlocChanges']);
    const params = (path: string) => (doc.paths![path]!.get!.parameters as { name: string; required?: boolean }[]);
    expect(params('/api/analytics/metrics').map((p) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'relations', 'metrics', 'seed']));
    expect(params('/api/analytics/metrics/series').filter((p) => p.required).map((p) => p.name).sort()).toEqual(['from', 'to']);
    expect(params('/api/analytics/blocs/changes').filter((p) => p.required).map((p) => p.name).sort()).toEqual(['at1', 'at2']);
    expect(doc.components?.schemas).toHaveProperty('MetricsResponse');
  });
});
