// `dossier lists`: import official list files and show what is imported.
import { Option, type Command } from 'commander';
import { LIST_IDS } from '../../model/index.ts';
import { getListEntry, importBundledLists, importList, listSummaries, type ImportResult } from '../../lists/index.ts';
import { refreshVerification } from '../../verify/index.ts';
import { renderTable } from '../../util/table.ts';
import { printJson, withStore } from '../context.ts';

const short = (r: ImportResult) => {
  const { added_refs: _a, removed_refs: _r, ...rest } = r;
  return rest;
};

function describeImport(file: string, r: ImportResult): string {
  if (r.already_imported) return `${file}: already imported as version ${r.version} (${r.entries} entries) — nothing changed\n`;
  const what = r.partial ? 'partial version (merged; delists nothing)' : 'version';
  return (
    `${file}: list ${r.list} (${r.feed}, ${r.format}) ${what} ${r.version}, published ${r.published ?? 'not stated'}\n` +
    `  ${r.entries} entries: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed` +
    (r.removed ? ` (${r.removed_refs.slice(0, 10).join(', ')}${r.removed > 10 ? ', …' : ''})` : '') +
    '\n'
  );
}

/** `--json` after a subcommand may be taken by the parent `lists --json`: honour it either way. */
const wantsJson = (cmd: Command) => Boolean(cmd.optsWithGlobals<{ json?: boolean }>().json);

export function registerLists(program: Command): Command {
  const lists = program
    .command('lists')
    .description('official sanctions and designation lists: import, versions, entries')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const summaries = await listSummaries(db);
        if (opts.json) return printJson(summaries);
        if (summaries.length === 0) return void process.stdout.write('no list imported yet (dossier lists import <file> | dossier lists import --bundled)\n');
        const rows = summaries.flatMap((s) =>
          s.versions.map((v) => [s.list, v.feed, v.published, v.partial ? 'partial' : 'whole', v.entry_count, v.added, v.updated, v.removed, v.file_name, v.id.slice(0, 8)]),
        );
        process.stdout.write(`${renderTable(['list', 'feed', 'published', 'scope', 'entries', 'added', 'updated', 'removed', 'file', 'version'], rows)}\n\n`);
        process.stdout.write(
          `${renderTable(['list', 'entries in force', 'delisted', 'names'], summaries.map((s) => [s.list, s.entries, s.delisted, s.names]))}\n`,
        );
      });
    });

  lists
    .command('import')
    .description('import a list file (an OFAC CSV set: its directory, sdn.csv or alt.csv) as a new version; format detected unless --list')
    .argument('[path]', 'list file or directory')
    .addOption(new Option('--list <list>', 'the list the file must belong to').choices(LIST_IDS))
    .option('--bundled', 'import every list bundled in data/lists')
    .option('--partial', 'treat the file as part of a list: merge, delist nothing')
    .option('--whole', 'treat the file as a whole list: entries missing from it are delisted')
    .option('--json', 'print JSON')
    .action(async (path: string | undefined, opts: { list?: string; bundled?: boolean; partial?: boolean; whole?: boolean; json?: boolean }, cmd: Command) => {
      opts.json ||= wantsJson(cmd);
      if (!path && !opts.bundled) cmd.error('error: give a list file or directory, or --bundled', { exitCode: 2 });
      await withStore(cmd, async (db) => {
        if (opts.bundled) {
          const results = await importBundledLists(db, (p) => {
            if (p.result && !opts.json) process.stdout.write(describeImport(p.file, p.result));
          });
          if (opts.json) printJson(results.map(short));
          return;
        }
        const partial = opts.partial ? true : opts.whole ? false : undefined;
        const r = await importList(db, path!, { list: opts.list as never, partial });
        await refreshVerification(db); // list entries → designation measures; official records vs claims
        if (opts.json) printJson(r);
        else process.stdout.write(describeImport(path!, r));
      });
    });

  lists
    .command('show')
    .description('one list entry with every name, its programmes and the details the list gives')
    .argument('<list>', `one of ${LIST_IDS.join(', ')}`)
    .argument('<ref>', "the list's own reference, e.g. QDe.118, 7140, AFG0003, FS-5")
    .option('--json', 'print JSON')
    .action(async (list: string, ref: string, opts: { json?: boolean }, cmd: Command) => {
      opts.json ||= wantsJson(cmd);
      await withStore(cmd, async (db) => {
        const e = await getListEntry(db, list, ref);
        if (opts.json) return printJson(e);
        const out = [
          `${e.list} ${e.list_ref}: ${e.primary_name} (${e.kind})${e.delisted_in ? ` — DELISTED in version ${e.delisted_in}` : ''}`,
          `programmes: ${e.programmes.join(', ') || '—'}   listed on: ${e.listed_on ?? '—'}   feed: ${e.feed ?? '—'}`,
          '',
          renderTable(['name', 'type', 'quality', 'lang'], e.names.map((n) => [n.name, n.type, n.quality, n.lang])),
          '',
          'details (as the list gives them; shown, never scored):',
          ...Object.entries(e.details).map(([k, v]) => `  ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`),
        ];
        if (e.remarks) out.push('', `remarks: ${e.remarks}`);
        process.stdout.write(`${out.join('\n')}\n`);
      });
    });
  return lists;
}
