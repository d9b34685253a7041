// The job kinds the server runs. Each calls its capability's front door; add one as a capability lands.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ingestPaths } from '../ingest/index.ts';
import { importBundledLists, importList } from '../lists/index.ts';
import { DossierError, type ListId, type SourceKind } from '../model/index.ts';
import { importReference } from '../reference/index.ts';
import { refreshVerification } from '../verify/index.ts';
import type { JobQueue } from './jobs.ts';

export function registerJobKinds(jobs: JobQueue): void {
  jobs.register('import-reference', async (_input, ctx) => {
    ctx.progress(0, 1, 'importing the bundled reference data');
    const summary = await importReference(ctx.db);
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
      const r = await importList(ctx.db, path, {
        list,
        partial,
        onProgress: (p) => ctx.progress(p.entries, null, `${p.entries} entries read`),
      });
      await refreshVerification(ctx.db); // list entries → designation measures; official records vs claims
      const { added_refs, removed_refs, ...rest } = r;
      ctx.progress(r.entries, r.entries, 'done');
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

  jobs.register('import-bundled-lists', async (_input, ctx) => {
    const results = await importBundledLists(ctx.db, (p) => {
      ctx.progress(p.result ? p.index + 1 : p.index, p.total, p.file);
    });
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
      const r = await ingestPaths(ctx.db, [path], { kind });
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
