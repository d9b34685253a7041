// Document metadata: title, author, publisher, published date, url, licence. Pure functions over text.
import type { PartialDate } from '../model/index.ts';

export interface DocumentMeta {
  title: string | null;
  author: string | null;
  publisher: string | null;
  published: PartialDate | null;
  url: string | null;
  licence: string | null;
}

export const EMPTY_META: DocumentMeta = {
  title: null,
  author: null,
  publisher: null,
  published: null,
  url: null,
  licence: null,
};

/** Header keys (lower-cased) → the metadata field they fill. Keys not listed are kept out of the body but ignored. */
const HEADER_FIELDS: Record<string, keyof DocumentMeta> = {
  title: 'title',
  headline: 'title',
  author: 'author',
  authors: 'author',
  byline: 'author',
  by: 'author',
  publisher: 'publisher',
  outlet: 'publisher',
  published: 'published',
  date: 'published',
  source: 'url',
  url: 'url',
  link: 'url',
  licence: 'licence',
  license: 'licence',
  rights: 'licence',
};
const OTHER_HEADER_KEYS = new Set(['excerpt', 'language', 'lang', 'kind', 'section', 'updated', 'id']);

export interface HeaderSplit {
  meta: DocumentMeta;
  /** UTF-16 offset where the body starts (0 when there is no header block). */
  bodyStart: number;
}

/**
 * A header block is the text before the first blank line when every line of it is `Key: value` with a
 * known key (Title, Source, Published, Licence, Author, Publisher, URL, Excerpt, …) and one of them is
 * Title, Source, URL or Published. The body is what follows the blank line. Anything else: no header.
 */
export function splitHeader(text: string): HeaderSplit {
  const none = { meta: { ...EMPTY_META }, bodyStart: 0 };
  const end = text.indexOf('\n\n');
  if (end < 0) return none;
  const lines = text.slice(0, end).split('\n');
  const meta: DocumentMeta = { ...EMPTY_META };
  let anchored = false;
  for (const line of lines) {
    const m = /^([A-Za-z][A-Za-z-]{0,20}):[ \t]?(.*)$/.exec(line);
    if (!m) return none;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    const field = HEADER_FIELDS[key];
    if (!field && !OTHER_HEADER_KEYS.has(key)) return none;
    if (key === 'title' || key === 'source' || key === 'url' || key === 'published') anchored = true;
    if (!field || value === '' || /^(unknown|n\/a|none|-)$/i.test(value)) continue;
    if (field === 'published') meta.published = parseDate(value);
    else if (field === 'url') meta.url = /^https?:\/\//i.test(value) ? value : (meta.url ?? null);
    else meta[field] = value;
    // A `Source:` that is not a URL names the publisher.
    if (field === 'url' && !/^https?:\/\//i.test(value) && !meta.publisher) meta.publisher = value;
  }
  if (!anchored) return none;
  return { meta, bodyStart: end + 2 };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as precise as it is written: ISO (`2025`, `2025-04`, `2025-04-22`, with or without a time),
 * PDF (`D:20250422…`), `22 April 2025`, `April 22, 2025`, `April 2025`; a note in brackets after it is left out
 * (`2003-11-17 (from the address)`, as the eval documents' headers have it). Anything else → null.
 */
export function parseDate(value: string): PartialDate | null {
  const v = value.replace(/\s+\([^()]*\)\s*$/, '').trim();
  const pad = (n: number) => String(n).padStart(2, '0');
  const ok = (y: number, m?: number, d?: number): PartialDate | null => {
    if (y < 1000 || y > 2999) return null;
    if (m === undefined) return String(y);
    if (m < 1 || m > 12) return null;
    if (d === undefined) return `${y}-${pad(m)}`;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d < 1 || d > days) return null;
    return `${y}-${pad(m)}-${pad(d)}`;
  };
  let m = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(v);
  if (m) return ok(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (m) return ok(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  const month = (s: string) => {
    const i = MONTHS.indexOf(s.slice(0, 3).toLowerCase());
    return i < 0 ? undefined : i + 1;
  };
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(v);
  if (m && month(m[2]!)) return ok(Number(m[3]), month(m[2]!), Number(m[1]));
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(v);
  if (m && month(m[1]!)) return ok(Number(m[3]), month(m[1]!), Number(m[2]));
  m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(v);
  if (m && month(m[1]!)) return ok(Number(m[2]), month(m[1]!));
  return null;
}

/** The first non-empty line, cut to 200 characters: the title of a text that names none. */
export function firstLineTitle(body: string): string | null {
  for (const line of body.split('\n')) {
    const t = line.trim().replace(/^#+\s*/, '');
    if (t) return t.length > 200 ? `${t.slice(0, 199)}…` : t;
  }
  return null;
}
