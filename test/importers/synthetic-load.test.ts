// A small synthetic world goes through the same path as any interchange file: validated,
// planned and written into a real embedded store, with every node and edge accounted for.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadInterchange } from '../../server/ingest/load.js';
import { openStore } from '../../server/store/index.js';
import { meetingsOf, pactsOf, planWorld, worldInterchange } from '../../server/synthetic/world.js';

test('a synthetic world loads into the embedded store with the expected counts', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'entente-synthetic-'));
  const store = await openStore({ dataDir: dir, neo4j: null });
  try {
    const plan = planWorld({ seed: 11, meetings: 60, pacts: 15, persons: 120, years: 3, batchSize: 25 });
    for (const chunk of worldInterchange(plan)) await loadInterchange(store, chunk);
    const counts = await store.counts();
    const meetings = [...meetingsOf(plan)];
    const pacts = [...pactsOf(plan)];
    const countries = new Set([...meetings.flatMap((m) => m.countries), ...pacts.flatMap((p) => p.parties), ...plan.persons.map((p) => p.country)]);
    expect(counts.nodes).toMatchObject({ meetings: 60, pacts: 15, persons: 120, countries: countries.size });
    expect(counts.edges.attended).toBe(meetings.reduce((n, m) => n + m.countries.length + m.persons.length, 0));
    expect(counts.edges.partyTo).toBe(pacts.reduce((n, p) => n + p.parties.length, 0));
    expect(counts.edges.heldIn).toBe(meetings.filter((m) => m.place).length);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
});
