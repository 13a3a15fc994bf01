// One meeting or pact as a card: date, kind, place, participants, evidence quotes and sources.
// Every string from the data goes in as text (h() makes text nodes), never as HTML.
import type { EventDetail, EventSummary, EvidenceItem } from '../api/types.js';
import { h } from '../dom.js';
import { safeHref } from '../exports/report.js';
import { formatDate, t } from '../i18n/i18n.js';

export type LabelOf = (id: string) => string;

function dateText(date?: string | null, endDate?: string | null): string {
  if (!date) return t('event.undatedTitle');
  return endDate && endDate !== date ? `${formatDate(date)} – ${formatDate(endDate)}` : formatDate(date);
}

export function evidenceBlock(ev: EvidenceItem): HTMLElement {
  const href = safeHref(ev.sourceUrl);
  const sourceName = ev.sourceName || ev.documentTitle || t('event.source');
  return h('div', { class: 'evidence' },
    ev.quote ? h('blockquote', { lang: ev.lang ?? undefined }, ev.quote) : null,
    h('p', { class: 'source' },
      href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, sourceName) : sourceName,
      ev.published ? ` · ${formatDate(ev.published)}` : '',
      ev.documentTitle && ev.documentTitle !== sourceName ? ` · ${ev.documentTitle}` : '',
      ev.rule ? h('span', { class: 'muted', title: t('event.rule') }, ` · ${ev.rule}`) : ''));
}

export function eventCard(summary: EventSummary, detail: EventDetail | undefined, labelOf: LabelOf): HTMLElement {
  const e = detail?.event ?? summary;
  const people = detail ? detail.participants.map((p) => p.label) : summary.participants.map(labelOf);
  const rawPlace = (detail?.event.placeName as string | undefined) || e.place;
  // The API gives the place as an entity id (country:JP); show its name.
  const place = rawPlace && /^(country|org):/.test(rawPlace) ? labelOf(rawPlace) : rawPlace;
  return h('li', { class: 'event', 'data-event-id': summary.id },
    h('header', {},
      h('span', { class: 'date' }, dateText(e.date, e.endDate)),
      h('span', { class: `chip ${summary.type}` }, `${t(`relation.${summary.type === 'pact' ? 'pact' : 'met'}`)} · ${t(`${summary.type === 'pact' ? 'pactKind' : 'meetingKind'}.${e.kind}`)}${e.status && e.status !== 'held' && e.status !== 'signed' ? ` (${e.status})` : ''}`)),
    e.title ? h('p', { class: 'title' }, e.title) : null,
    h('p', { class: 'who' }, people.join(', '), place ? ` — ${place}` : ''),
    detail?.evidence?.length ? detail.evidence.slice(0, 3).map(evidenceBlock) : detail ? h('p', { class: 'source' }, t('event.noEvidence')) : null);
}
