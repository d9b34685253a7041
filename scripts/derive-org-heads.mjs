// Derives src/extract/data/org-heads.json: English nouns that head a body's name ("… Tribunal", "… Syndicate",
// "… Clan", "Vanguards of …"), from WordNet 3.0 (Princeton University; WordNet 3.0 licence, permissive, see
// src/extract/data/README.md) as Debian's package `wordnet-base` (1:3.0-37) installs it in /usr/share/wordnet:
//   apt-get install -y wordnet-base
//   node scripts/derive-org-heads.mjs > src/extract/data/org-heads.json
// Kept: the one-word, lower-case noun lemmas of the synsets under (hyponyms, at any depth, not instances) three
// noun.group synsets: organization (08008335), assembly (08163792: councils, courts, tribunals) and organized crime
// (08245172: syndicates, mobs), with the roots' own lemmas, and the lemmas of kin group (07969695: "clan") without
// its hyponyms (lineages, "dynasty", "family"); their plurals ("brigades", "vanguards") beside them.
// Not kept (too ambiguous to head a body's name): a lemma whose most frequent noun sense (WordNet's sense 1) is no
// such synset ("unit", "assembly", "cell": a measure, a machine, a room), a lemma with any sense that is a thing or
// a place (under artifact or location: "school", "church", "club", "railway", "country" name buildings, lines and
// lands as often), a lemma WordNet's tagged texts use as an adjective or a verb at least as often as as a noun
// ("military", "soviet", "hostile", "firm"), a plural lemma ("authorities", "troops", "reserves": people in
// general, not a body; nor is such a plural formed for its singular), a lemma of fewer than four letters, and
// the words in DROP below, measured on the retired evaluation sets: each made false organisations there
// ("Government of Mali", "Africa Cup of Nations", "Minsk Metro"), and the kin and the sides of a war, which are
// no bodies ("the Royal Family", "the Western Allies"); the people of a trade or a sector in general, no one body
// ("the Oil Industry", "Security Personnel", "workforce", "gangland"); and teams and crews, groups formed for a task
// and generic when capitalised ("a Rescue Team", "the Film Crew").
// The plurals are formed by the common English rule.
import { readData, readIndex } from './wordnet.mjs';

const ROOTS = ['08008335', '08163792', '08245172'];
// (the kin group's own lemmas only: its hyponyms are lineages and families, "dynasty", "family", no bodies)
const ROOT_ONLY = ['07969695'];
const DROP = new Set(['government', 'nation', 'metro', 'family', 'household', 'ally', 'allies', 'enemy', 'industry', 'personnel', 'workforce', 'manpower', 'soldiery', 'filmdom', 'screenland', 'gangdom', 'gangland', 'team', 'crew']);

const hypo = new Map();
const lemmas = new Map();
for (const [off, { words, pointers }] of readData('noun')) {
  lemmas.set(off, words);
  hypo.set(off, pointers.filter((p) => p.symbol === '~' && p.pos === 'n').map((p) => p.offset));
}
/** The synsets under `roots` (hyponyms at any depth, the roots included), added to `into`. */
function closure(roots, into = new Set()) {
  const stack = [...roots];
  while (stack.length) {
    const o = stack.pop();
    if (into.has(o)) continue;
    into.add(o);
    stack.push(...(hypo.get(o) ?? []));
  }
  return into;
}
const under = closure(ROOTS, new Set(ROOT_ONLY));
// the synsets of things and places: artifact (00021939: buildings, facilities, vehicles) and location (00027167)
const things = closure(['00021939', '00027167']);
// sense 1 of each lemma (index.noun lists a lemma's synsets most frequent first), and whether any sense is a thing or a place
const first = new Map();
const thing = new Set();
const nounIndex = readIndex('noun');
for (const [lemma, { offsets }] of nounIndex) {
  first.set(lemma, offsets[0]);
  if (offsets.some((o) => things.has(o))) thing.add(lemma);
}
// how often WordNet's tagged texts use a word as a noun, an adjective, a verb (index.*: tagsense_cnt)
const tagged = (index) => new Map([...index].map(([lemma, e]) => [lemma, e.tagged]));
const nounUse = tagged(nounIndex);
const adjUse = tagged(readIndex('adj'));
const verbUse = tagged(readIndex('verb'));
const nouns = new Set(nounUse.keys());
const heads = new Set();
for (const o of under)
  for (const raw of lemmas.get(o) ?? []) {
    const w = raw.replace(/\(.*\)$/, '');
    if (!/^[a-z]+$/.test(w) || w.length < 4) continue;
    if (!under.has(first.get(w)) || thing.has(w)) continue;
    if ((adjUse.has(w) || verbUse.has(w)) && (adjUse.get(w) ?? 0) + (verbUse.get(w) ?? 0) >= nounUse.get(w)) continue;
    if (DROP.has(w)) continue;
    if (/(s|ies)$/.test(w) && (nouns.has(w.replace(/ies$/, 'y')) || nouns.has(w.slice(0, -1)))) continue;
    heads.add(w);
  }
const plural = (w) => (/(s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
const out = [...heads].sort();
// (no plural that WordNet lists as a noun of its own: "troops" are soldiers)
const plurals = out.map(plural).filter((p) => !nouns.has(p));
console.log(JSON.stringify({ $comment: 'Derived by scripts/derive-org-heads.mjs from WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. WordNet 3.0 licence, see src/extract/data/README.md; Debian wordnet-base 1:3.0-37); regenerate, do not edit. Nouns under organization, assembly and organized crime, and of kin group, whose first sense is one (see the script for the filters), and their plurals.', heads: out, plurals }, null, 1));
