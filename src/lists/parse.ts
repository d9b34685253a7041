// One entry point over every parser: detect (or check) the format, then stream the entries.
import { DossierError, type ListId } from '../model/index.ts';
import { detectListFormat, listOfFormat } from './detect.ts';
import { parseUn } from './un.ts';
import { parseOfacCsv } from './ofac-csv.ts';
import { parseOfacXml } from './ofac-xml.ts';
import { parseEu } from './eu.ts';
import { parseUkXml, parseOfsiCsv } from './uk.ts';
import { parseUapa } from './uapa.ts';
import { parseFtm } from './opensanctions.ts';
import type { ListFormat, ParsedList } from './types.ts';

export interface ParseOptions {
  /** The list the caller expects; a file of another list is refused (bad_input). */
  list?: ListId;
  /** Force whole-list (false) or partial (true) semantics; default: from the file (excerpt/sample/partial, OFAC set without sdn.csv). */
  partial?: boolean;
}

const PARSERS: Record<ListFormat, (path: string) => ParsedList> = {
  'un-xml': parseUn,
  'ofac-csv': parseOfacCsv,
  'ofac-xml': parseOfacXml,
  'eu-fsf-xml': parseEu,
  'uk-fcdo-xml': parseUkXml,
  'uk-ofsi-csv': parseOfsiCsv,
  'uapa-csv': parseUapa,
  'ftm-json': parseFtm,
};

export function parseListFile(path: string, opts: ParseOptions | ListId = {}): ParsedList {
  const o: ParseOptions = typeof opts === 'string' ? { list: opts } : opts;
  const format = detectListFormat(path);
  const list = listOfFormat(format);
  if (o.list && o.list !== list) {
    throw new DossierError('bad_input', `this file is ${format} (list ${list}), not list ${o.list}`, { file: path });
  }
  const parsed = PARSERS[format](path);
  if (o.partial !== undefined) parsed.meta.partial = o.partial;
  return parsed;
}
