// Add an article from the browser: paste or drop the text, give its date, review what the
// extractor found (POST /api/documents with dryRun), then load it (sending the bearer token if
// the user gave one). Extracted text is shown as text only.
import type { Api } from '../api/client.js';
import { describeError, isAbort } from '../api/client.js';
import type { IngestResult } from '../api/types.js';
import { clear, h } from '../dom.js';
import { formatDate, t } from '../i18n/i18n.js';
import { tr } from '../i18n/text.js';

const TOKEN_KEY = 'entente.token';

export class IngestDialog {
  private readonly text: HTMLTextAreaElement;
  private readonly published: HTMLInputElement;
  private readonly lang: HTMLSelectElement;
  private readonly title: HTMLInputElement;
  private readonly sourceName: HTMLInputElement;
  private readonly sourceUrl: HTMLInputElement;
  private readonly token: HTMLInputElement;
  private readonly review: HTMLElement;
  private readonly loadButton: HTMLButtonElement;
  private readonly reviewButton: HTMLButtonElement;
  private reviewed: string | undefined;

  constructor(private readonly dialog: HTMLDialogElement, private readonly api: Api, private readonly onLoaded: (result: IngestResult) => void) {
    this.text = h('textarea', { id: 'ingest-text', rows: 10, required: true, placeholder: t('ingest.placeholder'), 'data-i18n-attr': 'placeholder:ingest.placeholder' });
    this.published = h('input', { type: 'date', id: 'ingest-published', required: true, value: new Date().toISOString().slice(0, 10) });
    this.lang = h('select', { id: 'ingest-lang' }, h('option', { value: '', 'data-i18n': 'ingest.detect' }, t('ingest.detect')), h('option', { value: 'en' }, 'English'), h('option', { value: 'ja' }, '日本語'), h('option', { value: 'es' }, 'Español'));
    this.title = h('input', { type: 'text', id: 'ingest-title' });
    this.sourceName = h('input', { type: 'text', id: 'ingest-source' });
    this.sourceUrl = h('input', { type: 'text', id: 'ingest-url', inputmode: 'url', placeholder: 'https://…' });
    this.token = h('input', { type: 'password', id: 'ingest-token', autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) ?? '' });
    this.review = h('div', { id: 'ingest-review', 'aria-live': 'polite' });
    this.reviewButton = h('button', { type: 'button', id: 'ingest-review-button', onclick: () => this.submit(true) }, tr('ingest.review'));
    this.loadButton = h('button', { type: 'button', id: 'ingest-load-button', class: 'primary', disabled: true, onclick: () => this.submit(false) }, tr('ingest.load'));
    const drop = h('div', { class: 'drop-zone' }, this.text);
    drop.addEventListener('dragover', (e) => (e.preventDefault(), drop.classList.add('over')));
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => void this.drop(e, drop));
    this.text.addEventListener('input', () => this.invalidate());
    this.published.addEventListener('input', () => this.invalidate());

    dialog.append(
      h('div', { class: 'dialog-head' }, h('h2', { id: 'ingest-title-heading' }, tr('ingest.title')), h('button', { type: 'button', class: 'icon', 'aria-label': t('common.close'), 'data-i18n-attr': 'aria-label:common.close', onclick: () => this.close() }, '×')),
      h('div', { class: 'dialog-body' },
        h('label', { class: 'field', for: 'ingest-text' }, tr('ingest.text'), drop),
        h('div', { class: 'grid-2' },
          h('label', { class: 'field', for: 'ingest-published' }, tr('ingest.published'), this.published),
          h('label', { class: 'field', for: 'ingest-lang' }, tr('ingest.language'), this.lang),
          h('label', { class: 'field', for: 'ingest-title' }, tr('ingest.titleField'), this.title),
          h('label', { class: 'field', for: 'ingest-source' }, tr('ingest.sourceName'), this.sourceName),
          h('label', { class: 'field', for: 'ingest-url' }, tr('ingest.sourceUrl'), this.sourceUrl),
          h('label', { class: 'field', for: 'ingest-token' }, tr('ingest.token'), this.token)),
        this.review),
      h('div', { class: 'dialog-foot' }, h('button', { type: 'button', class: 'ghost', id: 'ingest-cancel', onclick: () => this.close() }, tr('common.cancel')), this.reviewButton, this.loadButton),
    );
    dialog.setAttribute('aria-labelledby', 'ingest-title-heading');
  }

  /** Closing cancels an extraction still running (the server stops waiting for it). */
  private close() {
    this.api.abort('ingest');
    this.dialog.close();
  }

  open(): void {
    this.dialog.showModal();
    this.text.focus();
  }

  private invalidate() {
    this.reviewed = undefined;
    this.loadButton.disabled = true;
  }

  private async drop(e: DragEvent, zone: HTMLElement) {
    e.preventDefault();
    zone.classList.remove('over');
    const file = e.dataTransfer?.files?.[0];
    if (file) this.text.value = await file.text();
    else this.text.value = e.dataTransfer?.getData('text/plain') ?? this.text.value;
    this.invalidate();
  }

  private body(dryRun: boolean) {
    return {
      text: this.text.value,
      published: this.published.value,
      lang: this.lang.value || undefined,
      title: this.title.value.trim() || undefined,
      sourceName: this.sourceName.value.trim() || undefined,
      sourceUrl: this.sourceUrl.value.trim() || undefined,
      dryRun,
    };
  }

  private async submit(dryRun: boolean) {
    if (!this.text.value.trim()) return void clear(this.review, h('p', { class: 'error', role: 'alert' }, t('ingest.needText')));
    if (!this.published.value) return void clear(this.review, h('p', { class: 'error', role: 'alert' }, t('ingest.needDate')));
    this.api.token = this.token.value.trim();
    if (this.api.token) sessionStorage.setItem(TOKEN_KEY, this.api.token);
    const button = dryRun ? this.reviewButton : this.loadButton;
    button.disabled = true;
    const started = performance.now();
    const elapsed = h('span', {}, '');
    const ticker = setInterval(() => (elapsed.textContent = ` ${t('ingest.elapsed', { seconds: Math.round((performance.now() - started) / 1000) })}`), 1000);
    clear(this.review, h('div', { class: 'ingest-progress', role: 'status' },
      h('progress', { 'aria-label': t(dryRun ? 'ingest.extracting' : 'ingest.loading') }),
      h('span', {}, t(dryRun ? 'ingest.extracting' : 'ingest.loading')), elapsed,
      h('button', { type: 'button', class: 'ghost', id: 'ingest-stop', onclick: () => this.api.abort('ingest') }, t('common.cancel'))));
    try {
      const result = await this.api.post<IngestResult>('/api/documents', this.body(dryRun), 'ingest');
      if (dryRun) {
        this.reviewed = this.text.value;
        this.showReview(result);
        this.loadButton.disabled = !result.events?.length;
      } else {
        clear(this.review, h('p', {}, t('ingest.loaded', { count: result.events?.length ?? 0 })));
        this.onLoaded(result);
        this.dialog.close();
      }
    } catch (error) {
      clear(this.review, isAbort(error) ? h('p', { class: 'muted', role: 'status' }, t('ingest.cancelled')) : h('p', { class: 'error', role: 'alert' }, describeError(error)));
    } finally {
      clearInterval(ticker);
      button.disabled = dryRun ? false : !this.reviewed;
    }
  }

  private showReview(result: IngestResult) {
    const events = result.events ?? [];
    clear(this.review,
      h('div', { class: 'review' },
        h('h3', {}, events.length ? t('ingest.found', { count: events.length }) : t('ingest.none')),
        h('ul', { class: 'event-list', id: 'ingest-events' }, events.map((e) =>
          h('li', { class: 'event' },
            h('header', {}, h('span', { class: 'date' }, e.date ? formatDate(String(e.date)) : t('event.undated')), h('span', { class: `chip ${e.type}` }, `${t(`eventType.${e.type}`)} · ${t(`${e.type === 'pact' ? 'pactKind' : 'meetingKind'}.${e.kind}`)}`)),
            e.title ? h('p', { class: 'title' }, String(e.title)) : null,
            h('p', { class: 'who' }, (e.participants ?? []).map(participantText).join(', ')),
            e.evidence?.[0]?.quote ? h('blockquote', {}, e.evidence[0].quote) : null))),
        result.warnings?.length ? h('ul', { class: 'hint' }, result.warnings.map((w) => h('li', {}, w.message))) : null));
  }
}

function participantText(p: unknown): string {
  const x = p as { type?: string; code?: string; name?: string; country?: string };
  if (x.type === 'person') return x.country ? `${x.name} (${x.country})` : String(x.name);
  return String(x.code ?? x.name ?? '?');
}
