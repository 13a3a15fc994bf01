// The text shown beside an element under the pointer: a node's name, kind, region and events in
// the window; a tie's ends, relation and kinds, its meetings and pacts, and the dates it spans.
import { formatDate, formatNumber, t } from '../i18n/i18n.js';

/** Lines for a node's or an edge's data (an edge's with its ends' labels as sourceLabel and targetLabel). */
export function hoverLines(d: Record<string, unknown>, isNode: boolean): string[] {
  const weight = Number(d.windowWeight ?? d.weight ?? 0);
  if (isNode) return [String(d.display ?? d.label ?? d.id), `${t(`kind.${d.kind}`)}${d.region ? ` · ${t(`region.${d.region}`)}` : ''} · ${t('hover.events', { count: weight, n: formatNumber(weight) })}`];
  const kinds = (d.kinds as string[] | undefined)?.map((k) => t(d.relation === 'pact' ? `pactKind.${k}` : `meetingKind.${k}`)).join(', ');
  const span = d.firstDate ? (d.firstDate === d.lastDate ? formatDate(String(d.firstDate)) : `${formatDate(String(d.firstDate))} – ${formatDate(String(d.lastDate ?? ''))}`) : '';
  return [`${d.sourceLabel} — ${d.targetLabel}`, `${t(`relation.${d.relation}`)}${kinds ? ` (${kinds})` : ''}`, `${t('hover.meetings', { count: Number(d.meetings ?? 0) })} · ${t('hover.pacts', { count: Number(d.pacts ?? 0) })}${span ? ` · ${span}` : ''}`];
}
