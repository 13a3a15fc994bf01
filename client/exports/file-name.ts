// File names for downloads: what the file shows and its time window, like the server's
// Content-Disposition names (entente-network-2024-01-01_2024-12-31.graphml).
import type { ViewState } from '../state/view-state.js';
import { currentView } from '../api/params.js';

export function fileStem(state: ViewState): string {
  const { view } = currentView(state);
  const time = state.timeMode === 'date' ? state.at ?? 'latest' : `${state.from ?? 'start'}_${state.to ?? 'end'}`;
  return `entente-${view}-${time}`.replace(/[^A-Za-z0-9_.-]+/g, '-');
}
