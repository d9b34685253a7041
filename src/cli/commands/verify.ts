// Verification commands: contradictions, the review queue, source reliability, a claim's verdict, refresh.
import type { Command } from 'commander';
import { DossierError } from '../../model/index.ts';
import { renderTable } from '../../util/table.ts';
import {
  claimVerdict,
  listContradictions,
  listSources,
  rateSource,
  refreshVerification,
  reviewAct,
  reviewList,
  sourceRatings,
  type ContradictionSide,
  type ReviewType,
} from '../../verify/index.ts';
import { printJson, withStore } from '../context.ts';

const out = (s: string) => process.stdout.write(`${s}\n`);
const clip = (s: string | null | undefined, n = 90) => (!s ? '—' : s.length > n ? `${s.slice(0, n - 1)}…` : s);
const side = (s: ContradictionSide) =>
  `  ${s.statement}\n    source: ${s.source_title ?? '—'} [reliability ${s.reliability ?? '?'}]${s.quote ? `\n    quote: "${clip(s.quote, 200)}"` : ''}`;

export function registerContradictions(program: Command): Command {
  return program
    .command('contradictions')
    .description('disagreements between sources: denials, attributions, dates, places, casualty figures, official records')
    .option('--kind <kind>', 'only this kind (denial, attribution, date, place, casualties, official_record, disputed_by_evidence)')
    .option('--source <ref>', "only those where one side is this source (id or ref, e.g. src-oped-tice-singh)")
    .option('--all', 'include contradictions a reviewer rejected')
    .option('--json', 'print JSON')
    .action(async (opts: { kind?: string; source?: string; all?: boolean; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        let list = await listContradictions(db, { includeRejected: opts.all });
        if (opts.kind) list = list.filter((c) => c.kind === opts.kind);
        if (opts.source) {
          const rows = await db.query<{ id: string }>(`SELECT id FROM sources WHERE id = $1 OR ref = $1`, [opts.source]);
          if (!rows[0]) throw new DossierError('not_found', `no source "${opts.source}"`, { field: 'source' });
          list = list.filter((c) => c.a.source_id === rows[0]!.id || c.b.source_id === rows[0]!.id);
        }
        if (opts.json) return printJson(list);
        if (list.length === 0) return out('no contradictions');
        for (const c of list) out(`[${c.kind}] ${c.summary}  (${c.review.status}; id ${c.id})\n${side(c.a)}\n${side(c.b)}\n`);
        out(`${list.length} contradiction(s)`);
      });
    });
}

export function registerReview(program: Command): Command {
  const review = program.command('review').description('the review queue: proposed claims, merges, suggested verdicts, contradictions');
  review
    .command('list')
    .description('items waiting for a reviewer (each id names the version you see)')
    .option('--type <type>', 'claim, merge, verdict or contradiction')
    .option('--json', 'print JSON')
    .action(async (opts: { type?: string; json?: boolean }, cmd: Command) => {
      if (opts.type && !['claim', 'merge', 'verdict', 'contradiction'].includes(opts.type))
        throw new DossierError('bad_input', `--type must be claim, merge, verdict or contradiction`, { field: 'type' });
      await withStore(cmd, async (db) => {
        const items = await reviewList(db, { type: opts.type as ReviewType | undefined });
        if (opts.json) return printJson(items);
        for (const i of items) {
          out(`${i.id}\n  ${i.summary}`);
          if (i.source) out(`  source: ${i.source.title ?? i.source.id} [reliability ${i.source.reliability ?? '?'}]${i.credibility ? ` credibility ${i.credibility}` : ''}`);
          if (i.suggestion) {
            out(`  ${i.suggestion.rationale}`);
            for (const r of i.suggestion.reasoning) out(`    ${r.counted ? '+' : '·'} ${r.why} [evidence ${r.evidence_id}]`);
          }
        }
        out(`${items.length} item(s)`);
      });
    });
  for (const action of ['accept', 'reject'] as const) {
    review
      .command(`${action} <id>`)
      .description(`${action} a review item (the id as listed, ending in @v<version>; a changed item is refused)`)
      .option('--version <n>', 'the version you reviewed, when the id has none', (v) => parseVersion(v))
      .option('--note <text>', 'why')
      .option('--reviewer <name>', 'who decides (default: $DOSSIER_REVIEWER or the user name)')
      .option('--rating <rating>', 'verdict items (accept only): confirm with this rating instead of the suggested one — an edit')
      .option('--json', 'print JSON')
      .action(async (id: string, opts: { version?: number; note?: string; reviewer?: string; rating?: string | boolean; json?: boolean }, cmd: Command) => {
        await withStore(cmd, async (db) => {
          const r = await reviewAct(db, id, action, {
            version: opts.version,
            note: opts.note,
            reviewer: opts.reviewer,
            rating: typeof opts.rating === 'string' ? opts.rating : undefined,
          });
          if (opts.json) return printJson(r);
          out(`${r.action}ed ${r.type} ${r.target_id}: ${JSON.stringify(r.before)} → ${JSON.stringify(r.after)} (now version ${r.new_version})`);
        });
      });
  }
  return review;
}

