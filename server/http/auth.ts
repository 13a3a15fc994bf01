// Bearer-token check for writes. With no ENTENTE_TOKEN configured the server only listens on
// loopback (config.ts refuses otherwise), so writes are open.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { UnauthorizedError } from '../domain/errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireToken(token: string | null): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, res, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    // Comparing fixed-length digests keeps the check constant-time whatever the input length.
    if (m && timingSafeEqual(digest(m[1]), expected)) return next();
    res.set('WWW-Authenticate', 'Bearer realm="entente"');
    next(new UnauthorizedError(m ? 'the bearer token is not valid' : 'writes need Authorization: Bearer <ENTENTE_TOKEN>', [{ path: 'headers.authorization', message: m ? 'invalid token' : 'missing' }]));
  };
}
