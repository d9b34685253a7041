// India UAPA schedules, CSV transcriptions (there is no official machine-readable file):
// First Schedule `id,serial,entry_verbatim,source` (organisations; alternatives split by `/`),
// Fourth Schedule `id,serial,entry,fidelity,source` (individuals; aliases split by ` @ `).
import { makeId, DossierError, type ListEntry } from '../model/index.ts';
import { readCsv } from './csv.ts';
import { clean, compact, dedupeNames, fileMeta, name, type ParsedList } from './types.ts';

/** `Lashkar-E-Taiba/Pasban-E-Ahle Hadis, and all its Manifestations` → the names it lists. */
export function firstScheduleNames(entry: string): string[] {
  const t = entry
    .replace(/,?\s*(and )?all its (formations|manifestations).*$/i, '')
    .replace(/\s+--\s+/g, ' - ')
    .trim();
  return t.split('/').map(clean).filter(Boolean);
}

/** The schedule row that points at another list (FS-33: "Organisations listed in the Schedule to the U.N. …"). */
const isReferenceRow = (entry: string) => /^Organisations listed in the Schedule/i.test(entry.trim());

export function parseUapa(file: string): ParsedList {
  const meta = fileMeta(file, 'uapa', 'uapa-csv', 'uapa');
  async function* entries(): AsyncGenerator<ListEntry> {
    let header: string[] | null = null;
    for await (const { cells, line } of readCsv(file)) {
      if (!header) {
        header = cells.map(clean);
        const fourth = header.join(',').startsWith('id,serial,entry,');
        if (!fourth && !header.join(',').startsWith('id,serial,entry_verbatim')) {
          throw new DossierError('bad_input', 'not a UAPA schedule transcription (expected header id,serial,entry_verbatim|entry,…)', { file, line });
        }
        meta.feed = fourth ? 'uapa:fourth-schedule' : 'uapa:first-schedule';
        continue;
      }
      const get = (h: string) => clean(cells[header!.indexOf(h)]);
      const id = get('id');
      if (!/^(FS|4S)-\d+$/.test(id)) throw new DossierError('bad_input', `id "${id.slice(0, 20)}" is not FS-n or 4S-n`, { file, line, field: 'id' });
      const source = get('source');
      const asOn = /As on (\d{2})-(\d{2})-(\d{4})/i.exec(source) ?? /notification of (\d{2})-(\d{2})-(\d{4})/i.exec(source);
      if (asOn && !meta.published) meta.published = `${asOn[3]}-${asOn[2]}-${asOn[1]}`;
      const fourth = meta.feed === 'uapa:fourth-schedule';
      const entry = get(fourth ? 'entry' : 'entry_verbatim');
      if (!fourth && isReferenceRow(entry)) continue; // not a name: a pointer to the UN list
      const parts = fourth ? entry.split(/\s+@\s+/).map(clean).filter(Boolean) : firstScheduleNames(entry);
      if (parts.length === 0) throw new DossierError('bad_input', `entry ${id} has no name`, { file, line });
      yield {
        id: makeId('list_entry', 'uapa', id),
        list: 'uapa',
        list_ref: id,
        kind: fourth ? 'person' : 'organization',
        names: dedupeNames(parts.map((p, i) => name(p, i === 0 ? 'primary' : 'alias'))),
        programmes: [fourth ? 'UAPA Fourth Schedule' : 'UAPA First Schedule'],
        listed_on: null,
        details: compact({ serial: get('serial'), entry_verbatim: entry, fidelity: get('fidelity'), transcribed_from: source }),
        remarks: null,
      };
    }
    if (!header) throw new DossierError('bad_input', 'empty file', { file, line: 1 });
  }
  return { meta, entries: entries() };
}
