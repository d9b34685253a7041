// Documents: upload one to ingest (read, extract, store with its mentions and claims), queued as a job.
// The ingest is src/ingest's; this is its HTTP shape. Reading stored documents is /api/sources.
import type { FastifyInstance } from 'fastify';
import { Job, query, responses } from '../schemas.ts';
import { BEARER, queued, type RouteContext } from './context.ts';

/** Media types accepted as a document upload (the body is the file's bytes; the name's extension decides the reader). */
export const DOCUMENT_UPLOAD_TYPES = ['text/plain', 'text/markdown', 'text/html', 'application/xhtml+xml', 'application/pdf'];
/** The same limit the ingest applies to a file (20 MB). */
export const DOCUMENT_UPLOAD_LIMIT = 20 * 1024 * 1024;
const KINDS = ['news', 'op-ed', 'official', 'think-tank', 'encyclopedia'];

export function registerDocuments(app: FastifyInstance, { jobs }: RouteContext): void {
  // Upload parsers only in this route's scope (application/octet-stream is the server's own, for lists too).
  void app.register(async (scope) => {
    scope.addContentTypeParser(DOCUMENT_UPLOAD_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    scope.post<{ Querystring: { name: string; kind?: string }; Body: Buffer }>(
      '/api/documents',
      {
        bodyLimit: DOCUMENT_UPLOAD_LIMIT,
        schema: {
          tags: ['documents', 'jobs'],
          summary: 'Queue the ingest of one document sent as the request body (read, extract mentions and claims, store); answers 202 with the job to poll',
          security: BEARER,
          querystring: query(
            {
              name: {
                type: 'string', minLength: 1, maxLength: 200, pattern: '^[^/\\\\]+\\.(txt|text|md|markdown|html|htm|xhtml|pdf|TXT|MD|HTML|HTM|PDF)$',
                description: 'the file name; its extension picks the reader (.txt, .md, .html, .pdf)',
              },
              kind: { type: 'string', enum: KINDS, default: 'news', description: "the source's kind: an op-ed's claims stay the op-ed's" },
            },
            ['name'],
          ),
          body: { description: 'the document: text, Markdown, HTML or PDF (also as application/octet-stream)' },
          consumes: [...DOCUMENT_UPLOAD_TYPES, 'application/octet-stream'],
          response: responses(Job, 202, [401, 413]),
        },
      },
      async (req, reply) => {
        return queued(reply, jobs.submit('ingest-document', { name: req.query.name, kind: req.query.kind ?? 'news', bytes: req.body }));
      },
    );
  });
}
