// Small interchange documents for the store contract suite (our own sentences, three languages),
// the write batches planWrites makes of them, and helpers to compare store contents.
import { Interchange, type InterchangeInput } from '../../server/domain/interchange/schema.js';
import { planWrites } from '../../server/domain/interchange/plan.js';
import { documentIdOf, personId } from '../../server/domain/ids.js';
import type { GraphStore, WriteBatch } from '../../server/store/graph-store.js';

const TEXT_A = 'Prime Minister Kishida met President Thuong in Hanoi on March 18, 2024. The two leaders recalled the partnership they upgraded on November 27, 2023. Both had sat with ASEAN and the United States in Jakarta last September.';
const TEXT_B = 'ブリンケン国務長官は4月5日、北京で王毅外相と会談した。8日にはワシントンで日本側と協議した。5月10日には中国とベトナムの協議も予定されている。';
const TEXT_C = 'Japón y Filipinas firmaron en julio de 2023 un acuerdo de defensa. El 6 de septiembre la ASEAN recibió en Yakarta a Japón, Vietnam y Estados Unidos. Blinken habló por teléfono con Vietnam.';

export const DOC_A = documentIdOf(TEXT_A);
export const DOC_B = documentIdOf(TEXT_B);
export const DOC_C = documentIdOf(TEXT_C);

export const P = {
  blinken: personId('Antony Blinken', 'US'),
  wang: personId('Wang Yi', 'CN'),
  kishida: personId('Fumio Kishida', 'JP'),
  thuong: personId('Vo Van Thuong', 'VN'),
};

const ev = (documentId: string, text: string, quote: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return { documentId, start, end: start + quote.length, quote, rule: 'fixture' };
};

