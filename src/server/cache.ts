// A small response cache for GET /api/*: serialised bodies keyed by URL, valid while the store's data
// version is unchanged (every write request and every job's end bump it at once; a running job's steps
// at most once per `jobLagMs`) and, when other processes may write (PostgreSQL), for at most `ttlMs`.
// PGlite is single-process, so there this server is the only writer and entries live until a write.
export interface CachedResponse {
  payload: string;
  etag: string;
  contentType: string;
  version: number;
  at: number;
}

interface Flight {
  version: number;
  answer: Promise<CachedResponse | null>;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly memos = new Map<string, { value: Promise<unknown>; version: number; at: number }>();
  private readonly flights = new Map<string, Flight>();
  private v = 0;
  private bumpedAt = Number.NEGATIVE_INFINITY;
  private soon: NodeJS.Timeout | null = null;

  constructor(
    private readonly maxEntries = 2000,
    private readonly ttlMs = Number.POSITIVE_INFINITY,
    private readonly jobLagMs = 1000,
  ) {}

  get version(): number {
    return this.v;
  }

  /** Something changed the data: every entry is stale. */
  bump(): void {
    if (this.soon) clearTimeout(this.soon);
    this.soon = null;
    this.bumpedAt = performance.now();
    this.v++;
    this.entries.clear();
    this.memos.clear();
    this.flights.clear(); // a request from now on must not wait for an answer read before this write
  }

  /**
   * A running job wrote something (a progress step): bump now if the last bump is `jobLagMs` old, else once
   * that much time has passed. While a job runs, answers may lag its writes by up to `jobLagMs`; a job's
   * end, and every write request, bump at once. Bumping at every step of a 10k-document ingest sent every
   * reader back to a database busy with the ingest thousands of times, for data a second newer at most.
   */
  bumpSoon(): void {
    const wait = this.jobLagMs - (performance.now() - this.bumpedAt);
    if (wait <= 0) return this.bump();
    this.soon ??= setTimeout(() => this.bump(), wait).unref();
  }

  /**
   * Single flight: the first request for a key that is not cached computes the answer; requests for the same
   * key that arrive at the same data version while it runs wait for that answer instead of computing it
   * again. Without this, every write (each step of an ingest job) sends all concurrent readers of a popular
   * page to the database at once, and their answers are parsed and serialised one after another on this
   * thread. Returns `{ wait }`, the running flight's answer, or `{ land }` after making the caller the one
   * that computes: it must call `land` once with its answer, or with null when it has none to share (the
   * waiters then compute their own).
   */
  joinFlight(key: string): { wait: Promise<CachedResponse | null> } | { land: (answer: CachedResponse | null) => void } {
    const f = this.flights.get(key);
    if (f && f.version === this.v) return { wait: f.answer };
    let settle!: (r: CachedResponse | null) => void;
    const answer = new Promise<CachedResponse | null>((r) => (settle = r));
    const flight: Flight = { version: this.v, answer };
    this.flights.set(key, flight);
    let landed = false;
    return {
      land: (r) => {
        if (landed) return;
        landed = true;
        if (this.flights.get(key) === flight) this.flights.delete(key);
        settle(r);
      },
    };
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

  /** Stores a body computed while the data was at `version` (not kept if a write happened meanwhile). */
  set(key: string, payload: string, etag: string, contentType: string, version: number): CachedResponse {
    const e: CachedResponse = { payload, etag, contentType, version, at: performance.now() };
    if (version !== this.v) return e;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, e);
    return e;
  }
}
