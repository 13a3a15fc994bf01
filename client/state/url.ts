// View state ⇄ query string. Only values that differ from the defaults are written, so links
// stay short; reading goes through the zod schema so a hand-edited link cannot break the app.
import { DEFAULT_STATE, ViewState } from './view-state.js';

type Codec = { key: string; kind: 'string' | 'list' | 'number' | 'boolean' };

/** Field → short query key. The order here is the order in the URL. */
const CODECS: { [K in keyof ViewState]-?: Codec } = {
  timeMode: { key: 'mode', kind: 'string' },
  from: { key: 'from', kind: 'string' },
  to: { key: 'to', kind: 'string' },
  at: { key: 'at', kind: 'string' },
  relations: { key: 'rel', kind: 'list' },
  meetingKinds: { key: 'mk', kind: 'list' },
  pactKinds: { key: 'pk', kind: 'list' },
  countries: { key: 'c', kind: 'list' },
  regions: { key: 'reg', kind: 'list' },
  minWeight: { key: 'w', kind: 'number' },
  persons: { key: 'persons', kind: 'boolean' },
  organizations: { key: 'orgs', kind: 'boolean' },
  lang: { key: 'lang', kind: 'string' },
  layout: { key: 'layout', kind: 'string' },
  selected: { key: 'sel', kind: 'string' },
  ego: { key: 'ego', kind: 'string' },
  egoDepth: { key: 'depth', kind: 'number' },
  pathSource: { key: 'ps', kind: 'string' },
  pathTarget: { key: 'pt', kind: 'string' },
  pathMode: { key: 'pm', kind: 'string' },
  pathK: { key: 'k', kind: 'number' },
  pathRelations: { key: 'prel', kind: 'list' },
  compareAt1: { key: 'at1', kind: 'string' },
  compareAt2: { key: 'at2', kind: 'string' },
  tool: { key: 'tool', kind: 'string' },
  sizeBy: { key: 'size', kind: 'string' },
  colorBy: { key: 'color', kind: 'string' },
};

function encode(value: unknown, kind: Codec['kind']): string {
  if (kind === 'list') return (value as string[]).join(',');
  if (kind === 'boolean') return value ? '1' : '0';
  return String(value);
}

function decode(raw: string, kind: Codec['kind']): unknown {
  if (kind === 'list') return raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (kind === 'boolean') return raw === '1' || raw === 'true';
  if (kind === 'number') return Number(raw);
  return raw;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function stateToQuery(state: ViewState): string {
  const params = new URLSearchParams();
  for (const [field, codec] of Object.entries(CODECS) as [keyof ViewState, Codec][]) {
    const value = state[field];
    if (value === undefined || same(value, DEFAULT_STATE[field])) continue;
    params.set(codec.key, encode(value, codec.kind));
  }
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}

export function queryToState(search: string): ViewState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const raw: Record<string, unknown> = {};
  for (const [field, codec] of Object.entries(CODECS) as [keyof ViewState, Codec][]) {
    const value = params.get(codec.key);
    if (value !== null) raw[field] = decode(value, codec.kind);
  }
  return ViewState.parse(raw);
}
