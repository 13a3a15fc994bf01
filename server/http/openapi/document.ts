// The OpenAPI 3.1 document, generated from the same zod schemas the routes parse with.
import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from 'zod';
import { Interchange } from '../../domain/interchange/schema.js';
import type { ApiModule } from '../module.js';

export function openApiDocument(modules: ApiModule[], extraPaths: ZodOpenApiPathsObject = {}) {
  const paths: ZodOpenApiPathsObject = Object.assign({}, ...modules.map((m) => m.paths), extraPaths);
  const doc = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Entente API',
      version: '1.0.0',
      description: 'Diplomatic meetings and pacts extracted from news, as a graph. Errors are RFC 9457 problem+json. Entity ids contain a colon (country:JP): URL-encode them in paths.',
    },
    servers: [{ url: '/' }],
    tags: ['meta', 'entities', 'events', 'network', 'paths', 'export', 'write'].map((name) => ({ name })),
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'ENTENTE_TOKEN; required for writes when the server has one' } } },
    paths,
  });
  // Lists travel comma-separated (relations=met,pact): say so, since OpenAPI's default is repeated keys.
  for (const item of Object.values(doc.paths ?? {})) for (const op of Object.values(item ?? {})) {
    for (const p of (op as { parameters?: { in: string; schema?: { type?: unknown }; explode?: boolean; style?: string }[] }).parameters ?? []) {
      if (p.in === 'query' && p.schema?.type === 'array') { p.style = 'form'; p.explode = false; }
    }
  }
  return doc;
}

/** JSON Schema of the interchange format (what POST /api/import accepts); the same document
 * `entente schema` prints. */
export function interchangeJsonSchema() {
  return z.toJSONSchema(Interchange, { io: 'input', unrepresentable: 'any' });
}
