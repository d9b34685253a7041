// `dossier screen "<name>"` and `dossier screen --csv in.csv --out out.csv`: names against the list entries
// in the store, ranked, each match with its explanation. Logic lives in src/resolve (screen, screenBatch).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import cliProgress from 'cli-progress';
import { DossierError } from '../../model/errors.ts';
import { DEFAULT_LIMIT, DEFAULT_THRESHOLD, explainText, screen, screenBatch, type BatchItem, type ScreenOptions, type ScreenResult } from '../../resolve/index.ts';
import { printJson, withStore } from '../context.ts';

interface Opts {
  kind?: 'person' | 'organization';
  lists?: string;
  limit?: string;
  threshold?: string;
  json?: boolean;
  csv?: string;
  out?: string;
  candidates?: string;
}

function num(v: string | undefined, field: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new DossierError('bad_input', `--${field} must be a number, got "${v}"`, { field });
  return n;
}

export function register(program: Command): Command {
  return program
    .command('screen')
    .description(`screen a name against the imported lists (matches at or above --threshold, default ${DEFAULT_THRESHOLD})`)
    .argument('[name]', 'the name to screen')
    .option('--kind <kind>', 'person | organization')
    .option('--lists <lists>', 'comma-separated: un,ofac,eu,uk,uapa,opensanctions (default: all)')
    .option('--limit <n>', `at most this many matches per name (default ${DEFAULT_LIMIT})`)
    .option('--threshold <x>', `lowest score reported, 0..1 (default ${DEFAULT_THRESHOLD})`)
    .option('--candidates <path>', 'auto (key index, then trigram index if nothing found) | both | keys | trigram', 'auto')
    .option('--csv <file>', 'screen every name of a CSV file (column "name", optional "kind")')
    .option('--out <file>', 'with --csv: write the matches to this CSV file (written atomically)')
    .option('--json', 'print JSON')
    .action(async (name: string | undefined, o: Opts, cmd: Command) => {
      const opts = {
        kind: o.kind,
        lists: o.lists ? o.lists.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
        limit: num(o.limit, 'limit'),
        threshold: num(o.threshold, 'threshold'),
        candidates: o.candidates as ScreenOptions['candidates'],
      };
      if (o.csv) {
        if (name) throw new DossierError('bad_input', 'give either a name or --csv, not both');
        const items = readBatch(o.csv);
        const results = await withStore(cmd, async (db) => {
          const bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'screening [{bar}] {value}/{total} names | {duration}s' }, cliProgress.Presets.shades_classic);
          bar.start(items.length, 0);
          try {
            return await screenBatch(db, items, opts, (done) => bar.update(done));
          } finally {
            bar.stop();
          }
        });
        if (o.out) {
          writeAtomic(o.out, toCsv(results));
          process.stderr.write(`${results.length} names screened, ${results.filter((r) => r.matches.length).length} with a match → ${o.out}\n`);
        } else if (o.json) printJson(results);
        else process.stdout.write(toCsv(results));
        return;
      }
      if (!name) throw new DossierError('bad_input', 'give a name to screen, or --csv <file>');
      const r = await withStore(cmd, (db) => screen(db, name, opts));
      if (o.json) printJson(r);
      else process.stdout.write(renderText(r));
    });
}

export function renderText(r: ScreenResult): string {
  const lines = [`Screening "${r.query}" (threshold ${r.threshold}): ${r.matches.length ? `${r.matches.length} match${r.matches.length > 1 ? 'es' : ''}` : 'no match'}`];
  r.matches.forEach((m, i) => {
    lines.push(`${i + 1}. ${m.score.toFixed(3)}  ${m.list} ${m.id}  ${m.name}`);
    lines.push(`   matched ${m.alias_type} "${m.matched_alias}"${m.alias_quality === 'weak' ? ' (weak alias)' : ''}${m.alias_form !== 'whole name' ? `, ${m.alias_form}` : ''}`);
    for (const l of explainText(m.explanation)) lines.push(`     ${l}`);
  });
  return `${lines.join('\n')}\n`;
}

function readBatch(file: string): BatchItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DossierError('bad_input', `cannot read ${file}: ${(err as Error).message}`, { file });
  }
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new DossierError('bad_input', `broken CSV: ${e.message}`, { file, line: e.lines });
  }
  if (!rows.length) return [];
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const hasHeader = header.includes('name') || header.includes('query');
  const ni = hasHeader ? Math.max(header.indexOf('name'), header.indexOf('query')) : 0;
  const ki = hasHeader ? header.indexOf('kind') : -1;
  return rows.slice(hasHeader ? 1 : 0).map((r, i) => {
    const kind = ki >= 0 ? (r[ki] ?? '').trim() : '';
    if (kind && kind !== 'person' && kind !== 'organization') throw new DossierError('bad_input', `kind must be person or organization, got "${kind}"`, { file, line: i + (hasHeader ? 2 : 1), field: 'kind' });
    return { query: r[ni] ?? '', kind: (kind || undefined) as BatchItem['kind'] };
  });
}

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function toCsv(results: ScreenResult[]): string {
  const out = [['query', 'rank', 'list', 'id', 'name', 'matched_alias', 'score', 'explanation'].join(',')];
  for (const r of results) {
    if (!r.matches.length) out.push([r.query, '', '', '', '', '', '', 'no match'].map(cell).join(','));
    r.matches.forEach((m, i) => out.push([r.query, i + 1, m.list, m.id, m.name, m.matched_alias, m.score.toFixed(3), explainText(m.explanation).join('; ')].map(cell).join(',')));
  }
  return `${out.join('\n')}\n`;
}

function writeAtomic(file: string, content: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new DossierError('bad_input', `cannot write ${file}: ${(err as Error).message}`, { file });
  }
}
