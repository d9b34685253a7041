// Accountability commands: an actor's timeline of measures and demands, and the gap report.
import type { Command } from 'commander';
import { actorTimeline, gapJsonRows, gapReport } from '../../measures/index.ts';
import { renderTable } from '../../util/table.ts';
import { printJson, withStore } from '../context.ts';

const out = (s: string) => process.stdout.write(`${s}\n`);
const srcs = (xs: Array<{ title: string | null; source_id: string | null; reliability: string | null }>) =>
  xs.map((s) => `${s.title ?? s.source_id ?? '—'}${s.reliability ? ` [${s.reliability}]` : ''}`).join('; ');

export function registerTimeline(program: Command): Command {
  return program
    .command('timeline')
    .description("an actor's measures (by authority, start and end) and the demands against it, in date order")
    .requiredOption('--actor <actor>', 'entity id, reference slug (org-…) or name/alias')
    .option('--json', 'print JSON')
    .action(async (opts: { actor: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const t = await actorTimeline(db, opts.actor);
        if (opts.json) return printJson(t);
        out(`${t.actor.name} (${t.actor.kind}, ${t.actor.id})`);
        out(renderTable(['date', 'what', 'authority', 'kind', 'detail', 'status', 'sources'], t.items.map((i) => [i.date, i.type, i.authority, i.measure_kind, i.detail, i.status, srcs(i.sources)])));
      });
    });
}

export function registerGaps(program: Command): Command {
  return program
    .command('gaps')
    .description('per actor and authority: which measures are in force, ended, or were never taken — each cell with its source')
    .option('--actor <actor>', 'entity id, reference slug or name/alias (default: every actor with a measure or a demand)')
    .option('--json', 'print JSON rows {actor, authority, measure_kind, status, start, end, sources}')
    .action(async (opts: { actor?: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const r = await gapReport(db, { actor: opts.actor });
        if (opts.json) return printJson(gapJsonRows(r));
        for (const a of r.actors) {
          out(`\n${a.actor.name}`);
          out(renderTable(['authority', 'measure', 'status', 'since', 'until', 'sources'], a.rows.map((x) => [x.authority, x.measure_kind, x.status, x.start, x.end, srcs(x.sources)])));
        }
        if (r.demands.length) {
          out('\nDemands');
          out(renderTable(['demand', 'kind', 'status', 'answered by'], r.demands.map((d) => [d.quote.length > 70 ? `${d.quote.slice(0, 69)}…` : d.quote, d.measure_kind, d.status, d.answered_by.map((x) => `${x.authority} (${x.actor}): ${x.status}`).join('; ') || 'nothing'])));
        }
      });
    });
}
