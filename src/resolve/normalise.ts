// Name normalisation: the key stored in aliases.norm and list_names.norm, and the first step of matching.
// (The screening work refines this; keep it a pure function of the name.)

/** NFKD, diacritics stripped, case-folded, every run of non-alphanumerics → one space, trimmed. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
