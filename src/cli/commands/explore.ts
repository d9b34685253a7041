// Read commands, one per API read: entity, search, graph neighbours|path|centrality, claims, sources,
// measures. Each calls src/graph and prints text, or JSON with --json (the same shape the API serves).
import type { Command } from 'commander';
import {
  centrality, getEntity, getSource, listClaims, listMeasures, listSources, neighbourhood, search, shortestPath,
  type ClaimView, type EntityDetail,
} from '../../graph/index.ts';
import { DossierError, badInput } from '../../model/index.ts';
import type { Db } from '../../store/index.ts';
import { renderTable } from '../../util/table.ts';
import { printJson, withStore } from '../context.ts';

const out = (s: string) => process.stdout.write(`${s}\n`);

function intOption(v: string | undefined, field: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw badInput(`${field} must be a whole number`, { field });
  return n;
}

/** An id, a bundled ref, or a name (the best entity search hit). */
async function resolveEntity(db: Db, idOrName: string): Promise<string> {
  try {
    return (await getEntity(db, idOrName)).id;
  } catch (err) {
    if (!(err instanceof DossierError) || err.code !== 'not_found') throw err;
  }
  const hit = (await search(db, idOrName, { limit: 20 })).items.find((h) => h.type === 'entity');
  if (!hit) throw new DossierError('not_found', `no entity with id, ref or name like "${idOrName}"`, { field: 'entity' });
  return hit.id;
}

function claimLine(c: ClaimView): string {
  const obj = c.object_name ?? c.object_value ?? c.object_id ?? '';
  const flags = [c.negated ? 'negated' : '', c.hedged ? 'hedged' : '', c.verdict ? `verdict ${c.verdict}` : ''].filter(Boolean);
  return `${c.subject_name} —${c.predicate}→ ${obj}  [${c.status}${flags.length ? `, ${flags.join(', ')}` : ''}]  claimed by ${c.claimant_name}; source: ${c.source?.title ?? c.source_id}`;
}

function printEntity(e: EntityDetail): void {
  out(`${e.name}  (${e.kind}, ${e.id}${e.ref ? `, ${e.ref}` : ''})`);
  if (e.description) out(e.description);
  if (e.merged_into) out(`merged into ${e.merged_into}`);
  out('\nAliases:');
  for (const a of e.aliases) out(`  ${a.name}${a.source ? `  — ${a.source.title}` : ''}${a.note ? ` (${a.note})` : ''}`);
  if (e.external_ids.length) {
    out('\nExternal ids:');
    for (const x of e.external_ids) out(`  ${x.scheme} ${x.value}${x.source ? `  — ${x.source.title}` : ''}`);
  }
  out(`\nClaims (${e.claims.length}${e.claims_truncated ? '+' : ''}):`);
  for (const c of e.claims) out(`  ${claimLine(c)}`);
  out(`\nMeasures (${e.measures.length}):`);
  for (const m of e.measures) {
    out(`  ${m.date_start ?? '?'}${m.date_end ? `–${m.date_end}` : ''}  ${m.authority_name}: ${m.kind} (${m.status})${m.source ? `  — ${m.source.title}` : ''}`);
  }
}

export function registerEntity(program: Command): Command {
  return program
    .command('entity')
    .description('one entity: aliases, external ids, claims and measures, each with its source')
    .argument('<id|name>', 'entity id, bundled ref (org-lashkar-e-taiba) or a name')
    .option('--json', 'print JSON')
    .action(async (idOrName: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const e = await getEntity(db, await resolveEntity(db, idOrName));
        if (opts.json) printJson(e);
        else printEntity(e);
      });
    });
}

export function registerSearch(program: Command): Command {
  return program
    .command('search')
    .description('ranked search: exact name > alias > fuzzy name > document text')
    .argument('<q>', 'what to look for')
    .option('--limit <n>', 'hits', '20')
    .option('--json', 'print JSON')
    .action(async (q: string, opts: { limit: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const page = await search(db, q, { limit: intOption(opts.limit, 'limit') });
        if (opts.json) return printJson(page);
        const mark = (t: string, hs: Array<{ start: number; end: number }>) => {
          let s = '';
          let at = 0;
          for (const h of hs) {
            s += `${t.slice(at, h.start)}[${t.slice(h.start, h.end)}]`;
            at = h.end;
          }
          return s + t.slice(at);
        };
        out(renderTable(['tier', 'type', 'kind', 'label', 'score', 'snippet'], page.items.map((h) => [
          h.tier, h.type, h.kind, h.label, h.score, mark(h.snippet.text, h.snippet.highlights).replace(/\s+/g, ' ').slice(0, 100),
        ])));
      });
    });
}

