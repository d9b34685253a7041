// A small response cache for GET /api/*: serialised bodies keyed by URL, tagged with the data version they
// were read at. A body is kept as bytes, encoded once: a string answer is encoded to UTF-8 again at every
// socket write, and one that holds a single character above U+00FF (a curly quote) is a two-byte string,
// slow to encode — 2–3 ms of the server's thread per 211 KB answer, most of its time under load.
// Every write request and every job's end is a hard bump: nothing read before it is served again. A
// running job's steps are soft bumps, at most one per `jobLagMs`: answers read before one are still served
// while one request reads the page afresh (stale while revalidate), so readers never queue behind a
// database busy with the job. When other processes may write (PostgreSQL), entries are re-read after
// `ttlMs`, under the same rule. PGlite is single-process: there this server is the only writer.
export interface CachedResponse {
  /** The serialised body, UTF-8. */
  payload: Buffer;
  etag: string;
  contentType: string;
  version: number;
  at: number;
}

interface Flight {
  version: number;
  answer: Promise<CachedResponse | null>;
}

/** What a GET does with the cache: send `hit`, wait for another request's answer, or compute and `land`. */
export type Lookup =
  | { hit: CachedResponse; stale: boolean }
  | { wait: Promise<CachedResponse | null> }
  | { land: (answer: CachedResponse | null) => void };

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly memos = new Map<string, { value: Promise<unknown>; version: number; at: number }>();
  private readonly flights = new Map<string, Flight>();
  private v = 0;
  private hardV = 0; // the version of the last hard bump: nothing older is ever served
  private bumpedAt = Number.NEGATIVE_INFINITY;
  private soon: NodeJS.Timeout | null = null;

  constructor(
    private readonly maxEntries = 2000,
    private readonly ttlMs = Number.POSITIVE_INFINITY,
    private readonly jobLagMs = 1000,
    /** The oldest answer served while a fresh one is read. */
    private readonly staleMs = 10_000,
  ) {}

  get version(): number {
    return this.v;
  }

  /** A write request or a job's end: nothing read before it is served again. */
  bump(): void {
    this.softBump();
    this.hardV = this.v;
    this.entries.clear();
    this.memos.clear();
    this.flights.clear(); // a request from now on must not wait for an answer read before this write
  }

  /**
   * A running job wrote something (a progress step): a soft bump now if the last bump is `jobLagMs` old,
   * else once that much time has passed. Bumping at every step of a 10k-document ingest sent readers to a
   * database busy with the ingest thousands of times, for data a second newer at most.
   */
  bumpSoon(): void {
    const wait = this.jobLagMs - (performance.now() - this.bumpedAt);
    if (wait <= 0) return this.softBump();
    this.soon ??= setTimeout(() => this.softBump(), wait).unref();
  }

  private softBump(): void {
    if (this.soon) clearTimeout(this.soon);
    this.soon = null;
    this.bumpedAt = performance.now();
    this.v++;
  }

  /**
   * A fresh entry is a hit. Otherwise one request computes the answer (`land`) — single flight: requests
   * for the same key at the same version wait for it (`wait`) instead of reading the store again, or, when
   * an answer read since the last hard bump and at most `staleMs` old is at hand, get that one at once
   * (`hit`, stale). `land` must be called once, with the answer or with null when there is none to share
   * (a 404, an error): the waiters then compute their own.
   */
  lookup(key: string): Lookup {
    const now = performance.now();
    const e = this.entries.get(key);
    if (e && e.version === this.v && now - e.at <= this.ttlMs) {
      // Refresh recency (Map keeps insertion order: the first key is the least recently used).
      this.entries.delete(key);
      this.entries.set(key, e);
      return { hit: e, stale: false };
    }
    const f = this.flights.get(key);
    if (f && f.version === this.v) {
      if (e && e.version >= this.hardV && now - e.at <= this.staleMs) return { hit: e, stale: true };
      return { wait: f.answer };
    }
    return { land: this.fly(key) };
  }

  private fly(key: string): (answer: CachedResponse | null) => void {
    let settle!: (r: CachedResponse | null) => void;
    const answer = new Promise<CachedResponse | null>((r) => (settle = r));
    const flight: Flight = { version: this.v, answer };
    this.flights.set(key, flight);
    let landed = false;
    return (r) => {
      if (landed) return;
      landed = true;
      if (this.flights.get(key) === flight) this.flights.delete(key);
      settle(r);
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

  /**
   * Keeps a body read at data `version` unless a hard bump came after it or a newer one is kept. Returns
   * the entry either way (the request's waiters get it).
   */
  set(key: string, payload: Buffer, etag: string, contentType: string, version: number): CachedResponse {
    const e: CachedResponse = { payload, etag, contentType, version, at: performance.now() };
    const kept = this.entries.get(key);
    if (version < this.hardV || (kept && kept.version > version)) return e;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, e);
    return e;
  }
}
