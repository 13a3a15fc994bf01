// The synthetic world the benchmark loads: `entente generate` CSV output, generated once per
// size and seed and kept under the system temp directory (generating 1M meetings takes minutes),
// plus the plan for slices of the same world as interchange documents.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGenerate } from '../../../server/cli/generate.js';
import { planWorld, worldInterchange, type WorldPlan } from '../../../server/synthetic/world.js';
import type { Interchange } from '../../../server/domain/interchange/schema.js';

export interface WorldSize { seed: number; meetings: number; pacts: number }

export const BENCH_TMP = path.join(os.tmpdir(), 'entente-bench');

/** The csv/ directory of the world of this size, generated when absent. */
export async function ensureWorld(size: WorldSize): Promise<string> {
  const dir = path.join(BENCH_TMP, `world-s${size.seed}-m${size.meetings}-p${size.pacts}`);
  const manifest = path.join(dir, 'csv', 'manifest.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { options?: { meetings?: number; pacts?: number; seed?: number } };
    if (m.options?.meetings === size.meetings && m.options?.pacts === size.pacts && m.options?.seed === size.seed) return path.join(dir, 'csv');
  }
  console.error(`generating the synthetic world (${size.meetings} meetings, ${size.pacts} pacts, seed ${size.seed}) into ${dir}…`);
  const code = await runGenerate(['--seed', String(size.seed), '--meetings', String(size.meetings), '--pacts', String(size.pacts), '--out', dir]);
  if (code !== 0) throw new Error(`entente generate exited with ${code}`);
  return path.join(dir, 'csv');
}

export const planOf = (size: WorldSize): WorldPlan => planWorld({ seed: size.seed, meetings: size.meetings, pacts: size.pacts });

/** The persons chunk and the first `events` events of the world, as interchange documents. */
export function interchangeSlice(plan: WorldPlan, events: number): { persons: Interchange; events: Interchange['events'] } {
  const it = worldInterchange(plan);
  const persons = it.next().value as Interchange;
  const out: Interchange['events'] = [];
  for (const chunk of it) {
    out.push(...chunk.events.slice(0, events - out.length));
    if (out.length >= events) break;
  }
  return { persons, events: out };
}

/** The least active country of the world (last in its activity ranking): the far end of paths. */
export const quietestCountry = (plan: WorldPlan) => `country:${plan.countries[plan.countries.length - 1]}`;
