// The store contract suite on a real embedded LadybugDB (fresh temp directories), plus the
// messages for directories the embedded store must refuse: locked, corrupt, foreign.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from '@jest/globals';
import { openLadybugStore } from '../../server/store/ladybug/ladybug-store.js';
import { DATABASE_FILE, MARKER_FILE, SCHEMA_VERSION } from '../../server/store/ladybug/data-dir.js';
import { worldBatches } from '../../server/synthetic/world.js';
import { describeGraphStore } from './graph-store.contract.js';

const root = mkdtempSync(path.join(tmpdir(), 'entente-ladybug-'));
let n = 0;
const freshDir = () => path.join(root, `store-${++n}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

await describeGraphStore('ladybug (embedded)', () => openLadybugStore(freshDir()));

describe('ladybug reads during a long write', () => {
  it('a read issued while a large batch is being written answers before the write ends', async () => {
    const store = await openLadybugStore(freshDir());
    try {
      await store.init();
      const [people, meetings] = [...worldBatches({ seed: 3, meetings: 2000, pacts: 0, persons: 200, batchSize: 2000 })];
      await store.writeBatch(people);
      const order: string[] = [];
      const write = store.writeBatch(meetings).then(() => order.push('write'));
      await new Promise((r) => setTimeout(r, 20));
      const read = store.counts().then((c) => { order.push('read'); return c; });
      const [, counts] = await Promise.all([write, read]);
      expect(order).toEqual(['read', 'write']);
      expect(counts.nodes.meetings).toBe(0); // the last committed snapshot, not the write in progress
      expect((await store.counts()).nodes.meetings).toBe(2000);
    } finally {
      await store.close();
    }
  });
});

describe('ladybug data directory', () => {
  it('records which store wrote it, and reopens it', async () => {
    const dir = freshDir();
    const store = await openLadybugStore(dir);
    await store.init();
    expect(store.info).toMatchObject({ kind: 'embedded', engine: expect.stringMatching(/^ladybugdb \d+\.\d+\.\d+$/), location: dir });
    await store.close();
    const again = await openLadybugStore(dir);
    await again.init();
    expect((await again.counts()).nodes.countries).toBe(0);
    await again.close();
  });

  it('refuses a directory written by another store', async () => {
    const dir = freshDir();
    await (await openLadybugStore(dir)).close();
    writeFileSync(path.join(dir, MARKER_FILE), JSON.stringify({ store: 'kuzu', engineVersion: '0.11.3', storageVersion: 39 }));
    await expect(openLadybugStore(dir)).rejects.toMatchObject({ name: 'StoreError', code: 'conflict', message: expect.stringContaining(dir) });
    await expect(openLadybugStore(dir)).rejects.toThrow(/written by another store \("kuzu"/);
  });

  it('refuses another storage version of the same engine', async () => {
    const dir = freshDir();
    await (await openLadybugStore(dir)).close();
    writeFileSync(path.join(dir, MARKER_FILE), JSON.stringify({ store: 'ladybugdb', engineVersion: '0.1.0', storageVersion: 1 }));
    await expect(openLadybugStore(dir)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/storage version 1\b/) });
  });

  it('refuses a directory of an older Entente schema', async () => {
    const dir = freshDir();
    await (await openLadybugStore(dir)).close();
    const marker = JSON.parse(readFileSync(path.join(dir, MARKER_FILE), 'utf8'));
    writeFileSync(path.join(dir, MARKER_FILE), JSON.stringify({ ...marker, schemaVersion: SCHEMA_VERSION - 1 }));
    await expect(openLadybugStore(dir)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(`schema version ${SCHEMA_VERSION - 1}`) });
  });

  it('refuses an unreadable marker', async () => {
    const dir = freshDir();
    await (await openLadybugStore(dir)).close();
    writeFileSync(path.join(dir, MARKER_FILE), '{ not json');
    await expect(openLadybugStore(dir)).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining(MARKER_FILE) });
  });

  it('refuses a database file of unknown origin, and a corrupt one', async () => {
    const unknown = freshDir();
    await (await openLadybugStore(unknown)).close();
    rmSync(path.join(unknown, MARKER_FILE));
    await expect(openLadybugStore(unknown)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(unknown) });

    const corrupt = freshDir();
    await (await openLadybugStore(corrupt)).close();
    writeFileSync(path.join(corrupt, DATABASE_FILE), 'not a database '.repeat(1000));
    await expect(openLadybugStore(corrupt)).rejects.toMatchObject({ name: 'StoreError', code: 'corrupt', message: expect.stringContaining(corrupt) });
  });

  it('refuses a directory open in this process', async () => {
    const dir = freshDir();
    const store = await openLadybugStore(dir);
    await expect(openLadybugStore(dir)).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining(dir) });
    await store.close();
    await (await openLadybugStore(dir)).close();
  });

  it('refuses a directory another process holds open', async () => {
    const dir = freshDir();
    await (await openLadybugStore(dir)).close();
    const holder = holdOpen(path.join(dir, DATABASE_FILE));
    try {
      await holder.ready;
      await expect(openLadybugStore(dir)).rejects.toMatchObject({ name: 'StoreError', code: 'locked', message: expect.stringContaining(dir) });
    } finally {
      holder.child.stdin?.end();
      await holder.exited;
    }
    await (await openLadybugStore(dir)).close();
  });
});

/** A second process that opens the database and keeps it open until its stdin closes. */
function holdOpen(dbFile: string): { child: ChildProcess; ready: Promise<void>; exited: Promise<void> } {
  const lbugPath = createRequire(import.meta.url).resolve('@ladybugdb/core');
  const script = `
    const lbug = require(${JSON.stringify(lbugPath)});
    (async () => {
      const db = new lbug.Database(${JSON.stringify(dbFile)});
      await db.init();
      process.stdout.write('ready\\n');
      process.stdin.on('end', async () => { await db.close(); process.exit(0); });
      process.stdin.resume();
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('ready')) resolve(); });
    child.on('exit', (code) => reject(new Error(`holder exited early (${code})`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, ready, exited };
}
