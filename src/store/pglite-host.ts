// The worker thread that hosts PGlite (started by openPglite in db.ts). PGlite is PostgreSQL compiled to
// WASM and runs every statement synchronously in its thread; here that thread is this worker, so the
// caller's event loop never waits on a statement. Requests arrive as messages and each gets one reply.
// A transaction is a PGlite transaction held open here until its `end` arrives; PGlite makes every other
// statement wait for it, as it would in one thread.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import type { HostError, HostReply, HostRequest } from './pglite-protocol.ts';

const port = parentPort!;
const { dataDir } = workerData as { dataDir: string | undefined };

/** Own fields of an error (code, detail, constraint, position… on a PostgreSQL error), cloneable. */
function describe(err: unknown): HostError {
  if (!(err instanceof Error)) return { message: String(err), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(err)) if (typeof v === 'string' || typeof v === 'number') fields[k] = v;
  return { message: err.message, fields };
}

/** Thrown inside a held transaction to make PGlite roll it back. */
class Rollback extends Error {}

interface Held {
  tx: Transaction;
  end: (commit: boolean) => void;
}

const held = new Map<number, Held>();
let nextTx = 1;
let db: PGlite;

/** Serves one client: the thread that started this worker, or another thread given a port (`connect`). */
function serve(client: MessagePort | typeof port): void {
  const owned = new Set<number>();
  client.on('message', (req: HostRequest) => void handle(req, (r) => client.postMessage(r), owned));
  // A client gone mid-transaction (its thread ended, its link closed) must not hold the engine forever.
  client.on('close', () => {
    for (const tx of owned) held.get(tx)?.end(false);
  });
}

async function handle(req: HostRequest, reply: (r: HostReply) => void, owned: Set<number>): Promise<void> {
  const id = req.id;
  try {
    switch (req.op) {
      case 'query': {
        const q = req.tx === undefined ? db : heldTx(req.tx).tx;
        const r = await q.query(req.sql, req.params);
        return reply({ id, ok: true, rows: r.rows as Record<string, unknown>[] });
      }
      case 'exec': {
        const q = req.tx === undefined ? db : heldTx(req.tx).tx;
        await q.exec(req.sql);
        return reply({ id, ok: true });
      }
      case 'copy': {
        await db.transaction(async (tx) => {
          for (const c of req.copies) await tx.query(c.sql, [], { blob: new Blob([c.data]) });
        });
        return reply({ id, ok: true });
      }
      case 'begin': {
        const txId = nextTx++;
        let opened = false;
        const done = db
          .transaction(async (tx) => {
            const commit = await new Promise<boolean>((end) => {
              held.set(txId, { tx, end });
              owned.add(txId);
              opened = true;
              reply({ id, ok: true, tx: txId });
            });
            if (!commit) throw new Rollback();
          })
          .finally(() => {
            held.delete(txId);
            owned.delete(txId);
          });
        // The reply to `end` (commit or rollback) is sent from the `end` handler once `done` settles.
        ends.set(txId, done);
        await done.catch((err: unknown) => {
          if (!opened) reply({ id, ok: false, error: describe(err) }); // BEGIN itself failed
        });
        return;
      }
      case 'end': {
        const h = heldTx(req.tx);
        const done = ends.get(req.tx)!;
        h.end(req.commit);
        try {
          await done;
        } catch (err) {
          if (!(err instanceof Rollback)) throw err;
        } finally {
          ends.delete(req.tx);
        }
        return reply({ id, ok: true });
      }
      case 'connect': {
        serve(req.port);
        return reply({ id, ok: true });
      }
      case 'close': {
        await db.close();
        reply({ id, ok: true });
        port.close();
        return;
      }
    }
  } catch (err) {
    reply({ id, ok: false, error: describe(err) });
  }
}

const ends = new Map<number, Promise<void>>();

function heldTx(tx: number): Held {
  const h = held.get(tx);
  if (!h) throw new Error(`transaction ${tx} is not open`);
  return h;
}

try {
  db = await PGlite.create({ dataDir, extensions: { pg_trgm, fuzzystrmatch } });
  serve(port);
  port.postMessage({ id: 0, ok: true } satisfies HostReply);
} catch (err) {
  port.postMessage({ id: 0, ok: false, error: describe(err) } satisfies HostReply);
}
