// A small response cache for GET /api/*: serialised bodies keyed by URL, valid while the store's data
// version is unchanged (every write through this server and every job step bumps it) and, when other
// processes may write (PostgreSQL), for at most `ttlMs`. PGlite is single-process, so there this server is
// the only writer and entries live until a write.
export interface CachedResponse {
  payload: string;
  etag: string;
  contentType: string;
  version: number;
  at: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly memos = new Map<string, { value: Promise<unknown>; version: number; at: number }>();
  private v = 0;

  constructor(
    private readonly maxEntries = 2000,
    private readonly ttlMs = Number.POSITIVE_INFINITY,
  ) {}

  get version(): number {
    return this.v;
  }

  /** Something changed the data: every entry is stale. */
  bump(): void {
    this.v++;
    this.entries.clear();
    this.memos.clear();
  }

  /**
   * A value computed from the whole store (the contradiction list, the review queue), shared by every page
   * and every concurrent request while the data version is unchanged, under the same freshness rule as the
   * responses. A computation that fails is not kept.
   */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const m = this.memos.get(key);
    if (m && m.version === this.v && performance.now() - m.at <= this.ttlMs) return m.value as Promise<T>;
    const version = this.v;
    const value = compute();
    this.memos.set(key, { value, version, at: performance.now() });
    value.catch(() => {
      if (this.memos.get(key)?.value === value) this.memos.delete(key);
    });
    return value;
  }

  get(key: string): CachedResponse | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.version !== this.v || performance.now() - e.at > this.ttlMs) {
      this.entries.delete(key);
      return null;
    }
    // Refresh recency (Map keeps insertion order: the first key is the least recently used).
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  /** Stores a body computed while the data was at `version` (dropped if a write happened meanwhile). */
  set(key: string, payload: string, etag: string, contentType: string, version: number): void {
    if (version !== this.v) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { payload, etag, contentType, version, at: performance.now() });
  }
}
