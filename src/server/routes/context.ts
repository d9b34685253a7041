// What every route module receives: the store and the job queue.
import type { FastifyReply } from 'fastify';
import type { Db } from '../../store/index.ts';
import type { JobQueue, JobView } from '../jobs.ts';

export interface RouteContext {
  db: Db;
  jobs: JobQueue;
  /** Computes a whole-store value once per data version (see ResponseCache.memo); computes anew when caching is off. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** A write queued as a job: 202 with the job, and where to poll it. */
export const queued = (reply: FastifyReply, job: JobView) => reply.code(202).header('location', `/api/jobs/${job.id}`).send(job);

/** The security requirement written on every write route (OpenAPI). */
export const BEARER = [{ bearer: [] }];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A POST that only reads (a screening batch): no bearer token needed, the response cache stays. */
    read?: boolean;
  }
}
