// Streaming CSV with line numbers: csv-parse over a file stream (optionally decoded from cp1252), with a
// parse error turned into a DossierError that names the file and line.
import { createReadStream } from 'node:fs';
import { parse, CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { DossierError } from '../model/index.ts';

/** OFAC files end with a DOS end-of-file byte after the last line. */
const DOS_EOF = String.fromCharCode(0x1a);

export interface CsvRow {
  cells: string[];
  line: number;
}

export interface CsvOptions {
  encoding?: 'utf8' | 'win1252';
  delimiter?: string;
}

/** Yields every non-blank row (a row of only white space or the DOS EOF byte 0x1A is skipped). */
export async function* readCsv(file: string, opts: CsvOptions = {}): AsyncGenerator<CsvRow> {
  const raw = createReadStream(file);
  const input = opts.encoding === 'win1252' ? raw.pipe(iconv.decodeStream('win1252')) : raw;
  const parser = input.pipe(
    parse({
      bom: true,
      delimiter: opts.delimiter ?? ',',
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = rec.record;
      if (cells.every((c) => c.replaceAll(DOS_EOF, '').trim() === '')) continue;
      yield { cells, line: rec.info.lines };
    }
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines;
      throw new DossierError('bad_input', `malformed CSV (${err.code}): ${err.message}`, { file, line }, { cause: err });
    }
    if (err instanceof DossierError) throw err;
    throw new DossierError('bad_input', `cannot read CSV: ${(err as Error).message}`, { file }, { cause: err });
  } finally {
    raw.destroy();
  }
}
