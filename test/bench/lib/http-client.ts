// A GET client on a worker thread (http-client.worker.mjs): resolves when the whole answer has
// arrived, with its size; rejects on a failed request or a non-2xx status.
import { Worker } from 'node:worker_threads';

/** An answer's size, and the time from the request to its last byte on the client's own thread
 * (timeRuns and timePairs take it instead of their own clock: see stats.ts). */
export interface HttpAnswer { bytes: number; clientMs: number }

export interface HttpClient { get(url: string): Promise<HttpAnswer>; close(): Promise<void> }

export function httpClient(): HttpClient {
  const worker = new Worker(new URL('./http-client.worker.mjs', import.meta.url));
  const waiting = new Map<number, { resolve: (v: HttpAnswer) => void; reject: (e: Error) => void; url: string }>();
  let next = 0;
  worker.on('message', ({ id, status, bytes, ms, error }: { id: number; status: number; bytes: number; ms: number; error: string | null }) => {
    const w = waiting.get(id);
    if (!w) return;
    waiting.delete(id);
    if (status >= 200 && status < 300) w.resolve({ bytes, clientMs: ms });
    else w.reject(new Error(`${w.url}: HTTP ${status} ${error ?? ''}`));
  });
  return {
    get: (url) => new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject, url });
      worker.postMessage({ id, url });
    }),
    close: async () => { await worker.terminate(); },
  };
}
