// One error type that says where: a code, a message and the place (file, line, element, record).
// The CLI maps it to exit codes and the server to application/problem+json, each in one place.
export type ErrorCode =
  | 'bad_input' // the user's data or arguments are wrong → exit 2, HTTP 400
  | 'not_found' // → exit 1, HTTP 404
  | 'conflict' // stale review item, concurrent change → exit 1, HTTP 409
  | 'unauthorized' // → HTTP 401
  | 'internal'; // a bug or an unreachable dependency → exit 1, HTTP 500

export interface Where {
  file?: string;
  line?: number;
  element?: string;
  record?: number | string;
  field?: string;
}

export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly where: Where | undefined;

  constructor(code: ErrorCode, message: string, where?: Where, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DossierError';
    this.code = code;
    this.where = where;
  }

  /** "file.json, record 12, field name: message" */
  describe(): string {
    const w = this.where;
    if (!w) return this.message;
    const parts: string[] = [];
    if (w.file) parts.push(w.file);
    if (w.line !== undefined) parts.push(`line ${w.line}`);
    if (w.element) parts.push(`element ${w.element}`);
    if (w.record !== undefined) parts.push(`record ${w.record}`);
    if (w.field) parts.push(`field ${w.field}`);
    return parts.length ? `${parts.join(', ')}: ${this.message}` : this.message;
  }
}

export function badInput(message: string, where?: Where): DossierError {
  return new DossierError('bad_input', message, where);
}

export function exitCodeFor(err: unknown): number {
  if (err instanceof DossierError) return err.code === 'bad_input' ? 2 : 1;
  return 1;
}

export function httpStatusFor(err: unknown): number {
  if (!(err instanceof DossierError)) return 500;
  return { bad_input: 400, not_found: 404, conflict: 409, unauthorized: 401, internal: 500 }[err.code];
}
