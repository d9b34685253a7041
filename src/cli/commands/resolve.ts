// `dossier resolve`: link store entities to list entries and propose merges (src/resolve/entities.ts).
import type { Command } from 'commander';
import { LINK_THRESHOLD, MERGE_THRESHOLD, resolveEntities } from '../../resolve/index.ts';
import { printJson, withStore } from '../context.ts';

export function register(program: Command): Command {
  return program
    .command('resolve')
    .description(`link entities to list entries (score ≥ ${LINK_THRESHOLD}) and propose merges between entities (≥ ${MERGE_THRESHOLD})`)
    .option('--dry-run', 'show what would be linked and proposed, write nothing')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean; dryRun?: boolean }, cmd: Command) => {
      const r = await withStore(cmd, (db) => resolveEntities(db, { actor: 'cli', write: !o.dryRun }));
      if (o.json) return printJson(r);
      const lines = o.dryRun
        ? [`${r.links.length} list links, ${r.merges.length} merge proposals (dry run: nothing written)`]
        : [`${r.links.length} list links (${r.links.filter((l) => l.new).length} new), ${r.merges.length} merge proposals (${r.merges.filter((m) => m.new).length} new)`];
      for (const l of r.links) lines.push(`link  ${l.score.toFixed(3)}  ${l.entity_name} → ${l.list} ${l.id} ${l.entry_name} (via "${l.alias}" ↔ "${l.matched_alias}")${l.ambiguous ? ' [ambiguous: not linked]' : l.new ? '' : ' [known]'}`);
      for (const m of r.merges) lines.push(`merge ${m.score.toFixed(3)}  ${m.id}  keep "${m.kept_name}", merge "${m.merged_name}" (via "${m.explanation.kept_alias}" ↔ "${m.explanation.merged_alias}")${m.new ? '' : ' [known]'}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
