// The canonical text of a document: one NFC string with "\n" line ends and no byte-order mark. Every
// span Dossier stores is a UTF-16 offset into this string, so it is computed once, here, and never changed.
import { createHash } from 'node:crypto';

export function canonicalText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .normalize('NFC');
}

/** sha256 of the canonical text (UTF-8), hex: the document's identity. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
