// The job kinds the server runs. Each calls its capability's front door; add one as a capability lands.
// Every kind that writes (and so ends in a verification refresh) runs its work in a worker thread
// (runInWorker, worker-tasks.ts): the server's thread only parks uploads and relays progress.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DossierError, type ListId, type SourceKind } from '../model/index.ts';
import type { JobQueue } from './jobs.ts';
import { runInWorker } from './worker-job.ts';

export function registerJobKinds(jobs: JobQueue): void {
  jobs.register('import-reference', async (_input, ctx) => {
    ctx.progress(0, 1, 'importing the bundled reference data');
    const summary = await runInWorker(ctx, 'import-reference', {});
    ctx.progress(1, 1, 'done');
    return { ...summary };
  });

  jobs.register('import-list', async (input, ctx) => {
    const { name, list, partial, bytes } = input as { name: string; list?: ListId; partial?: boolean; bytes: Buffer };
    // The importer reads files (and detects the format from the content): park the upload in a private
    // temporary folder, under its own base name, and remove it afterwards.
    const dir = mkdtempSync(join(tmpdir(), 'dossier-upload-'));
    try {
      const path = join(dir, basename(name));
      writeFileSync(path, bytes, { mode: 0o600 });
      ctx.progress(0, null, `importing ${basename(name)}`);
      // Parse, import and the refresh that follows (list entries → designation measures; official records
      // vs claims), all in the worker thread.
      const { added_refs, removed_refs, ...rest } = await runInWorker(ctx, 'import-list', { path, list, partial });
      ctx.progress(rest.entries, rest.entries, 'done');
      return { ...rest, added_refs: added_refs.slice(0, 100), removed_refs: removed_refs.slice(0, 100) };
    } catch (err) {
      // Name the file as the client sent it, never the server's temporary path.
      if (err instanceof DossierError) {
        const msg = err.message.split(dir + '/').join('');
        throw new DossierError(err.code, msg, { ...err.where, file: basename(name) }, { cause: err });
      }
      throw err;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  jobs.register('refresh', async (input, ctx) => {
    const { full } = input as { full?: boolean };
    ctx.progress(0, 1, full ? 'recomputing the verification of every claim' : 'refreshing the verification');
    const summary = await runInWorker(ctx, 'refresh', { full });
    ctx.progress(1, 1, 'done');
    return { ...summary };
  });

  jobs.register('import-bundled-lists', async (_input, ctx) => {
    const results = await runInWorker(ctx, 'import-bundled-lists', {});
    return {
      files: results.map(({ file, list, version, entries, added, updated, removed, already_imported }) => ({
        file, list, version, entries, added, updated, removed, already_imported,
      })),
    };
  });

  jobs.register('ingest-document', async (input, ctx) => {
    const { name, kind, bytes } = input as { name: string; kind: SourceKind; bytes: Buffer };
    // The ingest reads files (the extension picks the reader): park the upload in a private temporary
    // folder under its own base name, and remove it afterwards.
    const dir = mkdtempSync(join(tmpdir(), 'dossier-upload-'));
    const file = basename(name);
    const hide = (text: string) => text.split(dir + '/').join('');
    try {
      const path = join(dir, file);
      writeFileSync(path, bytes, { mode: 0o600 });
      ctx.progress(0, 1, `ingesting ${file}`);
      const r = await runInWorker(ctx, 'ingest', { paths: [path], kind });
      const f = r.files[0];
      if (r.failed > 0 || !f) throw new DossierError('bad_input', hide(r.failures[0]?.error ?? `${file}: not ingested`), { file });
      ctx.progress(1, 1, 'done');
      const { file: _path, error: _e, code: _c, ...rest } = f;
      return { file, ...rest };
    } catch (err) {
      // Name the file as the client sent it, never the server's temporary path.
      if (err instanceof DossierError) throw new DossierError(err.code, hide(err.message), { ...err.where, file }, { cause: err });
      throw err;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
