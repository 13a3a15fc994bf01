// Meetings and pacts: the two kinds of event on the graph. Participants use the shape the
// evaluation tools read ({type:"country",code} | {type:"person",name,country} | {type:"organization",code}).
import { z } from 'zod';
import { CountryCode } from '../country/countries.js';
import { PartialDate, spanOf } from '../dates/partial-date.js';
import { Evidence } from '../document/schema.js';
import { OrganizationCode } from '../organization/schema.js';

export const MEETING_KINDS = ['summit', 'ministerial', 'defense', 'talks', 'call', 'visit', 'multilateral'] as const;
export const PACT_KINDS = ['defense', 'alliance', 'partnership', 'trade', 'agreement', 'treaty', 'mou'] as const;
export const MEETING_STATUSES = ['held', 'planned'] as const;
export const PACT_STATUSES = ['signed', 'agreed', 'established', 'referenced', 'negotiating'] as const;
export const MeetingKind = z.enum(MEETING_KINDS);
export const PactKind = z.enum(PACT_KINDS);

export const Participant = z.discriminatedUnion('type', [
  z.object({ type: z.literal('country'), code: CountryCode }),
  z.object({
    type: z.literal('person'),
    name: z.string().min(1).max(300),
    country: CountryCode.nullish(),
    id: z.string().optional(),
    role: z.string().max(200).nullish(),
  }),
  z.object({ type: z.literal('organization'), code: OrganizationCode }),
]).meta({ id: 'Participant' });
export type Participant = z.infer<typeof Participant>;

export const SourceNote = z
  .object({ citation: z.string().min(1).max(1000), url: z.string().url().max(2000).nullish(), dataset: z.string().max(200).nullish(), recordId: z.string().max(200).nullish() })
  .meta({ id: 'SourceNote', description: 'Where a curated or imported fact comes from' });

const eventBase = {
  id: z.string().regex(/^(meeting|pact):[0-9a-f]{8,64}$/).optional().meta({ description: 'Deterministic id; derived when absent' }),
  title: z.string().max(500).nullish(),
  date: PartialDate.nullable(),
  endDate: PartialDate.nullish(),
  participants: z.array(Participant).max(500),
  evidence: z.array(Evidence).default([]),
  source: SourceNote.nullish(),
  curated: z.boolean().default(false),
};

function checkSpan(e: { date: string | null; endDate?: string | null }, ctx: z.RefinementCtx) {
  if (e.endDate && !e.date) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endDate given without date' });
  if (e.endDate && e.date && spanOf(e.endDate).to < spanOf(e.date).from) ctx.addIssue({ code: 'custom', path: ['endDate'], message: `endDate ${e.endDate} is before date ${e.date}` });
}

export const Meeting = z
  .object({
    ...eventBase,
    type: z.literal('meeting'),
    kind: MeetingKind,
    status: z.enum(MEETING_STATUSES).default('held'),
    place: CountryCode.nullish().meta({ description: 'Country where it took place' }),
    placeName: z.string().max(300).nullish().meta({ description: 'City or venue as written' }),
  })
  .superRefine(checkSpan)
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof Meeting>;

export const Pact = z
  .object({
    ...eventBase,
    type: z.literal('pact'),
    kind: PactKind,
    status: z.enum(PACT_STATUSES).default('signed'),
    names: z.array(z.string().min(1).max(500)).default([]),
    obligations: z.array(z.string().max(100)).default([]).meta({ description: 'e.g. defense, offense, neutrality, nonaggression, consultation' }),
  })
  .superRefine(checkSpan)
  .meta({ id: 'Pact' });
export type Pact = z.infer<typeof Pact>;

export const Event = z.discriminatedUnion('type', [Meeting, Pact]).meta({ id: 'Event' });
export type Event = z.infer<typeof Event>;
