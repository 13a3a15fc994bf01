// RFC 9457 problem+json responses: every error leaves the API in this one shape.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { AppError, BadRequestError, InternalError, NotFoundError, PayloadTooLargeError, ServiceUnavailableError, UnsupportedMediaTypeError, UnprocessableError, type FieldIssue } from '../domain/errors.js';
import { StoreError } from '../store/graph-store.js';
import { InterchangeError } from '../ingest/errors.js';
import { ExtractError } from '../extract/errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const Problem = z
  .object({
    type: z.string().meta({ description: 'Stable URI naming the kind of problem', example: 'urn:entente:problem:unprocessable' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).meta({ description: 'The offending fields, if any' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type Problem = z.infer<typeof Problem>;

export function sendProblem(res: Response, err: AppError): void {
  const body: Problem = { type: err.type, title: err.title, status: err.status, detail: err.message, errors: err.errors };
  res.status(err.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

// Shape problems (a field missing, a number that is not one) mean the request is malformed;
// values of the right shape that make no sense (impossible date, unknown code) are 422.
const MALFORMED = new Set(['invalid_type', 'unrecognized_keys', 'invalid_union', 'invalid_key']);

export function issuesOfZod(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}

export function errorOfZod(error: z.ZodError, where: string): AppError {
  const issues = issuesOfZod(error);
  const detail = `invalid ${where}: ${issues.slice(0, 3).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`;
  return error.issues.some((i) => MALFORMED.has(i.code)) ? new BadRequestError(detail, issues) : new UnprocessableError(detail, issues);
}

/** Errors thrown by body-parser carry a `type`; map the ones a client can cause. */
function fromBodyParser(err: { type?: string; message?: string; limit?: number }): AppError | undefined {
  switch (err.type) {
    case 'entity.parse.failed': return new BadRequestError(`request body is not valid JSON: ${err.message}`, [{ path: 'body', message: 'malformed JSON' }]);
    case 'entity.too.large': return new PayloadTooLargeError(`request body is larger than the ${err.limit} bytes accepted here`, [{ path: 'body', message: 'too large' }]);
    case 'encoding.unsupported':
    case 'charset.unsupported': return new UnsupportedMediaTypeError(err.message ?? 'unsupported encoding');
    case 'request.aborted': return new BadRequestError('request aborted');
    case 'entity.verify.failed': return new BadRequestError(err.message ?? 'request body rejected', [{ path: 'body', message: err.message ?? 'rejected' }]);
    default: return undefined;
  }
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof z.ZodError) return errorOfZod(err, 'input');
  if (err instanceof InterchangeError) return new UnprocessableError(err.message, err.issues);
  // The extractor's own input checks (text too long, NUL bytes, language) are the caller's fault.
  if (err instanceof ExtractError) {
    const field = err.code === 'bad-published-date' ? 'published' : err.code === 'unsupported-language' ? 'lang' : 'text';
    return err.code === 'too-large' ? new PayloadTooLargeError(err.message, [{ path: field, message: err.code }]) : new UnprocessableError(err.message, [{ path: field, message: err.code }]);
  }
  if (err instanceof StoreError) {
    if (err.code === 'invalid') return new UnprocessableError(err.message);
    if (err.code === 'unavailable' || err.code === 'locked') return new ServiceUnavailableError(err.message, [], { cause: err });
  }
  // Express answers a bad percent-escape in the path (/api/entities/%ZZ) with a URIError.
  if (err instanceof URIError) return new BadRequestError(`the URL is not validly percent-encoded: ${err.message}`, [{ path: 'url', message: 'malformed percent-encoding' }]);
  const parsed = err && typeof err === 'object' ? fromBodyParser(err as { type?: string }) : undefined;
  return parsed ?? new InternalError('an unexpected error occurred', [], { cause: err });
}

export function problemHandler(log?: { error: (obj: object, msg: string) => void }): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const appErr = toAppError(err);
    if (appErr.status >= 500) log?.error({ err }, 'request failed');
    sendProblem(res, appErr);
  };
}

export const apiNotFound: RequestHandler = (req, _res, next) => next(new NotFoundError(`no API route ${req.method} ${req.path}`));
