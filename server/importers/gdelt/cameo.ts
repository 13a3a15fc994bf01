// Which CAMEO event codes become which Entente events. Codes are strings ("042"), never numbers.
//   036 express intent to meet or negotiate      → Meeting "talks", status planned
//   040 consult · 044 meet at a third location · 045 mediate · 046 engage in negotiation → Meeting "talks"
//   041 discuss by telephone                     → Meeting "call"
//   042 make a visit · 043 host a visit          → Meeting "visit"
//   057 sign formal agreement                    → Pact "agreement", status signed
// Every other 03x/05x code (statements of intent, praise, apology, recognition…) is not a
// meeting or an agreement and is skipped, counted by code.
import type { Meeting } from '../../domain/event/schema.js';

export const KEPT_ROOTS = ['03', '04', '05'] as const;

export type CameoMapping =
  | { type: 'meeting'; kind: Meeting['kind']; status: 'held' | 'planned'; label: string; rank: number }
  | { type: 'pact'; kind: 'agreement'; status: 'signed'; label: string; rank: number };

/** rank: when several reports of one event carry different codes, the most specific wins. */
export const CAMEO_MAP: Record<string, CameoMapping> = {
  '036': { type: 'meeting', kind: 'talks', status: 'planned', label: 'intent to meet or negotiate', rank: 1 },
  '040': { type: 'meeting', kind: 'talks', status: 'held', label: 'consultation', rank: 1 },
  '041': { type: 'meeting', kind: 'call', status: 'held', label: 'telephone discussion', rank: 2 },
  '042': { type: 'meeting', kind: 'visit', status: 'held', label: 'visit', rank: 4 },
  '043': { type: 'meeting', kind: 'visit', status: 'held', label: 'hosted visit', rank: 4 },
  '044': { type: 'meeting', kind: 'talks', status: 'held', label: 'meeting at a third location', rank: 3 },
  '045': { type: 'meeting', kind: 'talks', status: 'held', label: 'mediation', rank: 3 },
  '046': { type: 'meeting', kind: 'talks', status: 'held', label: 'negotiation', rank: 3 },
  '057': { type: 'pact', kind: 'agreement', status: 'signed', label: 'formal agreement signed', rank: 1 },
};
