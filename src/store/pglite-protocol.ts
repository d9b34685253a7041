// The messages between a PGlite client (db.ts, any thread) and the worker hosting PGlite (pglite-host.ts).
import type { MessagePort } from 'node:worker_threads';

// Every request carries an id; the host answers each with exactly one reply bearing that id (id 0: ready).

export type HostRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  /** Runs `COPY … FROM '/dev/blob'` statements, each reading its `data`, in one transaction of their own. */
  | { id: number; op: 'copy'; copies: CopyIn[] }
  /** Opens a transaction; the reply carries its number, which later statements and `end` name. */
  | { id: number; op: 'begin' }
  /** Commits (or rolls back) a transaction; the reply comes once it has. */
  | { id: number; op: 'end'; tx: number; commit: boolean }
  /** Serves another client (a thread of the caller's choosing) on `port`, transferred with the message. */
  | { id: number; op: 'connect'; port: MessagePort }
  /** Closes PGlite and ends the host, for every client. */
  | { id: number; op: 'close' };

/** One COPY statement (`COPY table (columns) FROM '/dev/blob'`) and the rows it reads, in COPY's text format (UTF-8). */
export interface CopyIn {
  sql: string;
  data: Uint8Array<ArrayBuffer>;
}

/** An error as it crosses the thread boundary: its message and own fields (code, detail, constraint…). */
export interface HostError {
  message: string;
  fields: Record<string, string | number>;
}

export type HostReply =
  | { id: number; ok: true; rows?: Record<string, unknown>[]; tx?: number }
  | { id: number; ok: false; error: HostError };
