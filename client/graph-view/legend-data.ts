// Legend rows from the vocabulary: the on-screen legend and the exported report both use these,
// so they always explain exactly the colours the style draws.
import type { ReportLegendRow } from '../exports/report.js';
import { DIFF_COLORS, HIGHLIGHT } from './style.js';
import { REGION_COLORS, TIE_FAMILIES } from './vocabulary.js';

export interface LegendSection { title: string; rows: ReportLegendRow[] }

export function legendSections(options: { path?: boolean; diff?: boolean; persons?: boolean; organizations?: boolean } = {}): LegendSection[] {
  const sections: LegendSection[] = [
    { title: 'Countries by region', rows: Object.entries(REGION_COLORS).filter(([r]) => r !== 'Antarctic').map(([region, color]) => ({ label: region === 'other' ? 'Other / unknown' : region, color, shape: 'dot' as const })) },
    { title: 'Ties', rows: TIE_FAMILIES.filter((f) => f.id !== 'link' || options.persons || options.organizations).map((f) => ({ label: f.label, color: f.color, shape: f.line === 'dotted' ? ('dashed' as const) : ('line' as const) })) },
  ];
  const others: ReportLegendRow[] = [];
  if (options.persons) others.push({ label: 'Person (rounded square)', color: '#95a5a6', shape: 'dot' });
  if (options.organizations) others.push({ label: 'Organisation (hexagon)', color: '#34495e', shape: 'dot' });
  if (others.length) sections.push({ title: 'Other nodes', rows: others });
  if (options.path) sections.push({ title: 'Path', rows: [{ label: 'On the found path', color: HIGHLIGHT, shape: 'line' }] });
  if (options.diff)
    sections.push({
      title: 'Comparison',
      rows: [
        { label: 'Added', color: DIFF_COLORS.added, shape: 'line' },
        { label: 'Removed', color: DIFF_COLORS.removed, shape: 'dashed' },
        { label: 'Strengthened', color: DIFF_COLORS.strengthened, shape: 'line' },
        { label: 'Weakened', color: DIFF_COLORS.weakened, shape: 'dashed' },
      ],
    });
  return sections;
}

export const SIZE_NOTE = 'Node size: events in the time window. Line thickness: meetings and pacts on the tie.';
