// Lists: what is imported (versions per list), one entry, and imports queued as jobs (an uploaded file, or
// the bundled set). The import itself is src/lists'; this is its HTTP shape.
import type { FastifyInstance } from 'fastify';
import { getListEntry, listSummaries } from '../../lists/index.ts';
import { LIST_IDS } from '../../model/vocab.ts';
import { pageSorted } from '../../graph/index.ts';
import { arr, bool, int, Job, nstr, nullable, obj, page, pageQuery, query, responses, str, type PageQuery } from '../schemas.ts';
import { BEARER, queued, type RouteContext } from './context.ts';

const ListVersion = obj({
  id: str, list: str, feed: nstr, format: nstr, published: nstr, partial: bool, file_name: str, file_hash: str,
  entry_count: int, added: int, updated: int, removed: int, imported_at: str,
});
const ListSummary = obj({
  list: str, entries: { type: 'integer', description: 'entries in force' }, delisted: int, names: int, version_count: int,
  latest_version: nullable(ListVersion),
});
const ListEntry = obj({
  id: str, list: str, list_ref: str, feed: nstr, kind: str, primary_name: str, programmes: arr(str), listed_on: nstr,
  // Free-form by design: each list states different things (addresses, dates of birth, vessel flags, …).
  details: { type: 'object', additionalProperties: true, description: 'what the list states beyond names, as keys and values the list chose' },
  remarks: nstr, version_id: str, first_version_id: nstr, delisted_in: nstr,
  names: arr(obj({ name: str, norm: str, type: str, quality: str, lang: nstr })),
});

/** Media types accepted as a list file upload (the body is the file's bytes). */
export const LIST_UPLOAD_TYPES = ['application/octet-stream', 'application/xml', 'text/xml', 'text/csv'];
export const LIST_UPLOAD_LIMIT = 64 * 1024 * 1024;

export function registerLists(app: FastifyInstance, { db, jobs }: RouteContext): void {
  app.get<{ Querystring: PageQuery }>(
    '/api/lists',
    {
      schema: {
        tags: ['lists'],
        summary: 'Every imported list with its counts and its latest version; by list, paged',
        querystring: query(pageQuery),
        response: responses(page(ListSummary)),
      },
    },
    async (req) => {
      const lists = (await listSummaries(db)).map(({ versions, ...counts }) => ({
        ...counts,
        version_count: versions.length,
        latest_version: versions[versions.length - 1] ?? null,
      }));
      return pageSorted(lists, req.query, (l) => [l.list]);
    },
  );

  app.get<{ Params: { list: string }; Querystring: PageQuery }>(
    '/api/lists/:list/versions',
    {
      schema: {
        tags: ['lists'],
        summary: "A list's imported versions, oldest first (by imported_at, then id), paged",
        params: obj({ list: { type: 'string', enum: [...LIST_IDS] } }),
        querystring: query(pageQuery),
        response: responses(page(ListVersion)),
      },
    },
    async (req) => {
      const versions = (await listSummaries(db)).find((l) => l.list === req.params.list)?.versions ?? [];
      return pageSorted(versions, req.query, (v) => [v.imported_at, v.id]);
    },
  );

  app.get<{ Params: { list: string; ref: string } }>(
    '/api/lists/:list/entries/:ref',
    {
      schema: {
        tags: ['lists'],
        summary: "One list entry with every name, its programmes and details, by the list's own reference",
        params: obj({ list: { type: 'string', enum: [...LIST_IDS] }, ref: { type: 'string', minLength: 1, maxLength: 200 } }),
        response: responses(ListEntry),
      },
    },
    (req) => getListEntry(db, req.params.list, req.params.ref),
  );

  app.post<{ Querystring: { name: string; list?: string; partial?: boolean }; Body: Buffer }>(
    '/api/imports/lists',
    {
      bodyLimit: LIST_UPLOAD_LIMIT,
      schema: {
        tags: ['lists', 'jobs'],
        summary: 'Queue the import of one list file sent as the request body; answers 202 with the job to poll',
        security: BEARER,
        querystring: query(
          {
            name: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[^/\\\\]+$', description: 'the file name (extension helps detection)' },
            list: { type: 'string', enum: [...LIST_IDS], description: 'the list the file must belong to' },
            partial: { type: 'boolean', description: 'part of a list: merge, delist nothing (default: detected)' },
          },
          ['name'],
        ),
        body: { description: 'the list file: UN/OFAC/EU/UK XML, OFAC/UK/UAPA CSV; OpenSanctions JSON as application/octet-stream' },
        consumes: LIST_UPLOAD_TYPES,
        response: responses(Job, 202, [401, 413]),
      },
    },
    async (req, reply) => {
      return queued(reply, jobs.submit('import-list', { name: req.query.name, list: req.query.list, partial: req.query.partial, bytes: req.body }));
    },
  );

  app.post(
    '/api/imports/lists/bundled',
    {
      schema: {
        tags: ['lists', 'jobs'],
        summary: 'Queue the import of every list bundled in data/lists; answers 202 with the job to poll',
        security: BEARER,
        body: { type: ['object', 'null'], properties: {}, additionalProperties: false },
        response: responses(Job, 202, [401]),
      },
    },
    async (_req, reply) => {
      return queued(reply, jobs.submit('import-bundled-lists', {}));
    },
  );
}
