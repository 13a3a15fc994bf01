// JSON answers written as bytes one top-level member at a time. V8 writes a JSON text in
// two-byte characters from its first character outside Latin-1 on (a country's Japanese name in
// `nodes`), so a year's network became a 12 MB two-byte string, and turning that into UTF-8
// cost as much again as making it (30 ms of 60). Serialised apart, `edges` stays one-byte.
import type { RequestHandler } from 'express';

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || 'toJSON' in v) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** The UTF-8 bytes of JSON.stringify(body) (the same text), built member by member. */
export function jsonBytes(body: unknown): Buffer {
  if (!isPlainObject(body)) return Buffer.from(JSON.stringify(body) ?? 'null');
  const parts: Buffer[] = [];
  for (const [key, value] of Object.entries(body)) {
    const text = JSON.stringify(value);
    if (text === undefined) continue; // undefined, functions and symbols are left out, as JSON.stringify does
    parts.push(Buffer.from(`${parts.length ? ',' : '{'}${JSON.stringify(key)}:`), Buffer.from(text));
  }
  parts.push(Buffer.from(parts.length ? '}' : '{}'));
  return Buffer.concat(parts);
}

/** res.json through jsonBytes (Express's own json settings, replacer and spaces, are not used here). */
export const jsonAsBytes = (): RequestHandler => (_req, res, next) => {
  res.json = (body: unknown) => {
    if (!res.get('Content-Type')) res.type('application/json');
    return res.send(jsonBytes(body));
  };
  next();
};
