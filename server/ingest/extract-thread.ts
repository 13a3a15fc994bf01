// Article extraction off the event loop, for the server: one worker thread (extract.worker.mjs),
// started on first use and again after it dies, takes articles in order. The CLI extracts in
// process; results and ExtractErrors are the same either way.
import { Worker } from 'node:worker_threads';
import type { Interchange } from '../domain/interchange/schema.js';
import { ExtractError, type ExtractErrorCode } from '../extract/errors.js';
import type { ExtractOptions } from '../extract/index.js';

interface Reply { id: number; value?: Interchange; error?: { name: string; code?: string; message: string } }
interface Waiting { resolve: (v: Interchange) => void; reject: (e: Error) => void }

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function failAll(err: Error): void {
  for (const w of waiting.values()) w.reject(err);
  waiting.clear();
}

function started(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./extract.worker.mjs', import.meta.url));
  // Idle, the thread must not keep the process alive (a server shutting down, a test ending).
  w.unref();
  w.on('message', (m: Reply | { ready: true }) => {
    if (!('id' in m)) return;
    const entry = waiting.get(m.id);
    if (!entry) return;
    waiting.delete(m.id);
    if (!waiting.size) w.unref();
    if (m.value) entry.resolve(m.value);
    else entry.reject(m.error?.name === 'ExtractError' ? new ExtractError(m.error.code as ExtractErrorCode, m.error.message) : new Error(`extraction failed: ${m.error?.message}`));
  });
  const dead = (err: Error) => {
    if (worker === w) worker = null;
    failAll(err);
  };
  w.on('error', (err) => dead(new Error(`the extraction thread failed: ${err.message}`)));
  w.on('exit', (code) => dead(new Error(`the extraction thread exited (code ${code})`)));
  worker = w;
  return w;
}

/** extractArticle on the extraction thread. */
export function extractInWorker(text: string, options: ExtractOptions): Promise<Interchange> {
  const w = started();
  const id = nextId++;
  return new Promise<Interchange>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    // Busy, it keeps the process alive until the answer is in.
    w.ref();
    w.postMessage({ id, text, options });
  });
}

/** Stops the thread (a server closing); the next extraction starts a new one. */
export async function stopExtractThread(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
