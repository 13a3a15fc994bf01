// GET /api/openapi.json and GET /api/schema/interchange.json, built once on first request.
import express from 'express';
import { z } from 'zod';
import type { ApiModule } from '../module.js';
import { interchangeJsonSchema, openApiDocument } from './document.js';

export function openApiModule(others: ApiModule[]): ApiModule {
  const self: ApiModule = {
    paths: {
      '/api/openapi.json': { get: { summary: 'This OpenAPI 3.1 document', tags: ['meta'], responses: { '200': { description: 'OpenAPI document', content: { 'application/json': { schema: z.object({ openapi: z.string() }).catchall(z.unknown()) } } } } } },
      '/api/schema/interchange.json': { get: { summary: 'JSON Schema of the interchange format', tags: ['meta'], responses: { '200': { description: 'JSON Schema (draft 2020-12)', content: { 'application/schema+json': { schema: z.object({}).catchall(z.unknown()) } } } } } },
    },
    router() {
      const r = express.Router();
      let doc: unknown;
      let schema: unknown;
      r.get('/api/openapi.json', (_req, res) => { res.json((doc ??= openApiDocument([...others, self]))); });
      r.get('/api/schema/interchange.json', (_req, res) => { res.type('application/schema+json').send(JSON.stringify((schema ??= interchangeJsonSchema()))); });
      return r;
    },
  };
  return self;
}
