// The job kinds the server runs. Each calls its capability's front door; add one as a capability lands.
import { importReference } from '../reference/index.ts';
import type { JobQueue } from './jobs.ts';

export function registerJobKinds(jobs: JobQueue): void {
  jobs.register('import-reference', async (_input, ctx) => {
    ctx.progress(0, 1, 'importing the bundled reference data');
    const summary = await importReference(ctx.db);
    ctx.progress(1, 1, 'done');
    return { ...summary };
  });
}
