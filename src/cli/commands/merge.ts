// `dossier merge list|accept|reject|undo`: review merge proposals (src/resolve/entities.ts).
import type { Command } from 'commander';
import { acceptMerge, listMerges, rejectMerge, undoMerge, type MergeDecisionRow } from '../../resolve/index.ts';
import { printJson, withStore } from '../context.ts';

interface Opts {
  json?: boolean;
  by?: string;
  note?: string;
}

function show(d: MergeDecisionRow, o: Opts) {
  if (o.json) printJson(d);
  else process.stdout.write(`merge ${d.id}: ${d.status} (kept ${d.kept_id}, merged ${d.merged_id}, version ${d.version})\n`);
}

export function register(program: Command): Command {
  const merge = program.command('merge').description('review proposed merges between entities: list, accept, reject, undo');
  merge
    .command('list')
    .option('--status <status>', 'proposed | accepted | rejected | undone')
    .option('--json', 'print JSON')
    .action(async (o: Opts & { status?: string }, cmd: Command) => {
      const rows = await withStore(cmd, (db) => listMerges(db, o.status));
      if (o.json) return printJson(rows);
      const lines = rows.map((r) => `${r.id}  ${r.status.padEnd(8)}  ${(r.score ?? 0).toFixed(3)}  keep "${String(r.kept_name)}", merge "${String(r.merged_name)}"`);
      process.stdout.write(`${lines.length ? lines.join('\n') : 'no merge decisions'}\n`);
    });
  for (const [verb, fn] of [
    ['accept', acceptMerge],
    ['reject', rejectMerge],
    ['undo', undoMerge],
  ] as const) {
    merge
      .command(verb)
      .argument('<id>', 'merge decision id')
      .option('--by <name>', 'who decides (written to the audit log)', 'cli')
      .option('--note <text>', 'why')
      .option('--json', 'print JSON')
      .action(async (id: string, o: Opts, cmd: Command) => {
        const d = await withStore(cmd, (db) => fn(db, id, { actor: o.by, note: o.note }));
        show(d, o);
      });
  }
  return merge;
}
