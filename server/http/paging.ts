// Paging for list routes. The offset is capped: the embedded engine crashes (SIGSEGV, measured
// with @ladybugdb/core 0.19.1) on SKIP values near 10,000, and a page that deep is better asked
// for with a narrower time window anyway.
import { z } from 'zod';
import { Paging } from '../domain/network/schema.js';

export const MAX_OFFSET = 5000;

export const HttpPaging = Paging.extend({
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET, `offset is at most ${MAX_OFFSET}; narrow the window (from, to) to page further back`).default(0),
});