/** Documents C, A, B in that order, so every event's own batch comes before evidence citing it from another document. */
export const FIXTURE: InterchangeInput = {
  documents: [
    { id: DOC_C, title: 'Acuerdos de defensa en Asia', lang: 'es', published: '2023-09-10', source: { name: 'Ejemplo Diario', url: 'https://example.org/es/1' }, text: TEXT_C },
    { id: DOC_A, title: 'Japan and Vietnam leaders meet', lang: 'en', published: '2024-03-20', source: { name: 'Example Times', url: 'https://example.org/en/1' }, text: TEXT_A },
    { id: DOC_B, title: '米中外相会談', lang: 'ja', published: '2024-04-12', source: { name: '例示新聞' }, text: TEXT_B },
  ],
  entities: {
    persons: [
      { name: 'Antony Blinken', aliases: ['ブリンケン', 'Tony Blinken', 'Blinken'], country: 'US', affiliations: [{ country: 'US', role: 'Secretary of State', from: '2021-01-26', to: '2025-01-20' }] },
      { name: 'Wang Yi', aliases: ['王毅'], country: 'CN' },
      { name: 'Fumio Kishida', aliases: ['岸田文雄', 'Kishida'], country: 'JP' },
      { name: 'Vo Van Thuong', aliases: ['Võ Văn Thưởng'], country: 'VN' },
    ],
    organizations: [],
  },
  events: [
    // doc C (es)
    { type: 'pact', kind: 'defense', date: '2023-07', names: ['Acuerdo de Acceso Recíproco'], obligations: ['defense'], participants: [{ type: 'country', code: 'JP' }, { type: 'country', code: 'PH' }], evidence: [ev(DOC_C, TEXT_C, 'Japón y Filipinas firmaron en julio de 2023 un acuerdo de defensa.')] },
    { type: 'meeting', kind: 'multilateral', date: '2023-09-06', place: 'ID', placeName: 'Yakarta', participants: [{ type: 'organization', code: 'ASEAN' }, { type: 'country', code: 'JP' }, { type: 'country', code: 'VN' }, { type: 'country', code: 'US' }, { type: 'person', name: 'Blinken', country: 'US' }], evidence: [ev(DOC_C, TEXT_C, 'El 6 de septiembre la ASEAN recibió en Yakarta a Japón, Vietnam y Estados Unidos.'), ev(DOC_A, TEXT_A, 'Both had sat with ASEAN and the United States in Jakarta last September.')] },
    { type: 'meeting', kind: 'call', date: null, participants: [{ type: 'person', name: 'Blinken', country: 'US' }, { type: 'country', code: 'VN' }], evidence: [ev(DOC_C, TEXT_C, 'Blinken habló por teléfono con Vietnam.')] },
    // doc A (en)
    { type: 'meeting', kind: 'summit', date: '2024-03-18', place: 'VN', placeName: 'Hanoi', title: 'Japan–Vietnam summit', participants: [{ type: 'person', name: 'Kishida', country: 'JP', role: 'Prime Minister' }, { type: 'person', name: 'Vo Van Thuong', country: 'VN', role: 'President' }], evidence: [ev(DOC_A, TEXT_A, 'Prime Minister Kishida met President Thuong in Hanoi on March 18, 2024.')] },
    { type: 'pact', kind: 'partnership', date: '2023-11-27', names: ['Comprehensive Strategic Partnership'], participants: [{ type: 'country', code: 'JP' }, { type: 'country', code: 'VN' }], evidence: [ev(DOC_A, TEXT_A, 'The two leaders recalled the partnership they upgraded on November 27, 2023.')] },
    // doc B (ja)
    { type: 'meeting', kind: 'talks', date: '2024-04-05', place: 'CN', placeName: '北京', participants: [{ type: 'person', name: 'ブリンケン', country: 'US', role: '国務長官' }, { type: 'person', name: '王毅', country: 'CN', role: '外相' }], evidence: [ev(DOC_B, TEXT_B, 'ブリンケン国務長官は4月5日、北京で王毅外相と会談した。')] },
    { type: 'meeting', kind: 'ministerial', date: '2024-04-08', place: 'US', placeName: 'ワシントン', participants: [{ type: 'country', code: 'US' }, { type: 'country', code: 'JP' }, { type: 'person', name: 'ブリンケン', country: 'US' }], evidence: [ev(DOC_B, TEXT_B, '8日にはワシントンで日本側と協議した。')] },
    { type: 'meeting', kind: 'talks', status: 'planned', date: '2024-05-10', participants: [{ type: 'country', code: 'CN' }, { type: 'country', code: 'VN' }], evidence: [ev(DOC_B, TEXT_B, '5月10日には中国とベトナムの協議も予定されている。')] },
  ],
};

/** Actor ids of the fixture. */
export const JP = 'country:JP', VN = 'country:VN', US = 'country:US', CN = 'country:CN', PH = 'country:PH', ASEAN = 'org:ASEAN';

export async function writeAll(store: GraphStore, batches: WriteBatch[]) {
  for (const b of batches) await store.writeBatch(b);
}

export function fixtureBatches(): WriteBatch[] {
  return planWrites(Interchange.parse(FIXTURE));
}

/** Event ids of the fixture, named by what they are. */
export function fixtureEvents(batches = fixtureBatches()) {
  const meetings = batches.flatMap((b) => b.meetings);
  const pacts = batches.flatMap((b) => b.pacts);
  const m = (kind: string, date: string | null) => {
    const found = meetings.find((x) => x.kind === kind && x.date === date);
    if (!found) throw new Error(`fixture meeting ${kind} ${date} missing`);
    return found.id;
  };
  const p = (kind: string) => pacts.find((x) => x.kind === kind)!.id;
  return {
    summitJpVn: m('summit', '2024-03-18'),
    pactJpVn: p('partnership'),
    talksUsCn: m('talks', '2024-04-05'),
    ministerialJpUs: m('ministerial', '2024-04-08'),
    talksCnVn: m('talks', '2024-05-10'),
    pactJpPh: p('defense'),
    aseanJakarta: m('multilateral', '2023-09-06'),
    callUsVn: m('call', null),
  };
}

