// The extraction thread (extract-thread.ts starts it): runs extractArticle for the server so that
// 20–50 ms of regular expressions per article, and the dictionaries' first load, never stall the
// event loop that answers reads. Plain .mjs that registers tsx itself: the loader hooks of the
// parent (node --import tsx, or a test runner's transform) do not reach a worker thread.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractArticle } = await import('../extract/index.ts');

parentPort.on('message', ({ id, text, options }) => {
  try {
    parentPort.postMessage({ id, value: extractArticle(text, options) });
  } catch (err) {
    parentPort.postMessage({ id, error: { name: err?.name ?? 'Error', code: err?.code, message: err?.message ?? String(err) } });
  }
});
parentPort.postMessage({ ready: true });
