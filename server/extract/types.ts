// The article context every extraction stage reads and extends. Offsets in findings index the
// normalised text `norm`; `toOriginal` maps them back to the original article at output time.
import type { Lang } from '../domain/country/countries.js';

export type RoleCategory = 'head' | 'foreign' | 'defense' | 'security' | 'other';

export interface Finding { start: number; end: number; rule: string }

export interface Sentence { start: number; end: number; text: string; line: number; headline: boolean; caption: boolean }

export interface CountryMention extends Finding { code: string; via: 'name' | 'demonym' | 'capital' | 'abbreviation' }
export interface OrganizationMention extends Finding { code: string }
export interface PersonMention extends Finding {
  name: string;
  aliases: string[];
  country: string | null;
  role: string | null;
  category: RoleCategory | null;
  /** Set when the person acts for an international organisation (UN Secretary-General). */
  organization?: string;
}
export interface TriggerMention extends Finding {
  type: 'meeting' | 'pact';
  kind: string;
  /** Clause-level cues found near the trigger. */
  status?: string;
}
export interface DateMention extends Finding { date: string; endDate?: string | null; relative: boolean }

export interface Warning { code: string; message: string; start?: number; end?: number }

export interface DraftEvent {
  type: 'meeting' | 'pact';
  kind: string;
  status: string;
  countries: string[];
  organizations: string[];
  persons: PersonMention[];
  date: string | null;
  endDate: string | null;
  dateExplicit: boolean;
  place: string | null;
  placeName: string | null;
  names: string[];
  evidence: Finding[];
  sentence: number;
}

export interface ArticleContext {
  original: string;
  lang: Lang;
  published: string;
  norm: string;
  toOriginal: number[];
  /** Accent-free copy of `norm` with the same length, for dictionary matching in Latin scripts. */
  folded: string;
  /** [start, end) ranges of `norm` that boilerplate rules removed. */
  dropped: Finding[];
  sentences: Sentence[];
  countries: CountryMention[];
  organizations: OrganizationMention[];
  persons: PersonMention[];
  triggers: TriggerMention[];
  dates: DateMention[];
  /** Day the article's own news happened, when it says so; else the publication date. */
  anchor: string;
  events: DraftEvent[];
  warnings: Warning[];
}

export type Stage = { name: string; run: (ctx: ArticleContext) => ArticleContext };
