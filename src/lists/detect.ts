// Recognises a list file's format from its content (first few kilobytes), not its name — except the OFAC
// CSV set, whose member files are recognised by their names (the CSVs have no header).
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DossierError, type ListId } from '../model/index.ts';
import formats from './formats.json' with { type: 'json' };
import { ofacCsvSet } from './ofac-csv.ts';
import type { ListFormat } from './types.ts';

export const LIST_FORMATS = Object.keys(formats).filter((k) => !k.startsWith('$')) as ListFormat[];

export function listOfFormat(f: ListFormat): ListId {
  return (formats as unknown as Record<string, { list: string }>)[f]!.list as ListId;
}

function head(path: string, bytes = 8192): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** The format of `path` (a file, or a directory holding an OFAC CSV set). Throws bad_input if unknown. */
export function detectListFormat(path: string): ListFormat {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new DossierError('bad_input', 'no such file or directory', { file: path });
  }
  if (st.isDirectory()) {
    if (ofacCsvSet(path)) return 'ofac-csv';
    throw new DossierError('bad_input', 'directory holds no list this tool knows (only an OFAC CSV set can be a directory)', { file: path });
  }
  const text = head(path).replace(/^\uFEFF/, '').replace(/^ï»¿/, '');
  const start = text.trimStart();
  if (start.startsWith('<')) {
    const root = /<(?!\?|!)([A-Za-z_][\w.:-]*)/.exec(text.replace(/<!--[\s\S]*?-->/g, '').replace(/<!DOCTYPE[\s\S]*?(\]\s*>|>)/i, ''))?.[1];
    const local = root?.replace(/^.*:/, '');
    if (local === 'CONSOLIDATED_LIST') return 'un-xml';
    if (local === 'sdnList') return 'ofac-xml';
    if (local === 'export' && /fpi\/fsd\/export/.test(text)) return 'eu-fsf-xml';
    if (local === 'Designations') return 'uk-fcdo-xml';
    if (/<!DOCTYPE/i.test(text) && !root) {
      throw new DossierError('bad_input', 'XML whose root element cannot be seen past its DOCTYPE', { file: path, line: 1 });
    }
    throw new DossierError('bad_input', `XML with root element <${root ?? '?'}> is not a list format this tool knows`, { file: path, line: 1, element: root });
  }
  if (start.startsWith('{')) {
    if (/"schema"\s*:/.test(start.split('\n')[0] ?? '')) return 'ftm-json';
    throw new DossierError('bad_input', 'JSON that is not FollowTheMoney entities (no "schema")', { file: path, line: 1 });
  }
  const firstLine = start.split(/\r?\n/)[0] ?? '';
  if (/^"?Last Updated"?,/.test(firstLine)) return 'uk-ofsi-csv';
  if (/^id,serial,entry/.test(firstLine)) return 'uapa-csv';
  if (ofacCsvSet(path) || /^\d+,/.test(firstLine)) {
    if (/^\d+,/.test(firstLine)) return 'ofac-csv';
  }
  throw new DossierError('bad_input', `format not recognised (${basename(path)}): expected one of ${LIST_FORMATS.join(', ')}`, { file: path, line: 1 });
}
