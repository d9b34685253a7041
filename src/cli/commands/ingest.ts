// Document commands: `dossier ingest` stores documents and what is extracted from them; `dossier extract`
// prints what would be extracted from one file, storing nothing.
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import { SourceKind } from '../../model/index.ts';
import {
  exitCodeForSummary,
  extractFile,
  ingestPaths,
  loadGazetteer,
  maxBytesFromEnv,
  type FileResult,
  type IngestSummary,
} from '../../ingest/index.ts';
import { renderTable } from '../../util/table.ts';
import { printJson, withStore } from '../context.ts';

interface ReadFlags {
  maxSize?: number;
  encoding?: string;
}

function parseKind(v: string): SourceKind {
  const r = SourceKind.safeParse(v);
  if (!r.success) throw new InvalidArgumentError(`expected one of ${SourceKind.options.join(', ')}`);
  return r.data;
}

function parseMb(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a size in MB, e.g. 20');
  return n;
}

const readOptions = (o: ReadFlags) => ({
  maxBytes: o.maxSize ? Math.round(o.maxSize * 1024 * 1024) : maxBytesFromEnv(),
  encoding: o.encoding,
});

export function registerIngest(program: Command): Command {
  return program
    .command('ingest')
    .description('store documents (.txt, .md, .html, .pdf; folders recursively) with their mentions, proposed claims and demands')
    .argument('<paths...>', 'files or folders')
    .option('--kind <kind>', `kind of source: ${SourceKind.options.join(', ')}`, parseKind, 'news')
    .option('--max-size <MB>', 'largest file accepted, in MB (default 20, or $DOSSIER_MAX_DOC_MB)', parseMb)
    .option('--encoding <name>', 'encoding of .txt/.md files that are not UTF-8 (e.g. windows-1252)')
    .option('--json', 'print JSON')
    .action(async (paths: string[], opts: ReadFlags & { kind: SourceKind; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const progress = progressReporter();
        let summary: IngestSummary;
        try {
          summary = await ingestPaths(db, paths, { ...readOptions(opts), kind: opts.kind, onProgress: progress.update });
        } finally {
          progress.stop();
        }
        if (opts.json) {
          printJson(summary);
          for (const f of summary.failures) process.stderr.write(`dossier: ${f.error}\n`);
        } else process.stdout.write(renderSummary(summary));
        process.exitCode = exitCodeForSummary(summary);
      });
    });
}

export function registerExtract(program: Command): Command {
  return program
    .command('extract')
    .description('print what would be extracted from a document (mentions, dates, claims, demands), storing nothing')
    .argument('<file>', 'a .txt, .md, .html or .pdf file')
    .option('--max-size <MB>', 'largest file accepted, in MB (default 20, or $DOSSIER_MAX_DOC_MB)', parseMb)
    .option('--encoding <name>', 'encoding of .txt/.md files that are not UTF-8')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: ReadFlags & { json?: boolean }, cmd: Command) => {
      const gazetteer = await withStore(cmd, (db) => loadGazetteer(db));
      const { document, extraction } = await extractFile(file, gazetteer, readOptions(opts));
      const { text: _text, ...meta } = document;
      const out = { file: basename(file), document: meta, ...extraction };
      if (opts.json) {
        printJson(out);
        return;
      }
      const lines = [
        `${document.title} (${document.format}, ${document.text.length} characters)`,
        `organisations: ${extraction.organisations.join('; ') || '-'}`,
        `people: ${extraction.people.join('; ') || '-'}`,
        `places: ${extraction.places.join('; ') || '-'}`,
        `mentions: ${extraction.mentions.length} (${extraction.mentions.filter((m) => !m.known).length} unknown names)`,
        `claims: ${extraction.claims.length}, demands: ${extraction.demands.length}`,
      ];
      for (const c of extraction.claims) {
        const obj = 'literal' in c.object ? c.object.literal : c.object.name;
        lines.push(`  ${c.subject.name} ${c.predicate} ${obj} — per ${c.claimant.name}: "${c.quote}"`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

/** A bar on a terminal; elsewhere a line every 5 seconds and at the end. Always on stderr. */
function progressReporter() {
  let bar: cliProgress.SingleBar | null = null;
  let lastLine = 0;
  const counts = { ingested: 0, unchanged: 0, failed: 0 };
  return {
    update(done: number, total: number, last: FileResult) {
      counts[last.status]++;
      if (total < 2) return;
      if (process.stderr.isTTY) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { format: 'ingest [{bar}] {value}/{total} files | {eta_formatted} left | {ingested} new, {unchanged} unchanged, {failed} failed', stream: process.stderr },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0, counts);
        }
        bar.update(done, counts);
        return;
      }
      const now = Date.now();
      if (now - lastLine >= 5000 || done === total) {
        lastLine = now;
        process.stderr.write(
          `ingest: ${done}/${total} files (${Math.floor((100 * done) / total)}%): ${counts.ingested} new, ${counts.unchanged} unchanged, ${counts.failed} failed\n`,
        );
      }
    },
    stop() {
      bar?.stop();
    },
  };
}

/** A row per file for up to 50 files; beyond that the totals and the failures. */
function renderSummary(s: IngestSummary): string {
  const rows = (s.files.length <= 50 ? s.files : []).map((f) => [
    f.file,
    f.status,
    f.mentions ?? '',
    f.unknown_names ?? '',
    f.claims ?? '',
    f.demands ?? '',
  ]);
  const out = [
    ...(rows.length ? [renderTable(['file', 'status', 'mentions', 'unknown names', 'claims', 'demands'], rows)] : []),
    `ingested ${s.ingested}, unchanged ${s.unchanged}, failed ${s.failed}${s.skipped.length ? `, skipped ${s.skipped.length} (not .txt/.md/.html/.pdf)` : ''}`,
  ];
  if (s.failures.length) out.push('failures:', ...s.failures.map((f) => `  ${f.error}`));
  return `${out.join('\n')}\n`;
}