export function registerGraph(program: Command): Command {
  const graph = program.command('graph').description('neighbourhoods, paths and centrality over claims between entities');
  graph
    .command('neighbours')
    .alias('neighbourhood')
    .description('entities within --depth hops, and the claims on each edge')
    .argument('<id|name>', 'entity id, ref or name')
    .option('--depth <n>', 'hops, 1 to 3', '1')
    .option('--max-nodes <n>', 'cap on nodes, nearest first', '500')
    .option('--json', 'print JSON')
    .action(async (idOrName: string, opts: { depth: string; maxNodes: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const g = await neighbourhood(db, await resolveEntity(db, idOrName), {
          depth: intOption(opts.depth, 'depth'),
          maxNodes: intOption(opts.maxNodes, 'max-nodes'),
        });
        if (opts.json) return printJson(g);
        const name = new Map(g.nodes.map((n) => [n.id, n.name]));
        out(renderTable(['depth', 'entity', 'kind'], g.nodes.map((n) => [n.depth, n.name, n.kind])));
        out('');
        out(renderTable(['subject', 'predicate', 'object', 'claims'], g.edges.map((e) => [name.get(e.source) ?? e.source, e.predicate, name.get(e.target) ?? e.target, e.claim_ids.length])));
        if (g.truncated) out(`(cut at ${g.nodes.length} nodes: raise --max-nodes)`);
      });
    });
  graph
    .command('path')
    .description('a shortest path between two entities, with the claims on each edge')
    .argument('<a>', 'entity id, ref or name')
    .argument('<b>', 'entity id, ref or name')
    .option('--max-hops <n>', 'give up beyond this many hops (1 to 6)', '6')
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, opts: { maxHops: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (db) => {
        const p = await shortestPath(db, await resolveEntity(db, a), await resolveEntity(db, b), intOption(opts.maxHops, 'max-hops'));
        if (opts.json) return printJson(p);
        if (p.length === null) return out(`no path within ${opts.maxHops} hops`);
        const name = new Map(p.nodes.map((n) => [n.id, n.name]));
        out(`${p.length} hop(s): ${p.nodes.map((n) => n.name).join(' — ')}`);
        for (const e of p.edges) out(`  ${name.get(e.source)} —${e.predicate}→ ${name.get(e.target)}  claims: ${e.claim_ids.join(', ')}`);
      });
    });
  graph
    .command('centrality')
    .description('degree and betweenness of the entity graph, most central first')
    .option('--limit <n>', 'rows per page', '20')
    .option('--cursor <c>', 'next_cursor from the previous page')
    .option('--all', 'every page')
    .option('--json', 'print JSON')
    .action(async (opts: PageOpts, cmd: Command) => {
      await withStore(cmd, async (db) => {
        let counts = { node_count: 0, edge_count: 0 };
        const res = await pages(opts, async (limit, cursor) => {
          const { node_count, edge_count, ...page } = await centrality(db, { limit, cursor });
          counts = { node_count, edge_count };
          return page;
        });
        if (opts.json) return printJson({ ...counts, ...res });
        out(renderTable(['entity', 'kind', 'degree', 'betweenness'], res.items.map((i) => [i.name, i.kind, i.degree, i.betweenness])));
        out(`${counts.node_count} nodes, ${counts.edge_count} edges`);
        if (res.next_cursor) out(`(more: --cursor ${res.next_cursor})`);
      });
    });
  return graph;
}

interface PageOpts {
  limit: string;
  cursor?: string;
  all?: boolean;
  json?: boolean;
}

/** Fetches one page, or every page with --all. */
async function pages<T>(opts: PageOpts, fetch: (limit: number, cursor: string | undefined) => Promise<{ items: T[]; next_cursor: string | null }>) {
  const limit = intOption(opts.limit, 'limit')!;
  let cursor = opts.cursor;
  const items: T[] = [];
  for (;;) {
    const p = await fetch(limit, cursor);
    items.push(...p.items);
    if (!opts.all || !p.next_cursor) return { items, next_cursor: opts.all ? null : p.next_cursor };
    cursor = p.next_cursor;
  }
}

