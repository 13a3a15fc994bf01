// POST /api/documents: one article in, its meetings and pacts out (and written unless dryRun).
// POST /api/import: an interchange document, loaded atomically per source document.
import express, { type RequestHandler } from 'express';
import { Interchange } from '../../domain/interchange/schema.js';
import { UnsupportedMediaTypeError } from '../../domain/errors.js';
import { requireToken } from '../auth.js';
import { jsonResponses, type ApiModule } from '../module.js';
import { writeRateLimit } from '../security.js';
import { parseWith } from '../validate.js';
import { ArticleInput, ArticleResult, LoadReport } from './schema.js';

const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) return next(new UnsupportedMediaTypeError(`expected Content-Type: application/json, got ${req.get('content-type') ?? 'none'}`, [{ path: 'headers.content-type', message: 'must be application/json' }]));
  next();
};

// body-parser decodes invalid UTF-8 to U+FFFD silently; a body that is not UTF-8 is refused instead.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Only = (_req: unknown, _res: unknown, buf: Buffer) => {
  try { utf8.decode(buf); } catch { throw Object.assign(new Error('request body is not valid UTF-8'), { status: 400 }); }
};

const writeResponses = (schema: Parameters<typeof jsonResponses>[0], description: string) => jsonResponses(schema, description, [401, 413, 415, 429]);

export const documentsModule: ApiModule = {
  paths: {
    '/api/documents': {
      post: {
        summary: 'Extract meetings and pacts from an article, and store them unless dryRun',
        tags: ['write'],
        // The token is required only when the server has one (ENTENTE_TOKEN).
        security: [{}, { bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: ArticleInput } } },
        responses: writeResponses(ArticleResult, 'What was extracted (and the load report)'),
      },
    },
    '/api/import': {
      post: {
        summary: 'Load an interchange document',
        tags: ['write'],
        // The token is required only when the server has one (ENTENTE_TOKEN).
        security: [{}, { bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: Interchange } } },
        responses: writeResponses(LoadReport, 'The load report'),
      },
    },
  },
  router({ store, config }) {
    const r = express.Router();
    const guard = [writeRateLimit(config.limits.writesPerMinute), requireToken(config.token), requireJson];
    r.post('/api/documents', ...guard, express.json({ limit: config.limits.documentBytes, strict: true, verify: utf8Only }), async (req, res) => {
      const input = parseWith(ArticleInput, req.body, 'request body');
      // Loaded on first use; the extractor itself runs (and loads its dictionaries) on its own thread.
      const [{ ingestArticle }, { extractInWorker }] = await Promise.all([import('../../ingest/article.js'), import('../../ingest/extract-thread.js')]);
      const { extracted, report } = await ingestArticle(store, input, extractInWorker);
      res.status(200).json({
        document: extracted.documents[0] ?? null,
        events: extracted.events,
        entities: extracted.entities,
        warnings: extracted.warnings ?? [],
        report: report ? { ...report, rejected: [] } : null,
      });
    });
    r.post('/api/import', ...guard, express.json({ limit: config.limits.importBytes, strict: true, verify: utf8Only }), async (req, res) => {
      const { loadInterchange } = await import('../../ingest/load.js');
      const report = await loadInterchange(store, req.body, { source: 'request body' });
      res.status(200).json({ ...report, rejected: [] });
    });
    return r;
  },
};
