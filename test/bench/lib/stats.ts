// Timing helpers for the benchmark: a warm-up, then N timed runs, summarised by median and p95
// (the machine is shared and noisy, so single runs mean little).
import { performance } from 'node:perf_hooks';

export interface Timing { runs: number; median: number; p95: number; min: number; max: number }

/** The q-quantile of sorted samples (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarise(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  return { runs: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), min: s[0], max: s[s.length - 1] };
}

/** A run that timed itself where its end is seen, as the HTTP client does on its own thread
 * (http-client.ts): the caller's clock would add two hand-overs between threads, each a wake-up
 * of a sleeping thread (about 0.4 ms on this VM), which no client of the server pays. */
const elapsed = (result: unknown, t0: number): number => {
  const own = (result as { clientMs?: unknown } | null)?.clientMs;
  return typeof own === 'number' ? own : performance.now() - t0;
};

/** Runs fn `warmup` times untimed, then `runs` times timed (ms); i is the timed run's index.
 * A slow query stops early once budgetMs is spent (after at least minRuns), so one multi-second
 * query cannot hold the whole benchmark; Timing.runs says how many ran. */
export async function timeRuns(fn: (i: number) => Promise<unknown>, runs: number, warmup = 2, budgetMs = Number(process.env.BENCH_BUDGET_MS ?? 30_000), minRuns = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    if (i >= minRuns && performance.now() - started > budgetMs) break;
    const t0 = performance.now();
    samples.push(elapsed(await fn(i), t0));
  }
  return summarise(samples);
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** Two ways of doing the same thing timed in alternation (a, b, a, b…), so that the machine's
 * load drifts over both alike and their ratio is side by side; budget as in timeRuns. */
export async function timePairs(a: () => Promise<unknown>, b: () => Promise<unknown>, runs: number, warmup = 2, budgetMs = Number(process.env.BENCH_BUDGET_MS ?? 60_000), minRuns = 5): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i++) { await a(); await b(); }
  const sa: number[] = [], sb: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    if (i >= minRuns && performance.now() - started > budgetMs) break;
    let t0 = performance.now();
    sa.push(elapsed(await a(), t0));
    t0 = performance.now();
    sb.push(elapsed(await b(), t0));
  }
  return [summarise(sa), summarise(sb)];
}
