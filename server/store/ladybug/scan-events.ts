// GraphStore.scanEvents on the embedded store: the engine's COPY TO writes each event table to
// a CSV file in a fresh temporary directory, read back a chunk of records at a time; a few
// events by id are read with a key lookup instead.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvRecordChunks, splitCsv } from '../bulk-csv.js';
import type { EventFacts } from '../graph-store.js';
import { dayText } from '../day-numbers.js';
import type { Params, Row } from './connection.js';
import { byTable } from './tables.js';

type Read = (name: string, params: Params, slots: Record<string, string>) => Promise<Row[]>;
type Sink = (rows: EventFacts[]) => void;

const EVENT_TABLES = [['Meeting', 'meeting'], ['Pact', 'pact']] as const;

const actorList = (text: string): string[] => {
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return inner ? inner.split(',') : [];
};

function factsOf(type: EventFacts['type'], id: string, kind: string, dayFrom: number, dayTo: number, known: boolean, actors: string[]): EventFacts {
  return { id, type, kind, dateFrom: dayText(dayFrom), dateTo: dayText(dayTo), dateKnown: known, actors };
}

/** One CSV record of scan-events-to-csv. Ids, kinds, day numbers and booleans hold no commas or
 * quotes, so the first five fields end at the first five commas and the rest is the actor list,
 * quoted by the engine when it has a comma; a record that breaks this goes through the full split. */
function parseRecord(type: EventFacts['type'], rec: string): EventFacts {
  const cut: number[] = [];
  for (let at = rec.indexOf(','); at >= 0 && cut.length < 5; at = rec.indexOf(',', at + 1)) cut.push(at);
  const quote = rec.indexOf('"');
  let fields: string[];
  if (cut.length === 5 && (quote < 0 || quote === cut[4] + 1)) {
    const rest = rec.slice(cut[4] + 1);
    fields = [rec.slice(0, cut[0]), ...cut.slice(0, 4).map((c, i) => rec.slice(c + 1, cut[i + 1])), quote < 0 ? rest : rest.slice(1, -1)];
  } else fields = splitCsv(rec);
  const [id, kind, dayFrom, dayTo, known, actors = ''] = fields;
  return factsOf(type, id, kind, Number(dayFrom), Number(dayTo), known === 'True' || known === 'true', actorList(actors));
}

export async function scanEvents(read: Read, sink: Sink, ids?: string[]): Promise<void> {
  if (ids) {
    const tables = byTable(ids);
    for (const [table, type] of EVENT_TABLES) {
      const list = tables.get(table);
      if (!list?.length) continue;
      const rows = await read('scan-events-of', { ids: list }, { Label: table });
      sink(rows.map((r) => factsOf(type, String(r.id), String(r.kind), Number(r.dayFrom), Number(r.dayTo), r.known === true, (r.actors as string[] | null) ?? [])));
    }
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-scan-'));
  try {
    for (const [table, type] of EVENT_TABLES) {
      const file = path.join(dir, `${table}.csv`);
      await read('scan-events-to-csv', {}, { Label: table, File: file });
      for await (const records of csvRecordChunks(file, false)) sink(records.map((rec) => parseRecord(type, rec)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
