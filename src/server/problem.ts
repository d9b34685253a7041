// One error handler: DossierError, Fastify validation errors and HTTP errors (rate limit, body too large)
// all become RFC 9457 application/problem+json, naming the bad field when there is one.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DossierError, httpStatusFor } from '../model/index.ts';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  field?: string;
  in?: string;
  errors?: Array<{ field: string; message: string }>;
}

const TITLES: Record<string, string> = {
  bad_input: 'Bad input',
  not_found: 'Not found',
  conflict: 'Conflict',
  unauthorized: 'Unauthorized',
  too_many_requests: 'Too many requests',
  payload_too_large: 'Payload too large',
  internal: 'Internal error',
};

export function problem(code: string, status: number, detail: string, extra: Partial<ProblemBody> = {}): ProblemBody {
  return { type: `urn:dossier:problem:${code}`, title: TITLES[code] ?? 'Error', status, detail, code, ...extra };
}

interface AjvError {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** The field an ajv error is about: `/limit` → limit; a missing or unknown property names itself. */
export function fieldOf(e: AjvError): string {
  const base = (e.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const extra = (e.params?.missingProperty ?? e.params?.additionalProperty) as string | undefined;
  if (extra) return base ? `${base}.${extra}` : extra;
  return base || '(request)';
}

export function toProblem(err: unknown, req: FastifyRequest): ProblemBody {
  const instance = req.url;
  if (err instanceof DossierError) {
    const status = httpStatusFor(err);
    const detail = status === 500 ? 'internal error' : err.message;
    return problem(err.code, status, detail, { instance, ...(err.where?.field ? { field: err.where.field } : {}) });
  }
  const fe = err as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (Array.isArray(fe.validation) && fe.validation.length > 0) {
    const errors = fe.validation.map((e) => ({ field: fieldOf(e), message: messageOf(e) }));
    const first = errors[0]!;
    return problem('bad_input', 400, `${first.field}: ${first.message}`, {
      instance,
      field: first.field,
      ...(fe.validationContext ? { in: fe.validationContext } : {}),
      errors,
    });
  }
  const status = typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 600 ? fe.statusCode : 500;
  if (status === 413) return problem('payload_too_large', 413, 'request body too large', { instance });
  if (status === 429) return problem('too_many_requests', 429, fe.message || 'rate limit exceeded, retry later', { instance });
  if (status === 404) return problem('not_found', 404, fe.message || 'not found', { instance });
  if (status === 401) return problem('unauthorized', 401, fe.message || 'unauthorized', { instance });
  if (status >= 400 && status < 500) {
    // Fastify's own client errors: bad JSON, bad content type, …
    return problem('bad_input', status, fe.message, { instance, field: status === 415 ? 'content-type' : 'body' });
  }
  return problem('internal', 500, 'internal error', { instance });
}

function messageOf(e: AjvError): string {
  if (e.keyword === 'additionalProperties') return 'is not a known parameter';
  if (e.keyword === 'required') return 'is required';
  return e.message ?? 'is invalid';
}

export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  if (body.status === 401) reply.header('www-authenticate', 'Bearer realm="dossier"');
  return reply.code(body.status).type('application/problem+json').send(body);
}
