// Hand-built store rows for unit tests: three countries, one organisation, two persons.
import type { AttendanceRow, NetworkTies, NodeRecord, TieAggregate, TieFilters } from '../store/graph-store.js';
import { networkTiesOf } from '../store/network-ties.js';

export const records: NodeRecord[] = [
  { id: 'country:JP', kind: 'country', props: { code: 'JP', nameEn: 'Japan', nameJa: '日本', nameEs: 'Japón', region: 'Asia', lat: 36, lon: 138 } },
  { id: 'country:US', kind: 'country', props: { code: 'US', nameEn: 'United States', nameJa: 'アメリカ合衆国', nameEs: 'Estados Unidos', region: 'Americas', lat: 38, lon: -97 } },
  { id: 'country:VN', kind: 'country', props: { code: 'VN', nameEn: 'Viet Nam', nameJa: 'ベトナム', nameEs: 'Vietnam', region: 'Asia', lat: 16.17, lon: 107.83 } },
  { id: 'org:ASEAN', kind: 'organization', props: { code: 'ASEAN', nameEn: 'Association of Southeast Asian Nations', nameJa: '東南アジア諸国連合', nameEs: '' } },
  { id: 'person:aaaa1111', kind: 'person', props: { name: 'Ana Ito', aliases: ['伊藤アナ'], country: 'country:JP' } },
  { id: 'person:bbbb2222', kind: 'person', props: { name: 'Bao Tran', aliases: [], country: 'country:VN' } },
];

export const ties: TieAggregate[] = [
  { a: 'country:JP', b: 'country:US', relation: 'met', kinds: ['ministerial', 'summit'], count: 3, firstDate: '2024-01-10', lastDate: '2024-11-02', eventIds: ['meeting:03', 'meeting:02', 'meeting:01'] },
  { a: 'country:JP', b: 'country:US', relation: 'pact', kinds: ['alliance'], count: 1, firstDate: '1960-01-19', lastDate: '1960-01-19', eventIds: ['pact:01'] },
  { a: 'country:JP', b: 'country:VN', relation: 'met', kinds: ['talks'], count: 1, firstDate: '2024-05-06', lastDate: '2024-05-06', eventIds: ['meeting:04'] },
  { a: 'country:VN', b: 'org:ASEAN', relation: 'met', kinds: ['multilateral'], count: 2, firstDate: '2024-02-01', lastDate: '2024-09-09', eventIds: ['meeting:05', 'meeting:06'] },
];

export const attendance: AttendanceRow[] = [
  { meeting: 'meeting:04', kind: 'talks', dateFrom: '2024-05-06', dateTo: '2024-05-06', entities: ['country:JP', 'country:VN', 'person:aaaa1111', 'person:bbbb2222'] },
  { meeting: 'meeting:03', kind: 'summit', dateFrom: '2024-11-02', dateTo: '2024-11-02', entities: ['country:JP', 'country:US', 'person:aaaa1111'] },
];

const EVENT_IDS_PER_EDGE = 50;

/** Ties as GraphStore.networkTies hands them out (filtered, with actor weights), and the number
 * of event ids per edge they were cut to: what assembleNetwork takes besides records. */
export const kept = (list: TieAggregate[] = ties, filters: Partial<TieFilters> = {}): NetworkTies & { eventIdsPerEdge: number } => ({
  ...networkTiesOf(list, { relations: ['met', 'pact'], minWeight: 1, includeOrganizations: true, maxEventIds: EVENT_IDS_PER_EDGE, ...filters }),
  eventIdsPerEdge: EVENT_IDS_PER_EDGE,
});
