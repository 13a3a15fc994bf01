// The extraction pipeline: the one place where the stage order lives. Each stage is a pure function
// from the article context to a richer one (see each stage's header for what it reads and adds).
import { assembleEvents } from './stages/assemble.js';
import { recogniseCountries } from './stages/countries.js';
import { resolveDates } from './stages/dates.js';
import { mergeDuplicates } from './stages/dedupe.js';
import { normalise } from './stages/normalise.js';
import { recogniseOrganizations } from './stages/organizations.js';
import { recognisePersons } from './stages/persons.js';
import { segment } from './stages/segment.js';
import { recogniseTriggers } from './stages/triggers.js';
import type { ArticleContext, Stage } from './types.js';

export const STAGES: Stage[] = [
  { name: 'normalise', run: normalise },
  { name: 'segment', run: segment },
  { name: 'countries', run: recogniseCountries },
  { name: 'organizations', run: recogniseOrganizations },
  { name: 'persons', run: recognisePersons },
  { name: 'triggers', run: recogniseTriggers },
  { name: 'dates', run: resolveDates },
  { name: 'assemble', run: assembleEvents },
  { name: 'dedupe', run: mergeDuplicates },
];

export function runPipeline(start: ArticleContext): ArticleContext {
  return STAGES.reduce((ctx, stage) => stage.run(ctx), start);
}
