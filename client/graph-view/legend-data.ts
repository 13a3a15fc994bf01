// Legend rows from the vocabulary: the on-screen legend and the exported report both use these,
// so they always explain exactly the colours the style draws. Labels come from the catalogues.
import type { ReportLegendRow } from '../exports/report.js';
import { t } from '../i18n/i18n.js';
import { DIFF_COLORS, HIGHLIGHT } from './style.js';
import { REGION_COLORS, TIE_FAMILIES } from './vocabulary.js';

export interface LegendSection { title: string; rows: ReportLegendRow[] }
export interface LegendCommunity { id: number; size: number; color: string }

export function legendSections(options: { path?: boolean; diff?: boolean; persons?: boolean; organizations?: boolean; communities?: LegendCommunity[]; sizeBy?: string } = {}): LegendSection[] {
  const sections: LegendSection[] = [
    options.communities
      ? { title: t('legend.communities'), rows: options.communities.map((c) => ({ label: t('legend.community', { n: c.id + 1, count: c.size }), color: c.color, shape: 'dot' as const })) }
      : { title: t('legend.regions'), rows: Object.entries(REGION_COLORS).filter(([r]) => r !== 'Antarctic').map(([region, color]) => ({ label: t(`region.${region}`), color, shape: 'dot' as const })) },
    { title: t('legend.ties'), rows: TIE_FAMILIES.filter((f) => f.id !== 'link' || options.persons || options.organizations).map((f) => ({ label: t(`family.${f.id}`), color: f.color, shape: f.line === 'dotted' ? ('dashed' as const) : ('line' as const) })) },
  ];
  const others: ReportLegendRow[] = [];
  if (options.persons) others.push({ label: t('legend.person'), color: '#95a5a6', shape: 'dot' });
  if (options.organizations) others.push({ label: t('legend.organization'), color: '#34495e', shape: 'dot' });
  if (others.length) sections.push({ title: t('legend.otherNodes'), rows: others });
  if (options.path) sections.push({ title: t('legend.path'), rows: [{ label: t('legend.onPath'), color: HIGHLIGHT, shape: 'line' }] });
  if (options.diff)
    sections.push({
      title: t('legend.comparison'),
      rows: [
        { label: t('diff.added'), color: DIFF_COLORS.added, shape: 'line' },
        { label: t('diff.removed'), color: DIFF_COLORS.removed, shape: 'dashed' },
        { label: t('diff.strengthened'), color: DIFF_COLORS.strengthened, shape: 'line' },
        { label: t('diff.weakened'), color: DIFF_COLORS.weakened, shape: 'dashed' },
      ],
    });
  return sections;
}

export function sizeNote(sizeBy = 'activity'): string {
  return t('legend.sizeNote', { metric: t(`metric.${sizeBy}`) });
}
