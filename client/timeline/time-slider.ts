// The time slider: a window (two thumbs) or a single date (one thumb) in whole months, the
// histogram above it, play/pause, and the current date shown large. Writes only to the store.
import type { TimelineResult } from '../api/types.js';
import { $ } from '../dom.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { drawHistogram } from './histogram.js';
import { formatMonth as monthLabel, t } from '../i18n/i18n.js';
import { indexOf, monthEnd, monthsBetween, monthStart, playStep, stepWindow } from './months.js';

const PLAY_MS = 900;

export class TimeSlider {
  private months: string[] = [];
  private buckets: TimelineResult['buckets'] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly fromInput = $('#range-from') as HTMLInputElement;
  private readonly toInput = $('#range-to') as HTMLInputElement;
  private readonly output = $('#current-date') as HTMLOutputElement;
  private readonly caption = $('#time-caption');
  private readonly play = $('#play') as HTMLButtonElement;
  private readonly svg = document.getElementById('histogram') as unknown as SVGSVGElement;

  constructor(private readonly store: Store) {
    for (const input of [this.fromInput, this.toInput]) {
      input.addEventListener('input', () => this.preview(input));
      input.addEventListener('change', () => this.commit('push'));
    }
    this.play.addEventListener('click', () => (this.timer ? this.stop() : this.start()));
    $('#mode-window').addEventListener('click', () => this.store.update({ timeMode: 'window' }));
    $('#mode-date').addEventListener('click', () => {
      const at = this.store.state.at ?? (this.months.length ? monthEnd(this.months[this.months.length - 1]) : undefined);
      this.store.update({ timeMode: 'date', at });
    });
    $('#time-reset').addEventListener('click', () => this.store.update({ from: undefined, to: undefined, at: undefined, timeMode: 'window' }));
    window.addEventListener('resize', () => this.drawHistogram());
  }

  setRange(from: string | null, to: string | null): void {
    this.months = from && to ? monthsBetween(from, to) : [];
    const max = String(Math.max(0, this.months.length - 1));
    for (const input of [this.fromInput, this.toInput]) (input.max = max), (input.disabled = !this.months.length);
    this.play.disabled = this.months.length < 2;
    ($('#time-note') as HTMLElement).textContent = this.months.length ? '' : t('time.noDates');
    this.sync(this.store.state);
  }

  setBuckets(buckets: TimelineResult['buckets']): void {
    this.buckets = buckets;
    this.drawHistogram();
  }

  private selection(): [number, number] {
    if (this.store.state.timeMode === 'date') return [0, Number(this.toInput.value)];
    return [Number(this.fromInput.value), Number(this.toInput.value)];
  }

  private drawHistogram() {
    drawHistogram(this.svg, this.months, this.buckets, this.selection());
  }

  /** While dragging: keep the thumbs ordered and update the caption, not the graph. */
  private preview(moved: HTMLInputElement) {
    let a = Number(this.fromInput.value);
    let b = Number(this.toInput.value);
    if (a > b) {
      if (moved === this.fromInput) b = a, (this.toInput.value = String(b));
      else a = b, (this.fromInput.value = String(a));
    }
    this.showLabel(this.store.state.timeMode, a, b);
    this.drawHistogram();
  }

  private commit(mode: 'push' | 'replace') {
    if (!this.months.length) return;
    const a = Number(this.fromInput.value);
    const b = Number(this.toInput.value);
    if (this.store.state.timeMode === 'date') this.store.update({ at: monthEnd(this.months[b]) }, mode);
    else {
      const full = a === 0 && b === this.months.length - 1;
      this.store.update({ from: full ? undefined : monthStart(this.months[a]), to: full ? undefined : monthEnd(this.months[b]) }, mode);
    }
  }

