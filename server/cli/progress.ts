// Progress for long CLI work: a bar with counts, rate and time left on a terminal (cli-progress),
// plain periodic lines when stderr is not a terminal (logs, CI), and a final summary.
import cliProgress from 'cli-progress';

export interface Summary { read: number; written: number; duplicates: number; rejected: { reason: string; count: number }[] }

export interface Progress {
  tick(n?: number): void;
  setTotal(total: number): void;
  stop(): void;
}

export function createProgress(label: string, total: number, opts: { stream?: NodeJS.WriteStream; intervalMs?: number; tty?: boolean } = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  const tty = opts.tty ?? Boolean(stream.isTTY);
  let done = 0;
  const started = Date.now();
  if (tty) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} {percentage}% | {rate}/s | eta {eta_formatted}`, stream, hideCursor: true, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0' });
    return {
      tick(n = 1) { done += n; bar.update(done, { rate: rateOf(done, started) }); },
      setTotal(t) { bar.setTotal(t); },
      stop() { bar.stop(); },
    };
  }
  const interval = opts.intervalMs ?? 2000;
  let last = 0;
  let t = total;
  const line = () => {
    const secs = (Date.now() - started) / 1000;
    const rate = done / Math.max(secs, 0.001);
    const left = t > done && rate > 0 ? `, ~${Math.ceil((t - done) / rate)} s left` : '';
    stream.write(`${label}: ${done}/${t} (${rate.toFixed(1)}/s${left})\n`);
  };
  return {
    tick(n = 1) { done += n; const now = Date.now(); if (now - last >= interval) { last = now; line(); } },
    setTotal(total2) { t = total2; },
    stop() { line(); },
  };
}

const rateOf = (done: number, started: number) => (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);

export function formatSummary(label: string, s: Summary): string {
  const rejected = s.rejected.reduce((a, r) => a + r.count, 0);
  const lines = [`${label}: ${s.read} read, ${s.written} written, ${s.duplicates} skipped as duplicates, ${rejected} rejected`];
  for (const r of s.rejected) lines.push(`  rejected ${r.count}: ${r.reason}`);
  return lines.join('\n');
}
