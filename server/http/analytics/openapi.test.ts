import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createDocument } from 'zod-openapi';
import { analyticsOpenApiPaths } from './openapi.js';

// swagger-parser runs in its own process (it cannot load under jest's ESM runtime on Node 20),
// through the HTTP suite's validator script.
const validate = (doc: unknown) => spawnSync(path.resolve('node_modules/.bin/tsx'), ['test/http/validate-openapi.cli.ts'], { input: JSON.stringify(doc), encoding: 'utf8' });

describe('analyticsOpenApiPaths', () => {
  const doc = createDocument({ openapi: '3.1.0', info: { title: 'analytics', version: '0' }, paths: analyticsOpenApiPaths });

  test('the three operations with their query parameters and response schemas', () => {
    const ops = Object.values(doc.paths ?? {}).map((p) => p.get!.operationId);
    expect(ops).toEqual(['getMetrics', 'getMetricsSeries', 'getBlocChanges']);
    const params = (p: string) => (doc.paths![p]!.get!.parameters as { name: string; required?: boolean }[]);
    expect(params('/api/analytics/metrics').map((p) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'relations', 'metrics', 'seed']));
    expect(params('/api/analytics/metrics/series').filter((p) => p.required).map((p) => p.name).sort()).toEqual(['from', 'to']);
    expect(params('/api/analytics/blocs/changes').filter((p) => p.required).map((p) => p.name).sort()).toEqual(['at1', 'at2']);
    expect(doc.components?.schemas).toHaveProperty('MetricsResponse');
  });

  test('is a valid OpenAPI 3.1 document (swagger-parser)', () => {
    const run = validate(doc);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^valid: 3 paths/);
  });
});