  private showLabel(mode: ViewState['timeMode'], a: number, b: number) {
    this.caption.textContent = mode === 'date' ? t('time.asOf') : t('time.window');
    if (!this.months.length) return void (this.output.textContent = t('time.none'));
    if (mode === 'date') this.output.textContent = `${monthLabel(this.months[b])}`;
    else if (a === 0 && b === this.months.length - 1) this.output.textContent = t('time.allRange', { first: monthLabel(this.months[0]), last: monthLabel(this.months[b]) });
    else this.output.textContent = a === b ? monthLabel(this.months[a]) : `${monthLabel(this.months[a])} – ${monthLabel(this.months[b])}`;
  }

  sync(state: ViewState): void {
    const last = Math.max(0, this.months.length - 1);
    const a = indexOf(this.months, state.from, 0);
    const b = state.timeMode === 'date' ? indexOf(this.months, state.at, last) : indexOf(this.months, state.to, last);
    this.fromInput.value = String(a);
    this.toInput.value = String(b);
    this.toInput.setAttribute('aria-label', state.timeMode === 'date' ? t('time.date') : t('time.windowEnd'));
    this.toInput.setAttribute('aria-valuetext', this.months[b] ? monthLabel(this.months[b]) : '');
    this.fromInput.setAttribute('aria-valuetext', this.months[a] ? monthLabel(this.months[a]) : '');
    $('#range').classList.toggle('single', state.timeMode === 'date');
    $('#mode-window').setAttribute('aria-pressed', String(state.timeMode === 'window'));
    $('#mode-date').setAttribute('aria-pressed', String(state.timeMode === 'date'));
    this.showLabel(state.timeMode, a, b);
    this.drawHistogram();
  }

  private start() {
    if (this.months.length < 2) return;
    const state = this.store.state;
    if (state.timeMode === 'window') {
      let a = Number(this.fromInput.value);
      let b = Number(this.toInput.value);
      // Playing the whole range would show nothing moving: start with a window of a few steps.
      const width = Math.max(12, playStep(this.months.length) * 3);
      if ((a === 0 && b === this.months.length - 1) || b === this.months.length - 1) (a = 0), (b = Math.min(width - 1, this.months.length - 2));
      this.fromInput.value = String(a);
      this.toInput.value = String(b);
    } else if (Number(this.toInput.value) >= this.months.length - 1) this.toInput.value = '0';
    this.commit('push');
    this.play.textContent = '❚❚';
    this.play.setAttribute('aria-pressed', 'true');
    this.play.setAttribute('aria-label', t('time.pause'));
    this.timer = setInterval(() => this.tick(), PLAY_MS);
  }

  private tick() {
    const a = Number(this.fromInput.value);
    const b = Number(this.toInput.value);
    const step = playStep(this.months.length);
    const next = this.store.state.timeMode === 'date' ? (b + 1 < this.months.length ? [a, Math.min(b + step, this.months.length - 1)] : null) : stepWindow(this.months, a, b, step);
    if (!next) return this.stop();
    this.fromInput.value = String(next[0]);
    this.toInput.value = String(next[1]);
    this.commit('replace');
  }

  togglePlay(): void {
    if (this.timer) this.stop();
    else this.start();
  }

  /** Keyboard shortcut: moves the window (or the date) by `delta` months, keeping its width. */
  step(delta: number): void {
    if (!this.months.length) return;
    const last = this.months.length - 1;
    let a = Number(this.fromInput.value);
    let b = Number(this.toInput.value);
    if (this.store.state.timeMode === 'window' && a === 0 && b === last) b = Math.min(last, 11); // from all time: a first year
    const shift = Math.max(-a, Math.min(last - b, delta));
    if (this.store.state.timeMode === 'date') b = Math.max(0, Math.min(last, b + delta));
    else (a += shift), (b += shift);
    this.fromInput.value = String(a);
    this.toInput.value = String(b);
    this.commit('push');
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = '▶';
    this.play.setAttribute('aria-pressed', 'false');
    this.play.setAttribute('aria-label', t('time.play'));
  }
}