function parseVersion(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new DossierError('bad_input', `--version must be a positive whole number, not "${v}"`, { field: 'version' });
  return n;
}

export function registerSources(program: Command): Command {
  // `dossier sources` may already exist (the explore commands list and show sources): add to it.
  const existing = program.commands.find((c) => c.name() === 'sources');
  const sources = existing ?? program.command('sources').description('sources and their Admiralty reliability (A–F)');
  sources
    .command('reliability')
    .description('every source with its current reliability and where the grade comes from')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const list = await listSources(db);
        if (opts.json) return printJson(list);
        out(renderTable(['ref', 'kind', 'publisher', 'reliability', 'from'], list.map((s) => [s.ref ?? s.id, s.kind, clip(s.publisher, 40), s.reliability, s.reliability_origin])));
      });
    });
  sources
    .command('rate <source> <grade>')
    .description('rate a source A–F (Admiralty); the change and its history are kept and audited')
    .option('--note <text>', 'why')
    .option('--reviewer <name>', 'who rates (default: $DOSSIER_REVIEWER or the user name)')
    .option('--json', 'print JSON')
    .action(async (source: string, grade: string, opts: { note?: string; reviewer?: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const r = await rateSource(db, source, grade, { note: opts.note, reviewer: opts.reviewer });
        if (opts.json) return printJson(r);
        out(`${r.ref ?? r.source_id}: reliability ${r.before.reliability} (${r.before.origin}) → ${r.after.reliability}, by ${r.rated_by}; ${r.suggestions_changed} suggested verdict(s) changed`);
      });
    });
  sources
    .command('ratings <source>')
    .description("a source's current reliability and its rating history")
    .option('--json', 'print JSON')
    .action(async (source: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const r = await sourceRatings(db, source);
        if (opts.json) return printJson(r);
        out(`${r.source.title} (${r.source.kind}, ${r.source.publisher ?? '—'}): reliability ${r.source.reliability} (${r.source.reliability_origin})`);
        for (const h of r.history) out(`  ${h.rated_at} ${h.reliability} by ${h.rated_by}${h.note ? `: ${h.note}` : ''}`);
      });
    });
  // Attached to another group's command: hand back a subcommand, so that command keeps its own help group.
  return existing ? sources.commands.find((c) => c.name() === 'rate')! : sources;
}

export function registerVerdict(program: Command): Command {
  return program
    .command('verdict <claim>')
    .description("a claim's verdict (unverified until a reviewer confirms one), Dossier's suggestion with its reasoning, evidence and history")
    .option('--json', 'print JSON')
    .action(async (claim: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const v = await claimVerdict(db, claim);
        if (opts.json) return printJson(v);
        out(`${v.claim.statement}\n  "${clip(v.claim.quote, 200)}"`);
        out(`  source: ${v.source?.title ?? '—'} [reliability ${v.source?.reliability ?? '?'}], credibility ${v.claim.credibility ?? '—'}, status ${v.claim.status}, version ${v.claim.version}`);
        out(`verdict: ${v.verdict.rating}${v.verdict.reviewer ? ` (by ${v.verdict.reviewer}, ${v.verdict.decided_at})` : ''}`);
        out(`suggested: ${v.suggestion.rating} — ${v.suggestion.rationale}`);
        for (const r of v.suggestion.reasoning) out(`  ${r.counted ? '+' : '·'} ${r.why} [evidence ${r.evidence_id}]`);
        out(`history: ${v.history.length} row(s)`);
        for (const h of v.history) out(`  ${h.decided_at} ${h.suggested ? 'suggested' : 'confirmed'} ${h.rating}${h.reviewer ? ` by ${h.reviewer}` : ''}`);
      });
    });
}

export function registerVerify(program: Command): Command {
  return program
    .command('verify')
    .description('link evidence, surface contradictions and recompute suggested verdicts now (imports do this already)')
    .option('--full', 'recompute every claim, not only those new or changed input touches')
    .option('--json', 'print JSON')
    .action(async (opts: { full?: boolean; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const r = await refreshVerification(db, { full: opts.full === true });
        if (opts.json) return printJson(r);
        out(Object.entries(r).map(([k, v]) => `${v} ${k.replace(/_/g, ' ')}`).join(', '));
      });
    });
}