type RowTable = Exclude<keyof WriteBatch, 'document' | 'documents' | 'linked'>;

/** The key that identifies a row of each table (a repeated row with the same key changes nothing). */
export const ROW_KEYS: { [T in RowTable]: (r: WriteBatch[T][number]) => string } = {
  countries: (r) => r.id,
  organizations: (r) => r.id,
  persons: (r) => r.id,
  meetings: (r) => r.id,
  pacts: (r) => r.id,
  attended: (r) => `${r.entity}>${r.meeting}`,
  partyTo: (r) => `${r.entity}>${r.pact}`,
  represents: (r) => `${r.person}>${r.country}|${r.role}|${r.from ?? ''}|${r.to ?? ''}`,
  heldIn: (r) => `${r.meeting}>${r.country}`,
  reportedIn: (r) => `${r.event}>${r.document}|${r.start}|${r.end}`,
  ties: (r) => `${r.a}|${r.b}|${r.event}`,
};
const TABLES = Object.keys(ROW_KEYS) as RowTable[];

export interface Contents { documents: NonNullable<WriteBatch['document']>[]; tables: { [T in RowTable]: WriteBatch[T] } }

/** What a store holds after writing these batches in order: the first row with a key wins, each table sorted by key. */
export function expectedContents(batches: WriteBatch[]): Contents {
  const docs = new Map<string, NonNullable<WriteBatch['document']>>();
  for (const b of batches) for (const d of [...(b.document ? [b.document] : []), ...(b.documents ?? [])]) if (!docs.has(d.id)) docs.set(d.id, d);
  const tables = {} as Record<RowTable, unknown[]>;
  for (const t of TABLES) {
    const key = ROW_KEYS[t] as (r: unknown) => string;
    const m = new Map<string, unknown>();
    for (const b of batches) for (const r of b[t] as unknown[]) if (!m.has(key(r))) m.set(key(r), r);
    tables[t] = [...m.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, r]) => r);
  }
  return { documents: [...docs.values()].sort((x, y) => (x.id < y.id ? -1 : 1)), tables: tables as Contents['tables'] };
}

/** A dump in the same canonical shape (documents from `documents` and `document`). */
export function contentsOfDump(dump: WriteBatch): Contents {
  return expectedContents([dump]);
}

export function countsOf(c: Contents) {
  const t = c.tables;
  return {
    nodes: { countries: t.countries.length, persons: t.persons.length, organizations: t.organizations.length, meetings: t.meetings.length, pacts: t.pacts.length, documents: c.documents.length },
    edges: { attended: t.attended.length, partyTo: t.partyTo.length, represents: t.represents.length, heldIn: t.heldIn.length, reportedIn: t.reportedIn.length, ties: t.ties.length },
  };
}

/** One small single-document batch per index: overlapping countries and persons, distinct meetings. */
export function overlappingBatches(n: number): WriteBatch[] {
  const partners = ['VN', 'PH', 'ID', 'TH', 'MY', 'SG', 'KR', 'AU', 'IN', 'FR'];
  return Array.from({ length: n }, (_, i) => {
    const text = `Blinken visited partner number ${i} and met its leaders, with Japan also present.`;
    const id = documentIdOf(text);
    const doc: InterchangeInput = {
      documents: [{ id, title: `Visit ${i}`, lang: 'en', published: '2024-06-30', text }],
      events: [{ type: 'meeting', kind: 'visit', date: `2024-06-${String(10 + i).padStart(2, '0')}`, place: partners[i % partners.length], participants: [{ type: 'country', code: 'US' }, { type: 'country', code: 'JP' }, { type: 'country', code: partners[i % partners.length] }, { type: 'person', name: 'Antony Blinken', country: 'US', role: 'Secretary of State' }], evidence: [{ documentId: id, start: 0, end: 20, quote: text.slice(0, 20), rule: 'fixture' }] }],
    };
    return planWrites(Interchange.parse(doc));
  }).flat();
}
