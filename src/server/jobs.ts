// Long work off the request path: a job queue with progress. Jobs run one at a time in the server process
// and report progress; GET /api/jobs/:id reads it. A handler keeps the event loop responsive by doing its
// parsing first (or in a worker thread) and writing through short transactions, yielding
// between them. The statements themselves never block the loop: PGlite runs in a worker thread (docs/store.md).
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Db } from '../store/index.ts';
import { DossierError } from '../model/index.ts';
import type { ProblemBody } from './problem.ts';
import { problem } from './problem.ts';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobProgress {
  done: number;
  total: number | null;
  message: string | null;
}

export interface JobView {
  id: string;
  kind: string;
  status: JobStatus;
  progress: JobProgress;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  result: Record<string, unknown> | null;
  error: ProblemBody | null;
}

export interface JobContext {
  db: Db;
  /** Report progress; cheap, call it as often as you like. */
  progress(done: number, total?: number | null, message?: string | null): void;
  /** Let the event loop serve requests: await it between batches. */
  yield(): Promise<void>;
}

export type JobHandler = (input: unknown, ctx: JobContext) => Promise<Record<string, unknown>>;

export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly jobs = new Map<string, JobView>();
  private readonly order: string[] = [];
  private readonly pending: Array<{ id: string; input: unknown }> = [];
  private running = false;
  private idleWaiters: Array<() => void> = [];
  private readonly listeners: Array<(ended: boolean) => void> = [];

  constructor(
    private readonly db: Db,
    private readonly keep = 1000,
  ) {}

  register(kind: string, handler: JobHandler): this {
    this.handlers.set(kind, handler);
    return this;
  }

  /**
   * Called whenever a job may have written to the store: at each progress report (`ended` false) and at
   * each job's end (`ended` true).
   */
  onChange(fn: (ended: boolean) => void): this {
    this.listeners.push(fn);
    return this;
  }

  private changed(ended: boolean): void {
    for (const fn of this.listeners) fn(ended);
  }

  kinds(): string[] {
    return [...this.handlers.keys()];
  }

  submit(kind: string, input: unknown): JobView {
    if (!this.handlers.has(kind)) throw new DossierError('bad_input', `no job kind ${kind}`, { field: 'kind' });
    const job: JobView = {
      id: randomUUID(),
      kind,
      status: 'queued',
      progress: { done: 0, total: null, message: null },
      created_at: new Date().toISOString(),
      started_at: null,
      finished_at: null,
      result: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    this.order.push(job.id);
    while (this.order.length > this.keep) this.jobs.delete(this.order.shift()!);
    this.pending.push({ id: job.id, input });
    void this.pump();
    return { ...job };
  }

  get(id: string): JobView {
    const job = this.jobs.get(id);
    if (!job) throw new DossierError('not_found', `no job ${id}`, { field: 'id' });
    return { ...job, progress: { ...job.progress } };
  }

  /** Jobs newest first. */
  list(): JobView[] {
    return [...this.order].reverse().map((id) => this.get(id));
  }

  /** Resolves when nothing is queued or running (tests, shutdown). */
  idle(): Promise<void> {
    if (!this.running && this.pending.length === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.pending.shift(); next; next = this.pending.shift()) {
        const job = this.jobs.get(next.id);
        if (!job) continue;
        await this.runOne(job, next.input);
      }
    } finally {
      this.running = false;
      const w = this.idleWaiters;
      this.idleWaiters = [];
      for (const r of w) r();
    }
  }

  private async runOne(job: JobView, input: unknown): Promise<void> {
    job.status = 'running';
    job.started_at = new Date().toISOString();
    const changed = () => this.changed(false);
    const ctx: JobContext = {
      db: this.db,
      progress(done, total, message) {
        job.progress = { done, total: total ?? job.progress.total, message: message ?? job.progress.message };
        changed();
      },
      yield: () => yieldToLoop(),
    };
    await yieldToLoop(); // answer the submitting request before the work starts
    try {
      job.result = await this.handlers.get(job.kind)!(input, ctx);
      job.status = 'succeeded';
    } catch (err) {
      job.status = 'failed';
      job.error =
        err instanceof DossierError
          ? problem(err.code, err.code === 'bad_input' ? 400 : 500, err.describe(), err.where?.field ? { field: err.where.field } : {})
          : problem('internal', 500, (err as Error).message ?? String(err));
    } finally {
      job.finished_at = new Date().toISOString();
      this.changed(true);
    }
  }
}
