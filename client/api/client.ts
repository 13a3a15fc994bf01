// Typed fetch wrapper for /api: counts requests in flight (for the loading indicators), cancels
// the previous request of the same channel when a newer one starts, and turns problem+json
// responses into ApiError with the server's own explanation.
import { fromColumns } from '../../server/domain/network/columns.js';
import type { Network, NetworkColumns, Problem } from './types.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

type Listener = (inFlight: number, channels: ReadonlySet<string>) => void;

export class Api {
  private readonly controllers = new Map<string, AbortController>();
  private readonly active = new Map<string, number>();
  private readonly listeners = new Set<Listener>();
  token = '';

  constructor(private readonly base = '') {}

  onActivity(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Cancels the request in flight on one channel (e.g. the article being ingested). */
  abort(channel: string): void {
    this.controllers.get(channel)?.abort();
  }

  /** Cancels every request in flight (the Cancel button of a slow request). */
  abortAll(): void {
    for (const controller of this.controllers.values()) controller.abort();
  }

  /** GET a JSON resource. A later call on the same channel aborts this one. */
  get<T>(path: string, params: Record<string, unknown> = {}, channel?: string): Promise<T> {
    return this.request<T>('GET', `${path}${queryString(params)}`, undefined, channel);
  }

  /** GET a network view (/api/network, /api/ego/…, /api/snapshot) as columns, a third of the
   * bytes of cytoscape elements and parsed in a fifth of the time, rebuilt here as elements. */
  async getNetwork(path: string, params: Record<string, unknown> = {}, channel?: string): Promise<Network> {
    return fromColumns(await this.get<NetworkColumns>(path, { ...params, shape: 'columns' }, channel));
  }

  post<T>(path: string, body: unknown, channel?: string): Promise<T> {
    return this.request<T>('POST', path, body, channel);
  }

  url(path: string, params: Record<string, unknown> = {}): string {
    return `${this.base}${path}${queryString(params)}`;
  }

  private async request<T>(method: string, path: string, body: unknown, channel = `${method} ${path}`): Promise<T> {
    this.controllers.get(channel)?.abort();
    const controller = new AbortController();
    this.controllers.set(channel, controller);
    this.track(channel, +1);
    try {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (method !== 'GET' && this.token) headers.authorization = `Bearer ${this.token}`;
      const response = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: controller.signal });
      const text = await response.text();
      const json = text ? safeJson(text) : undefined;
      if (!response.ok) throw new ApiError(response.status, (json as Problem) ?? { title: response.statusText, detail: text.slice(0, 300) });
      return json as T;
    } finally {
      if (this.controllers.get(channel) === controller) this.controllers.delete(channel);
      this.track(channel, -1);
    }
  }

  private track(channel: string, delta: number) {
    const n = (this.active.get(channel) ?? 0) + delta;
    if (n <= 0) this.active.delete(channel);
    else this.active.set(channel, n);
    let total = 0;
    for (const v of this.active.values()) total += v;
    const names = new Set(this.active.keys());
    for (const l of this.listeners) l(total, names);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { title: 'Unreadable response', detail: text.slice(0, 300) };
  }
}

/** Encodes params, dropping empty values; arrays become comma lists as the API expects. */
export function queryString(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const details = error.problem.errors?.map((e) => `${e.path}: ${e.message}`).join('; ');
    return details ? `${error.message} (${details})` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