function pageOptions(cmd: Command): Command {
  return cmd
    .option('--limit <n>', 'rows per page (1 to 500)', '50')
    .option('--cursor <c>', 'next_cursor from the previous page')
    .option('--all', 'every page')
    .option('--json', 'print JSON');
}

export function registerClaims(program: Command): Command {
  return pageOptions(
    program
      .command('claims')
      .description('claims filtered by subject, object, entity, predicate, source, status, verdict')
      .option('--subject <id>', 'subject entity id')
      .option('--object <id>', 'object id')
      .option('--entity <id|name>', 'subject, object or claimant (id, ref or name)')
      .option('--predicate <p>', 'predicate (src/model/vocab/predicates.json)')
      .option('--source <id>', 'source id')
      .option('--status <s>', 'proposed | accepted | rejected')
      .option('--verdict <v>', 'current verdict rating, or none'),
  ).action(async (opts: PageOpts & Record<string, string | undefined>, cmd: Command) => {
    await withStore(cmd, async (db) => {
      const entity = opts.entity ? await resolveEntity(db, opts.entity) : undefined;
      const res = await pages(opts, (limit, cursor) =>
        listClaims(db, { subject: opts.subject, object: opts.object, entity, predicate: opts.predicate, source: opts.source, status: opts.status, verdict: opts.verdict, limit, cursor }),
      );
      if (opts.json) return printJson(res);
      for (const c of res.items) out(claimLine(c));
      if (res.next_cursor) out(`(more: --cursor ${res.next_cursor})`);
    });
  });
}

export function registerSources(program: Command): Command {
  return pageOptions(
    program
      .command('sources')
      .description('sources, or one source with its mentions and claims')
      .argument('[id]', 'a source id or ref: show that one')
      .option('--kind <k>', 'official | news | think-tank | op-ed | encyclopedia | list'),
  ).action(async (id: string | undefined, opts: PageOpts & { kind?: string }, cmd: Command) => {
    await withStore(cmd, async (db) => {
      if (id) {
        const s = await getSource(db, id);
        if (opts.json) return printJson(s);
        out(`${s.title}  (${s.kind}${s.publisher ? `, ${s.publisher}` : ''}${s.published ? `, ${s.published}` : ''})`);
        if (s.url) out(s.url);
        out(`${s.mentions.length} mentions, ${s.claims.length} claims`);
        for (const c of s.claims) out(`  ${c.span_start ?? '?'}–${c.span_end ?? '?'}  ${claimLine(c)}`);
        return;
      }
      const res = await pages(opts, (limit, cursor) => listSources(db, { kind: opts.kind, limit, cursor }));
      if (opts.json) return printJson(res);
      out(renderTable(['published', 'kind', 'title', 'ref'], res.items.map((s) => [s.published ?? '', s.kind, s.title.slice(0, 70), s.ref ?? s.id])));
      if (res.next_cursor) out(`(more: --cursor ${res.next_cursor})`);
    });
  });
}

export function registerMeasures(program: Command): Command {
  return pageOptions(
    program
      .command('measures')
      .description('measures authorities took, by actor, authority, kind, status')
      .option('--actor <id|name>', 'actor (id, ref or name)')
      .option('--authority <id|name>', 'authority (id, ref or name)')
      .option('--kind <k>', 'measure kind (src/model/vocab/measure-kinds.json)')
      .option('--status <s>', 'status'),
  ).action(async (opts: PageOpts & Record<string, string | undefined>, cmd: Command) => {
    await withStore(cmd, async (db) => {
      const actor = opts.actor ? await resolveEntity(db, opts.actor) : undefined;
      const authority = opts.authority ? await resolveEntity(db, opts.authority) : undefined;
      const res = await pages(opts, (limit, cursor) => listMeasures(db, { actor, authority, kind: opts.kind, status: opts.status, limit, cursor }));
      if (opts.json) return printJson(res);
      out(renderTable(['start', 'end', 'actor', 'authority', 'kind', 'status'], res.items.map((m) => [m.date_start ?? '', m.date_end ?? '', m.actor_name, m.authority_name, m.kind, m.status])));
      if (res.next_cursor) out(`(more: --cursor ${res.next_cursor})`);
    });
  });
}
