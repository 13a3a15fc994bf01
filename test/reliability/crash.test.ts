// Crash safety of the real server process: SIGKILL in the middle of a bulk load, then a
// restart on the same directory; a damaged database file and a directory held by another
// process each stop start-up with a clear message and a non-zero exit (no stack trace, no signal).
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config.js';
import { loadInterchange } from '../../server/ingest/load.js';
import { openStore } from '../../server/store/index.js';
import { snapshotOf } from './graph-snapshot.js';
import { report, reportDocId } from './reports.fixtures.js';
import { getJson, postJson, runToExit, startServer, type ServerProcess } from './server-process.fixtures.js';

const IN_FLIGHT = 16;
const DOCUMENTS = 400;
const dirs: string[] = [];
const servers: ServerProcess[] = [];
const tempDir = (tag: string) => { const d = mkdtempSync(path.join(tmpdir(), `entente-${tag}-`)); dirs.push(d); return d; };

afterAll(async () => {
  for (const s of servers) await s.kill();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function expectCleanRefusal(r: Awaited<ReturnType<typeof runToExit>>, message: RegExp) {
  expect({ code: r.code, signal: r.signal }).toEqual({ code: expect.any(Number), signal: null });
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(message);
  // A message, not a stack trace.
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('SIGKILL during a bulk load', () => {
  const dir = tempDir('crash');
  const acked = new Set<string>();

  test('the server is killed with writes in flight, restarts cleanly, and every document is whole or absent', async () => {
    const first = await startServer({ ENTENTE_DATA_DIR: dir });
    servers.push(first);
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < DOCUMENTS) {
        const i = next++;
        try {
          const r = await postJson(`${first.url}api/import`, report(i, { shared: 150, tag: 'crash' }));
          if (r.status === 200) acked.add(reportDocId(i, 'crash'));
        } catch { /* the connection died with the server */ }
      }
    };
    const load = Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    while (acked.size < 40) await new Promise((r) => setTimeout(r, 10));
    killed = true;
    await first.kill();
    await load;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeLessThan(DOCUMENTS);

    const second = await startServer({ ENTENTE_DATA_DIR: dir });
    servers.push(second);
    const health = await getJson(`${second.url}api/health`);
    expect(health.status).toBe(200);
    // Acknowledged writes survived the kill.
    expect(health.body.counts.documents).toBeGreaterThanOrEqual(acked.size);
    const net = await getJson(`${second.url}api/network`);
    expect(net.status).toBe(200);

    // The same directory is now held by the running server: a second process is refused.
    const busy = await runToExit({ ENTENTE_DATA_DIR: dir });
    console.info(`busy directory: exit ${busy.code}: ${busy.stderr.trim()}`);
    expectCleanRefusal(busy, /in use by another process/);

    expect(await second.stop()).toBe(0);
    const store = await openStore(loadConfig({ ENTENTE_DATA_DIR: dir }));
    try {
      const dump = await store.dump();
      const docs = new Set((dump.documents ?? []).map((d) => d.id));
      for (const id of acked) expect(docs).toContain(id);
      // Every stored document carries both of its evidence edges; no event lacks evidence or parties.
      const evidence = new Map<string, number>();
      for (const r of dump.reportedIn) evidence.set(r.document, (evidence.get(r.document) ?? 0) + 1);
      for (const id of docs) expect([id, evidence.get(id)]).toEqual([id, 2]);
      const cited = new Set(dump.reportedIn.map((r) => r.event));
      for (const m of dump.meetings) expect([m.id, cited.has(m.id)]).toEqual([m.id, true]);
      for (const p of dump.pacts) expect([p.id, cited.has(p.id)]).toEqual([p.id, true]);
      const attendees = new Map<string, number>();
      for (const a of dump.attended) attendees.set(a.meeting, (attendees.get(a.meeting) ?? 0) + 1);
      for (const m of dump.meetings) expect([m.id, attendees.get(m.id)]).toEqual([m.id, 2]);
      const parties = new Map<string, number>();
      for (const p of dump.partyTo) parties.set(p.pact, (parties.get(p.pact) ?? 0) + 1);
      for (const p of dump.pacts) expect([p.id, parties.get(p.id)]).toEqual([p.id, 2]);
      const tied = new Set(dump.ties.map((t) => t.event));
      for (const e of [...dump.meetings, ...dump.pacts]) expect([e.id, tied.has(e.id)]).toEqual([e.id, true]);
      expect((await snapshotOf(store)).documents.length).toBe(docs.size);
    } finally {
      await store.close();
    }
  }, 120_000);
});

describe('a damaged or busy data directory', () => {
  test('garbage in the database file: a clear message and a non-zero exit', async () => {
    const dir = tempDir('corrupt');
    const store = await openStore(loadConfig({ ENTENTE_DATA_DIR: dir }));
    await loadInterchange(store, report(1, { tag: 'corrupt' }));
    await store.close();
    const files = readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isFile() && f.startsWith('graph'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) writeFileSync(path.join(dir, f), randomBytes(Math.max(8192, statSync(path.join(dir, f)).size)));
    const r = await runToExit({ ENTENTE_DATA_DIR: dir });
    console.info(`random bytes: exit ${r.code}: ${r.stderr.trim()}`);
    expectCleanRefusal(r, /entente: .*(damaged|corrupt|not a LadybugDB|cannot open)/i);
  }, 90_000);

  test('a database file replaced by text (marker intact, log gone): a clear message and a non-zero exit', async () => {
    const dir = tempDir('garbage');
    await (await openStore(loadConfig({ ENTENTE_DATA_DIR: dir }))).close();
    for (const f of readdirSync(dir)) if (f.startsWith('graph')) rmSync(path.join(dir, f));
    writeFileSync(path.join(dir, 'graph.lbug'), 'this is not a database, just text someone saved here\n'.repeat(500));
    const r = await runToExit({ ENTENTE_DATA_DIR: dir });
    console.info(`garbage database file: exit ${r.code}: ${r.stderr.trim()}`);
    expectCleanRefusal(r, /entente: .*(damaged|corrupt|not a LadybugDB|cannot open)/i);
  }, 60_000);
});
