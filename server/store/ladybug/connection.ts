// One LadybugDB connection with its prepared statements. Calls on a connection run one after
// another (the binding is given one query at a time), and every result is closed before the
// next: a result left open crashes the process at exit (kuzudb/kuzu #5313, #5545, #5881).
import type lbugTypes from '@ladybugdb/core';
import { StoreError } from '../graph-store.js';

type Lbug = typeof lbugTypes;
type Conn = InstanceType<Lbug['Connection']>;
type Prepared = InstanceType<Lbug['PreparedStatement']>;
type QueryResult = InstanceType<Lbug['QueryResult']>;
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;
export interface Session { run(text: string, params?: Params): Promise<Row[]>; plain(text: string): Promise<void> }

export class LbugConnection {
  private readonly prepared = new Map<string, Prepared>();
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly conn: Conn, readonly name: string) {}

  /** Runs one statement and returns all rows; `keep` false for one-off texts (literal filters) so the cache stays small. */
  run(text: string, params: Params = {}, keep = true): Promise<Row[]> {
    return this.enqueue(() => this.runNow(text, params, keep));
  }

  /** Runs work with exclusive use of the connection (a transaction spans several statements). */
  exclusive<T>(work: (session: Session) => Promise<T>): Promise<T> {
    return this.enqueue(() => work({ run: (text, params = {}) => this.runNow(text, params), plain: (text) => this.plainNow(text) }));
  }

  /** Statements without parameters that are not worth preparing (BEGIN, COMMIT, DDL). */
  plain(text: string): Promise<void> {
    return this.enqueue(() => this.plainNow(text));
  }

  async close(): Promise<void> {
    await this.tail.catch(() => undefined);
    if (this.closed) return;
    this.closed = true;
    this.prepared.clear();
    await this.conn.close();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError('the embedded store is closed', 'unavailable'));
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async runNow(text: string, params: Params, keep = true): Promise<Row[]> {
    let ps = this.prepared.get(text);
    if (!ps) {
      ps = await this.conn.prepare(text);
      if (!ps.isSuccess()) throw new StoreError(`query failed to prepare: ${ps.getErrorMessage()}\n${text}`, 'invalid');
      if (keep) this.prepared.set(text, ps);
    }
    const out = await this.conn.execute(ps, params as never);
    const results: QueryResult[] = Array.isArray(out) ? out : [out];
    try {
      const rows: Row[] = [];
      for (const r of results) await drain(r, rows);
      return rows;
    } finally {
      for (const r of results) r.close();
    }
  }

  private async plainNow(text: string): Promise<void> {
    const out = await this.conn.query(text);
    for (const r of Array.isArray(out) ? out : [out]) r.close();
  }
}

/** Rows per synchronous run before yielding to the event loop. The binding's async getNext costs
 * one thread-pool round trip per row (about 30 µs; 1 s for 35k rows), its sync one about 2 µs, so
 * rows are read synchronously in slices and other requests get a turn between slices. */
const SLICE = 4096;

async function drain(result: QueryResult, into: Row[]): Promise<void> {
  let n = 0;
  while (result.hasNext()) {
    into.push(result.getNextSync() as Row);
    if (++n % SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
