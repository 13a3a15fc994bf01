// Cytoscape stylesheet: colours come from the vocabulary table (the legend reads the same table);
// state is expressed as classes (hidden, faded, on-path, diff-*) so nothing is rebuilt on change.
import { NODE_KINDS, REGION_COLORS, TIE_FAMILIES } from './vocabulary.js';

type Rule = { selector: string; style: Record<string, unknown> };

export const HIGHLIGHT = '#f39c12';
export const DIFF_COLORS = { added: '#27ae60', removed: '#c0392b', strengthened: '#2471a3', weakened: '#8e44ad' } as const;

export function buildStyle(options: { largeGraph: boolean }): Rule[] {
  const rules: Rule[] = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(display)',
        'font-family': 'Inter, "Noto Sans JP", "Hiragino Sans", "Segoe UI", system-ui, sans-serif',
        'font-size': 10,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        color: '#1c2833',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.85,
        'min-zoomed-font-size': options.largeGraph ? 9 : 4,
        'background-color': REGION_COLORS.other,
        'border-width': 1,
        'border-color': '#ffffff',
        ...(options.largeGraph ? {} : { 'transition-property': 'opacity, width, height', 'transition-duration': 200 }),
      },
    },
  ];
  for (const kind of NODE_KINDS) rules.push({ selector: `node.kind-${kind.id}`, style: { shape: kind.shape } });
  rules.push({ selector: 'node.kind-person', style: { 'background-color': '#95a5a6', 'font-size': 9 } });
  rules.push({ selector: 'node.kind-organization', style: { 'background-color': '#34495e' } });
  for (const [region, color] of Object.entries(REGION_COLORS)) rules.push({ selector: `node.region-${region}`, style: { 'background-color': color } });
  // Colour by community overrides region and kind colours (set by GraphController.applyMetrics).
  rules.push({ selector: 'node.by-community', style: { 'background-color': 'data(ccolor)' } });

  rules.push({
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#5b7083',
      opacity: 0.55,
      // Haystack edges are far cheaper to draw; parallel ties then overlap, acceptable at that size.
      'curve-style': options.largeGraph ? 'haystack' : 'bezier',
      ...(options.largeGraph ? {} : { 'control-point-step-size': 12, 'transition-property': 'opacity, width', 'transition-duration': 200 }),
    },
  });
  for (const family of TIE_FAMILIES) rules.push({ selector: `edge.family-${family.id}`, style: { 'line-color': family.color, 'line-style': family.line } });
  rules.push({ selector: 'edge.rel-pact', style: { opacity: 0.75 } });

  rules.push(
    { selector: '.out-window, .out-region', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.1, 'text-opacity': 0.3 } },
    { selector: 'node:selected, node.focused', style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'z-index': 20 } },
    { selector: 'edge:selected', style: { 'line-color': HIGHLIGHT, opacity: 1, 'z-index': 20 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': HIGHLIGHT, 'font-weight': 'bold', 'z-index': 30 } },
    { selector: 'edge.on-path', style: { 'line-color': HIGHLIGHT, width: 7, opacity: 1, 'z-index': 30, 'line-style': 'solid' } },
    { selector: 'node.diff-added', style: { 'border-width': 4, 'border-color': DIFF_COLORS.added } },
    { selector: 'node.diff-removed', style: { 'border-width': 4, 'border-color': DIFF_COLORS.removed, 'border-style': 'dashed' } },
    { selector: 'edge.diff-added', style: { 'line-color': DIFF_COLORS.added, opacity: 1, width: 5 } },
    { selector: 'edge.diff-removed', style: { 'line-color': DIFF_COLORS.removed, opacity: 0.9, width: 4, 'line-style': 'dashed' } },
    { selector: 'edge.diff-strengthened', style: { 'line-color': DIFF_COLORS.strengthened, opacity: 1, width: 6 } },
    { selector: 'edge.diff-weakened', style: { 'line-color': DIFF_COLORS.weakened, opacity: 0.9, width: 3, 'line-style': 'dotted' } },
    // A path or a comparison names its elements explicitly: show them even outside the window.
    { selector: '.on-path, .diff-added, .diff-removed, .diff-strengthened, .diff-weakened', style: { display: 'element' } },
  );
  return rules;
}
