// Ingest as a server job runs in a worker thread of its own that reaches the server's database through
// db.share(): the documents land in that database, progress is reported per file, bad input fails the job.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReference } from '../src/reference/index.ts';
import { ingestInWorker } from '../src/server/worker-job.ts';
import { JobQueue } from '../src/server/jobs.ts';
import { ENGINES, freshStore, type TestStore } from './helpers/engines.ts';

describe.each(ENGINES)('ingest in a worker thread (%s)', (engine) => {
  let s: TestStore;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-job-'));
  beforeAll(async () => {
    s = await freshStore(engine);
    await importReference(s.db);
    writeFileSync(join(dir, 'a.txt'), 'Title: One\n\nLashkar-e-Taiba claimed responsibility for the attack in Mumbai on 26 November 2008.\n');
    writeFileSync(join(dir, 'b.txt'), 'Title: Two\n\nThe United Nations listed Lashkar-e-Taiba in 2005.\n');
  });
  afterAll(async () => {
    await s.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the documents in the server\'s database and reports each file as progress', async () => {
    const jobs = new JobQueue(s.db);
    const seen: number[] = [];
    jobs.register('ingest', async (_input, ctx) => {
      const r = await ingestInWorker({ ...ctx, progress: (done, total) => (seen.push(done), ctx.progress(done, total)) }, [dir], { kind: 'news' });
      return { ingested: r.ingested, failed: r.failed };
    });
    const job = jobs.submit('ingest', {});
    await jobs.idle();
    expect(jobs.get(job.id)).toMatchObject({ status: 'succeeded', result: { ingested: 2, failed: 0 }, progress: { done: 2, total: 2 } });
    expect(seen).toEqual([1, 2]);
    const titles = await s.db.query<{ title: string }>(`SELECT title FROM sources WHERE title IN ('One', 'Two') ORDER BY title`);
    expect(titles).toEqual([{ title: 'One' }, { title: 'Two' }]);
  });

  it('fails the job with the DossierError the ingest threw, code and message intact', async () => {
    const jobs = new JobQueue(s.db);
    jobs.register('ingest', async (_input, ctx) => ({ ...(await ingestInWorker(ctx, [])) }));
    const job = jobs.submit('ingest', {});
    await jobs.idle();
    expect(jobs.get(job.id)).toMatchObject({ status: 'failed', error: { code: 'bad_input', detail: expect.stringContaining('nothing to ingest') } });
  });
});
