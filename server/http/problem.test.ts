import { z } from 'zod';
import { BadRequestError, InternalError, ServiceUnavailableError, UnprocessableError } from '../domain/errors.js';
import { InterchangeError } from '../ingest/errors.js';
import { StoreError } from '../store/graph-store.js';
import { errorOfZod, toAppError } from './problem.js';

describe('problem mapping', () => {
  const Q = z.object({ limit: z.coerce.number().int(), day: z.string().refine((d) => d !== '2025-02-30', 'not a calendar date') });

  test('shape problems are 400, value problems 422, with field paths', () => {
    const shape = errorOfZod(Q.safeParse({ limit: 'x', day: '2024-01-01' }).error!, 'query');
    expect(shape).toBeInstanceOf(BadRequestError);
    expect(shape.errors).toEqual([{ path: 'limit', message: expect.any(String) }]);
    const value = errorOfZod(Q.safeParse({ limit: 1, day: '2025-02-30' }).error!, 'query');
    expect(value).toBeInstanceOf(UnprocessableError);
    expect(value.errors).toEqual([{ path: 'day', message: 'not a calendar date' }]);
  });

  test('errors from other layers get their status', () => {
    expect(toAppError(new InterchangeError('body', [{ path: 'events[0].date', message: 'bad' }]))).toMatchObject({ status: 422, errors: [{ path: 'events[0].date' }] });
    expect(toAppError(new StoreError('down', 'unavailable'))).toBeInstanceOf(ServiceUnavailableError);
    expect(toAppError(Object.assign(new Error('Unexpected token'), { type: 'entity.parse.failed' }))).toMatchObject({ status: 400 });
    expect(toAppError(Object.assign(new Error('too large'), { type: 'entity.too.large', limit: 10 }))).toMatchObject({ status: 413 });
    const internal = toAppError(new Error('secret stack detail'));
    expect(internal).toBeInstanceOf(InternalError);
    expect(internal.message).not.toMatch(/secret/);
  });
});
