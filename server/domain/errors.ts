// Typed application errors. Each class carries a stable RFC 9457 problem `type` URI, so clients
// and tests check the type rather than the wording; server/http/problem.ts renders them.

export interface FieldIssue { path: string; message: string }

const PROBLEM_BASE = 'urn:entente:problem:';

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly slug: string;
  abstract readonly title: string;
  readonly errors: FieldIssue[];
  constructor(message: string, errors: FieldIssue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.errors = errors;
    this.name = new.target.name;
  }
  get type(): string { return PROBLEM_BASE + this.slug; }
}

/** 400: the request cannot be read (malformed JSON, wrong shapes, missing fields). */
export class BadRequestError extends AppError { readonly status = 400; readonly slug = 'bad-request'; readonly title = 'Bad request'; }
/** 422: well-formed input whose values make no sense (unknown country, impossible date, end before start). */
export class UnprocessableError extends AppError { readonly status = 422; readonly slug = 'unprocessable'; readonly title = 'Unprocessable content'; }
export class UnauthorizedError extends AppError { readonly status = 401; readonly slug = 'unauthorized'; readonly title = 'Unauthorized'; }
export class NotFoundError extends AppError { readonly status = 404; readonly slug = 'not-found'; readonly title = 'Not found'; }
export class MethodNotAllowedError extends AppError { readonly status = 405; readonly slug = 'method-not-allowed'; readonly title = 'Method not allowed'; }
export class PayloadTooLargeError extends AppError { readonly status = 413; readonly slug = 'payload-too-large'; readonly title = 'Payload too large'; }
export class UnsupportedMediaTypeError extends AppError { readonly status = 415; readonly slug = 'unsupported-media-type'; readonly title = 'Unsupported media type'; }
export class TooManyRequestsError extends AppError { readonly status = 429; readonly slug = 'too-many-requests'; readonly title = 'Too many requests'; }
export class ServiceUnavailableError extends AppError { readonly status = 503; readonly slug = 'store-unavailable'; readonly title = 'Store unavailable'; }
export class InternalError extends AppError { readonly status = 500; readonly slug = 'internal'; readonly title = 'Internal server error'; }

export const PROBLEM_TYPES = Object.fromEntries(
  ['bad-request', 'unprocessable', 'unauthorized', 'not-found', 'method-not-allowed', 'payload-too-large', 'unsupported-media-type', 'too-many-requests', 'store-unavailable', 'internal'].map((s) => [s, PROBLEM_BASE + s]),
) as Record<string, string>;
