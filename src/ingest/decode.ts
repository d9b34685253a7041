// Bytes → text for the plain-text formats, refusing what is not text: binary content and invalid UTF-8
// are bad input with the place of the first offending byte. Another encoding can be named explicitly.
import iconv from 'iconv-lite';
import { badInput } from '../model/index.ts';

/** Encodings accepted by `--encoding` besides UTF-8 (anything iconv-lite knows). */
export function encodingExists(name: string): boolean {
  return iconv.encodingExists(name);
}

/** Throws bad_input when `bytes` look binary: a NUL byte, or many control characters, in the first 64 KB. */
export function assertNotBinary(bytes: Uint8Array, file: string): void {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      throw badInput(`binary content, not text (NUL byte at offset ${i})`, { file, line: lineAt(bytes, i) });
    }
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (n > 0 && control / n > 0.01) {
    throw badInput(`binary content, not text (${control} control bytes in the first ${n})`, { file });
  }
}

/** Decodes UTF-8 strictly (or `encoding` when given); bad bytes → bad_input naming offset and line. */
export function decodeText(bytes: Uint8Array, file: string, encoding?: string): string {
  assertNotBinary(bytes, file);
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    if (!iconv.encodingExists(encoding)) throw badInput(`unknown encoding "${encoding}"`, { file });
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const hex = bytes[at]?.toString(16).padStart(2, '0') ?? '??';
    throw badInput(
      `not valid UTF-8 (byte 0x${hex} at offset ${at}); convert the file to UTF-8 or name its encoding with --encoding (e.g. windows-1252)`,
      { file, line: lineAt(bytes, at) },
    );
  }
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
