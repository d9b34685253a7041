// Holders of high public office (data/known-people.json, derived by scripts/derive-known-people.mjs from
// public-domain data: the US presidents and vice presidents, and every country's heads of state and of
// government in office in 2021–2022, from Wikidata). A person the document names only by title and surname
// ("President Trump", "Prime Minister Khan") is the one holder of that office with that surname in the
// text's year: "Donald Trump". The list says who held which office when, nothing else about a person.
import knownPeople from './data/known-people.json' with { type: 'json' };
import { foldToken } from './fold.ts';

type Office = { title: string; from: number; to: number };
type Holder = { name: string; offices: Office[] };

/** The words of an office's title that a text writes before a holder's surname ("President of Kenya" → "president"). */
export function officeTitle(office: string): string {
  const t = office.toLowerCase().split(' of ')[0]!.replace(/^federal /, '');
  return t === 'premier' ? 'prime minister' : t;
}

// surname (folded key of the name's last word) → holders; built once, one look-up per mention
const BY_SURNAME = new Map<string, Holder[]>();
for (const [name, offices] of Object.entries(knownPeople.people as unknown as Record<string, [string, number, number | null][]>)) {
  const words = name.split(' ');
  let last = words[words.length - 1]!;
  if (/^(jr|sr)\.?$/i.test(last) && words.length > 2) last = words[words.length - 2]!;
  const key = foldToken(last);
  const holder: Holder = { name, offices: offices.map(([office, from, to]) => ({ title: officeTitle(office), from, to: to ?? 9999 })) };
  const list = BY_SURNAME.get(key);
  if (list) list.push(holder);
  else BY_SURNAME.set(key, [holder]);
}

/** Words that make up an office's title before a name ("Vice President", "Prime Minister", "Chancellor"). */
export const OFFICE_WORDS = new Set(['president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'supreme', 'leader', 'taoiseach']);

/**
 * The full name of the one holder of the office titled `title` (lower case, as officeTitle gives it) whose
 * surname's key is `surnameKey` and who held it in `year` (any year when null), or null: none, or several.
 */
export function officeHolder(surnameKey: string, title: string, year: number | null): string | null {
  const list = BY_SURNAME.get(surnameKey);
  if (!list) return null;
  let found: string | null = null;
  for (const h of list)
    for (const o of h.offices) {
      if (o.title !== title || (year !== null && (year < o.from || year > o.to))) continue;
      if (found !== null && found !== h.name) return null;
      found = h.name;
    }
  return found;
}
