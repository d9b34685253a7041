// Derives src/extract/data/known-people.json (holders of high public office, by full name, with the offices
// and years they held them) from two public-domain (CC0) data sets:
//   - unitedstates/congress-legislators, `executive.yaml`: the presidents and vice presidents of the United
//     States and their terms (commit dfa9622263dd4c8d08636926e498f1845704d7eb, 2026-06-15)
//   - every-politician-scrapers/world-leaders-2021, `data/wikidata.csv`: the heads of state and of government
//     of every country in office in 2021–2022, from Wikidata (EveryPolitician's query of P1313/P1906 and P39;
//     commit be7039cf5952d8121c4f1e24eea64cc5dd465633, 2022-10-10)
//   node scripts/derive-known-people.mjs data/known-people/executive.yaml data/known-people/wikidata.csv > src/extract/data/known-people.json
// (the two files as copied from those commits into data/known-people/; the script reads nothing else).
// What is kept: a person's name as reporting writes it (the nickname if the record has one, "Bill Clinton", "J.D. Vance";
// middle initials only where two holders would otherwise share a name, "George W. Bush" / "George H. W.
// Bush"), each office with its first and last year. Left out: names of one word or that are no personal name
// ("Naruhito", "Elizabeth II", "Hamad II of Bahrain", "Salman bin Hamad, Crown Prince of Bahrain"), labels that
// Wikidata lacks (a bare Q-id), names not in Latin script. No nationality, party, gender or birth date is
// kept: the file says who held which office when, so that "President Trump" in a 2019 text is Donald Trump.
import { readFileSync } from 'node:fs';

const [execPath, leadersPath] = process.argv.slice(2);
if (!execPath || !leadersPath) {
  console.error('usage: node scripts/derive-known-people.mjs <executive.yaml> <wikidata.csv>');
  process.exit(2);
}

/** @type {Map<string, {name: string, offices: [string, number, number | null][]}>} */
const people = new Map();
const office = (name, title, from, to) => {
  const p = people.get(name) ?? { name, offices: /** @type {[string, number, number | null][]} */ ([]) };
  if (!p.offices.some((o) => o[0] === title && o[1] === from && o[2] === to)) p.offices.push([title, from, to]);
  people.set(name, p);
};

// executive.yaml: a list of records; each has name (first, middle, last, suffix, nickname, official_full)
// and terms (type prez|viceprez, start, end). Read line by line: the file's layout is regular.
const TITLES = { prez: 'President of the United States', viceprez: 'Vice President of the United States' };
/** @typedef {{ name: Record<string, string>, terms: Array<Record<string, any>> }} ExecutiveRecord */
/** @type {ExecutiveRecord[]} */
const records = [];
/** @type {ExecutiveRecord | null} */
let rec = null;
let section = '';
/** @type {Record<string, any> | null} */
let term = null;
for (const line of readFileSync(execPath, 'utf8').split('\n')) {
  if (line.startsWith('- ')) {
    rec = { name: {}, terms: [] };
    records.push(rec);
    section = line.slice(2).replace(/:.*$/, '');
    continue;
  }
  if (!rec) continue;
  const top = /^ {2}(\w+):\s*$/.exec(line);
  if (top) {
    section = top[1];
    continue;
  }
  const kv = /^ {4}(\w+): (.*)$/.exec(line);
  if (kv && section === 'name') rec.name[kv[1]] = kv[2].replace(/^'(.*)'$/, '$1');
  const t = /^ {2}- type: (\w+)$/.exec(line);
  if (t && section === 'terms') rec.terms.push((term = { type: t[1] }));
  const tk = /^ {4}(start|end): '(\d{4})/.exec(line);
  if (tk && section === 'terms' && term) term[tk[1]] = Number(tk[2]);
}
const initials = (middle) => (middle ?? '').split(/\s+/).filter(Boolean).map((w) => `${w[0]}.`).join(' ');
const plainName = (n) => `${n.nickname ?? n.first} ${n.last}`;
const shared = new Map();
for (const r of records) shared.set(plainName(r.name), (shared.get(plainName(r.name)) ?? 0) + 1);
for (const r of records) {
  const n = r.name;
  let name = plainName(n);
  if (shared.get(name) > 1 && n.middle) name = `${n.nickname ?? n.first} ${initials(n.middle)} ${n.last}`;
  for (const t of r.terms) if (TITLES[t.type]) office(name, TITLES[t.type], t.start, t.end);
}

// wikidata.csv: countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
const csvRow = (line) => {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    }
    else cur += c;
  }
  out.push(cur);
  return out;
};
const LATIN_NAME = /^[\p{Script=Latin}\p{M}'’.-]+(?: [\p{Script=Latin}\p{M}'’.-]+)+$/u;
const NOT_A_PERSONAL_NAME = /,|\bof\b|^Q\d+$|\b[IVX]+\b/;
const rows = readFileSync(leadersPath, 'utf8').split('\n').slice(1).filter(Boolean).map(csvRow);
for (const [, , , positionLabel, , holder, start, end] of rows) {
  if (!holder || !LATIN_NAME.test(holder) || NOT_A_PERSONAL_NAME.test(holder) || /^Q\d+$/.test(positionLabel)) continue;
  const title = positionLabel.charAt(0).toUpperCase() + positionLabel.slice(1);
  office(holder, title, Number(start), end ? Number(end) : null);
}

const kept = [...people.values()].filter((p) => LATIN_NAME.test(p.name) && !NOT_A_PERSONAL_NAME.test(p.name));
kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const body = {};
// one span per office: terms that follow or overlap one another are merged (1993–1997, 1997–2001 → 1993–2001);
// an open term (null: in office when the data was taken) stays open
const merged = (offices) => {
  const out = [];
  for (const o of [...offices].sort((a, b) => a[1] - b[1] || (a[2] ?? 9999) - (b[2] ?? 9999))) {
    const prev = out.find((p) => p[0] === o[0] && (p[2] === null || o[1] <= p[2]));
    if (!prev) out.push([...o]);
    else if (prev[2] !== null) prev[2] = o[2] === null ? null : Math.max(prev[2], o[2]);
  }
  return out;
};
for (const p of kept) body[p.name] = merged(p.offices);
process.stdout.write(
  `${JSON.stringify({
    $comment: `Holders of high public office (${kept.length} people): name → [office, first year, last year or null]. Derived by scripts/derive-known-people.mjs from unitedstates/congress-legislators executive.yaml (CC0) and every-politician-scrapers/world-leaders-2021 data/wikidata.csv (Wikidata, CC0). Regenerate, do not edit by hand.`,
    people: body,
  }).replace(/\],"/g, '],\n"')}\n`,
);
