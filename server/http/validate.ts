// Request parsing with zod: query, params and bodies are parsed once into typed values, and a
// failure becomes a problem with the offending field paths.
import type { Request } from 'express';
import type { z } from 'zod';
import { UnsupportedMediaTypeError } from '../domain/errors.js';
import { errorOfZod } from './problem.js';

export function parseWith<S extends z.ZodTypeAny>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw errorOfZod(parsed.error, where);
  return parsed.data;
}

export const parseQuery = <S extends z.ZodTypeAny>(schema: S, req: Request): z.output<S> => parseWith(schema, req.query, 'query parameters');
export const parseParams = <S extends z.ZodTypeAny>(schema: S, req: Request): z.output<S> => parseWith(schema, req.params, 'path parameters');

export function parseJsonBody<S extends z.ZodTypeAny>(schema: S, req: Request): z.output<S> {
  if (!req.is('application/json')) throw new UnsupportedMediaTypeError(`expected Content-Type: application/json, got ${req.get('content-type') ?? 'none'}`);
  return parseWith(schema, req.body, 'request body');
}
