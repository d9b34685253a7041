// GET /: a minimal HTML page linking the API, the docs and example queries. Every text is escaped.
import type { FastifyInstance } from 'fastify';
import { tableCounts } from '../../store/index.ts';
import type { RouteContext } from './context.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const EXAMPLES: Array<[string, string]> = [
  ['/api/entities?q=lashkar', 'entities named like "lashkar", with aliases and their sources'],
  ['/api/search?q=resistance%20front', 'ranked search: names, aliases, fuzzy names, document text'],
  ['/api/claims?predicate=proxy_of', 'claims that an actor is a proxy of another, each with its source'],
  ['/api/measures?limit=10', 'measures authorities took (designations, sanctions, …)'],
  ['/api/graph/centrality', 'the most central actors (degree, betweenness)'],
  ['/api/sources?kind=official', 'official sources'],
  ['/api/health', 'health check'],
];

export function registerLanding(app: FastifyInstance, { db }: RouteContext): void {
  app.get('/', { schema: { hide: true } }, async (_req, reply) => {
    const counts = await tableCounts(db);
    const shown = ['sources', 'entities', 'aliases', 'claims', 'evidence', 'measures', 'list_entries'];
    const rows = shown.map((t) => `<li>${escapeHtml(t)}: ${escapeHtml(String(counts[t] ?? 0))}</li>`).join('');
    const examples = EXAMPLES.map(
      ([href, what]) => `<li><a href="${escapeHtml(href)}"><code>${escapeHtml(href)}</code></a> — ${escapeHtml(what)}</li>`,
    ).join('\n');
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dossier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}code{font-size:.9em}</style>
</head><body>
<h1>Dossier</h1>
<p>An evidence graph for research on political violence: every fact names its source; a claim is its claimant's, never a fact.</p>
<p><a href="/docs">Interactive API docs</a> · <a href="/openapi.json">OpenAPI 3.1 document</a></p>
<h2>Try</h2>
<ul>
${examples}
</ul>
<h2>In this store (${escapeHtml(db.engine)})</h2>
<ul>${rows}</ul>
<p>Writes need <code>Authorization: Bearer &lt;token&gt;</code>; the token is in the data folder (<code>token</code>).</p>
</body></html>`;
    return reply.type('text/html; charset=utf-8').header('content-security-policy', "default-src 'self'; style-src 'unsafe-inline'").send(html);
  });
}
