import { z } from 'zod';
import { allCountryCodes, isCountryCode } from '../../domain/country/countries.js';
import { DayDate, PartialDate } from '../../domain/dates/partial-date.js';
import { EdgeData, NetworkQuery as DomainNetworkQuery, NodeData, Relation, RELATIONS } from '../../domain/network/schema.js';

// Patterns for the OpenAPI document only: the zod refinements (real calendar days) still decide.
const PARTIAL_DATE_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';

/** A full day in query strings, documented with a day example (DayDate inherits partial-date ones). */
export const Day = (description: string) => DayDate.meta({ description, examples: ['2024-03-25'], pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
export const WindowEnd = (description: string) => PartialDate.optional().meta({ description, examples: ['2024-03-25', '2024-03', '2024'], pattern: PARTIAL_DATE_PATTERN });

const COUNTRY_CODES = allCountryCodes().sort() as [string, ...string[]];
/** countries=JP,VN: documented as the ISO codes the server knows, so generated clients send real ones. */
const CountryList = z
  .preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(z.enum(COUNTRY_CODES)))
  .optional()
  .meta({ description: 'Keep only ties touching these countries (ISO 3166-1 alpha-2, comma-separated)' });

const split = (v: unknown) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v);

/** true/false (or 1/0) only: a typo such as includePersons=yes is refused rather than read as false. */
const Flag = (fallback: boolean, description: string) =>
  z.enum(['true', 'false', '1', '0']).default(fallback ? 'true' : 'false').transform((v) => v === 'true' || v === '1').meta({ description });

/** The domain's network query, stricter where query strings are concerned: real country codes,
 * at least one relation, explicit booleans. */
export const NetworkQuery = DomainNetworkQuery.extend({
  from: WindowEnd('Window start (inclusive); a month or year covers all of it'),
  to: WindowEnd('Window end (inclusive); a month or year covers all of it'),
  countries: CountryList,
  relations: z.preprocess(split, z.array(Relation).min(1, 'name at least one relation: met, pact or met,pact')).default([...RELATIONS]).meta({ description: 'met, pact or both (comma-separated)' }),
  includePersons: Flag(false, 'Add persons, who met whom, and whom they represent'),
  includeOrganizations: Flag(true, 'Keep organisations such as ASEAN or NATO'),
});

type WindowLike = { from?: string; to?: string; countries?: string[]; relations?: string[] };

/** Checks shared by every network-shaped query: window order and real country codes. */
export function checkNetworkQuery(q: WindowLike, ctx: z.RefinementCtx): void {
  if (q.from && q.to && q.from.slice(0, q.to.length) > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `window ends (${q.to}) before it starts (${q.from})` });
  if (q.relations && q.relations.length === 0) ctx.addIssue({ code: 'custom', path: ['relations'], message: 'name at least one relation: met, pact or met,pact' });
  q.countries?.forEach((c, i) => { if (!isCountryCode(c)) ctx.addIssue({ code: 'custom', path: ['countries', i], message: `"${c}" is not an ISO 3166-1 alpha-2 country code` }); });
}

export const NetworkParams = NetworkQuery.superRefine(checkNetworkQuery);

/** How a network view is sent: the elements cytoscape.add() takes, or the same as columns. */
const Shape = {
  shape: z.enum(['elements', 'columns']).default('elements')
    .meta({ description: 'elements: nodes and edges as cytoscape elements (Network); columns: the same network as columns (NetworkColumns), a third of the bytes for large networks' }),
};

/** /api/network's parameters: the network query and the shape of the answer. */
export const NetworkViewParams = NetworkQuery.extend(Shape).superRefine(checkNetworkQuery);

export const EgoParams = z.object({ id: z.string().min(3).max(200).meta({ description: 'Centre entity id, URL-encoded', example: 'country:JP' }) });
const Depth = { depth: z.coerce.number().int().min(1).max(3).default(1).meta({ description: 'Hops from the centre (1–3)' }) };
export const EgoQuery = NetworkQuery.extend(Depth).superRefine(checkNetworkQuery);
export const EgoViewQuery = NetworkQuery.extend({ ...Depth, ...Shape }).superRefine(checkNetworkQuery);

const At = { at: Day('The day of the snapshot: pacts in force then, meetings in the 12 months before (or since `from`)') };
function checkSnapshotQuery(q: z.infer<typeof NetworkQuery> & { at: string }, ctx: z.RefinementCtx): void {
  checkNetworkQuery({ countries: q.countries, relations: q.relations }, ctx);
  if (q.from && q.from > q.at) ctx.addIssue({ code: 'custom', path: ['from'], message: `from (${q.from}) is after at (${q.at})` });
}
export const SnapshotQuery = NetworkQuery.extend(At).superRefine(checkSnapshotQuery);
export const SnapshotViewQuery = NetworkQuery.extend({ ...At, ...Shape }).superRefine(checkSnapshotQuery);

export const DiffQuery = NetworkQuery.extend({ at1: Day('Earlier snapshot day'), at2: Day('Later snapshot day') }).superRefine((q, ctx) => {
  checkNetworkQuery({ countries: q.countries, relations: q.relations }, ctx);
  if (q.at1 > q.at2) ctx.addIssue({ code: 'custom', path: ['at2'], message: `at2 (${q.at2}) is before at1 (${q.at1})` });
});

export const TimelineQuery = NetworkQuery.extend({ bucket: z.enum(['month', 'year']).default('month') }).superRefine(checkNetworkQuery);

const WeightChange = z.object({ id: z.string(), source: z.string(), target: z.string(), relation: z.string(), before: z.number(), after: z.number() });
export const NetworkDiff = z
  .object({
    added: z.object({ nodes: z.array(NodeData), edges: z.array(EdgeData) }),
    removed: z.object({ nodes: z.array(NodeData), edges: z.array(EdgeData) }),
    strengthened: z.array(WeightChange),
    weakened: z.array(WeightChange),
  })
  .meta({ id: 'NetworkDiff' });

export const Timeline = z.object({ buckets: z.array(z.object({ period: z.string().meta({ example: '2024-03' }), meetings: z.number().int(), pacts: z.number().int() })) }).meta({ id: 'Timeline' });
