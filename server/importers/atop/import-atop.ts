// ATOP v4.01 → interchange pacts. Each alliance (alliance-level file) becomes one signed Pact
// whose parties are its members (member-level file) mapped from COW codes to ISO alpha-2 by
// their entry date; per-member spells travel beside the interchange as `memberships`.
import { Pact } from '../../domain/event/schema.js';
import { firstDay } from '../../domain/dates/partial-date.js';
import { Interchange } from '../../domain/interchange/schema.js';
import { hashOf } from '../../domain/ids.js';
import { cowToIso2 } from '../country-codes/codes.js';
import { partialFromParts } from '../dates.js';
import { csvRecords } from '../read-rows.js';
import { count, newReport, type ImportChunk, type ImportReport, type Membership } from '../report.js';
import { kindOf, obligationsOf } from './obligations.js';

export const ATOP_DATASET = 'ATOP v4.01';
const CITATION = 'Leeds, Ritter, Mitchell & Long, Alliance Treaty Obligations and Provisions (ATOP), version 4.01';
const ATOP_URL = 'http://www.atopdata.org/';
const ALLIANCE_COLUMNS = ['atopid', 'cow4id', 'begyr', 'begmo', 'begday', 'endyr', 'endmo', 'endday', 'ineffect', 'maxphase', 'defense', 'offense', 'neutral', 'nonagg', 'consul', 'mem1'];
const MEMBER_COLUMNS = ['atopid', 'member', 'phase', 'yrent', 'moent', 'dayent', 'yrexit', 'moexit', 'dayexit'];

export interface AtopOptions { alliancesFile: string; membersFile?: string; chunkSize?: number }

export const atopPactId = (atopid: string) => `pact:${hashOf('ATOP', atopid).slice(0, 24)}`;

export function importAtop(opts: AtopOptions): { report: ImportReport; chunks: AsyncGenerator<ImportChunk> } {
  const report = newReport(ATOP_DATASET);
  return { report, chunks: run(opts, report) };
}

async function* run(opts: AtopOptions, report: ImportReport): AsyncGenerator<ImportChunk> {
  // The member file is small (one row per member and phase) and not guaranteed to be sorted,
  // so it is indexed first; the alliance file then streams.
  const members = opts.membersFile ? await readMembers(opts.membersFile) : new Map<string, MemberSpell[]>();
  const size = opts.chunkSize ?? 1000;
  let events: Pact[] = [];
  let memberships: Record<string, Membership[]> = {};
  for await (const row of csvRecords(opts.alliancesFile, ALLIANCE_COLUMNS, 'ATOP alliance-level')) {
    report.rowsRead++;
    const built = buildPact(row, members.get(row.atopid) ?? spellsFromAllianceRow(row), report);
    if (!built) continue;
    events.push(built.pact);
    memberships[built.pact.id!] = built.memberships;
    report.eventsProduced++;
    if (events.length >= size) {
      yield chunk(events, memberships);
      events = [];
      memberships = {};
    }
  }
  if (events.length) yield chunk(events, memberships);
}

function chunk(events: Pact[], memberships: Record<string, Membership[]>): ImportChunk {
  return { interchange: Interchange.parse({ documents: [], events }), memberships };
}

interface MemberSpell { code: string; phase: number; from: string | null; to: string | null }

async function readMembers(file: string): Promise<Map<string, MemberSpell[]>> {
  const byAlliance = new Map<string, MemberSpell[]>();
  let line = 1;
  for await (const r of csvRecords(file, MEMBER_COLUMNS, 'ATOP member-level')) {
    line++;
    let from: string | null, to: string | null;
    try {
      from = partialFromParts(r.yrent, r.moent, r.dayent);
      to = partialFromParts(r.yrexit, r.moexit, r.dayexit);
    } catch (err) {
      throw new Error(`${file} line ${line} (atopid ${r.atopid}, member ${r.member}): ${(err as Error).message}`);
    }
    const list = byAlliance.get(r.atopid) ?? [];
    list.push({ code: r.member, phase: Number(r.phase) || 0, from, to });
    byAlliance.set(r.atopid, list);
  }
  return byAlliance;
}

/** Without a member file the alliance row's mem1…mem59 columns give the members, each for the whole alliance. */
function spellsFromAllianceRow(row: Record<string, string>): MemberSpell[] {
  const from = safeDate(row.begyr, row.begmo, row.begday);
  const to = Number(row.ineffect) === 1 ? null : safeDate(row.endyr, row.endmo, row.endday);
  return Object.keys(row)
    .filter((k) => /^mem\d+$/.test(k) && row[k])
    .map((k) => ({ code: row[k], phase: 0, from, to }));
}

function safeDate(y: string, m: string, d: string): string | null {
  try { return partialFromParts(y, m, d); } catch { return null; }
}

function buildPact(row: Record<string, string>, spells: MemberSpell[], report: ImportReport): { pact: Pact; memberships: Membership[] } | null {
  const reject = (reason: string) => { count(report.rejected, reason); return null; };
  let date: string | null, end: string | null;
  try {
    date = partialFromParts(row.begyr, row.begmo, row.begday);
    end = partialFromParts(row.endyr, row.endmo, row.endday);
  } catch (err) {
    return reject(`bad date: ${(err as Error).message}`);
  }
  if (!date) return reject('no begin year');
  if (!spells.length) return reject('no members listed');

  // A member is mapped by the day it entered: COW 365 entering in 1955 is the USSR, in 1992 Russia.
  const entered = new Map<string, string>();
  for (const s of spells) {
    const day = firstDay(s.from ?? date);
    const prev = entered.get(s.code);
    if (!prev || day < prev) entered.set(s.code, day);
  }
  const isoOf = new Map<string, string | null>();
  for (const [code, day] of entered) {
    const r = cowToIso2(code, day);
    isoOf.set(code, r.ok ? r.code : null);
    if (!r.ok) count(report.unmapped, r.reason);
  }
  const parties = [...new Set([...isoOf.values()].filter((c): c is string => c !== null))].sort();
  if (parties.length < 2) return reject('fewer than two members with an ISO code');

  const obligations = obligationsOf(row);
  const atopid = row.atopid;
  const phases = Number(row.maxphase) || 1;
  const cow = row.cow4id ? ` (COW alliance ${row.cow4id})` : '';
  const candidate = {
    type: 'pact',
    id: atopPactId(atopid),
    kind: kindOf(obligations),
    status: 'signed',
    title: `ATOP ${atopid}${cow}: ${obligations.join(', ') || 'no coded obligation'}; ${entered.size} members${phases > 1 ? `, ${phases} phases` : ''}`,
    names: [`ATOP ${atopid}`],
    obligations,
    date,
    endDate: Number(row.ineffect) === 1 ? null : end,
    participants: parties.map((code) => ({ type: 'country', code })),
    evidence: [],
    source: { citation: `${CITATION}, atopid ${atopid}`, url: ATOP_URL, dataset: ATOP_DATASET, recordId: `atopid=${atopid}${row.cow4id ? `;cow4id=${row.cow4id}` : ''}` },
    curated: false,
  };
  const parsed = Pact.safeParse(candidate);
  if (!parsed.success) return reject(`invalid record: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
  const memberships = spells.map((s) => ({ code: isoOf.get(s.code) ?? null, sourceCode: s.code, from: s.from, to: s.to, phase: s.phase }));
  return { pact: parsed.data, memberships };
}
