// findMentions: the gazetteer's matches, then the passes over capitalised runs, acronyms, infoboxes, and the
// merging passes, in order.
import { matchAll, type Matcher } from '../matcher.ts';
import { foldToken } from '../fold.ts';
import { canonicalOf, cityOf, nameKey } from '../gazetteer.ts';
import { TOKEN_CODES, type Tokens, words } from '../tokens.ts';
import type { ExtractedMention, MentionType } from '../types.ts';
import { byStart } from '../order.ts';
import { isS } from '../scan.ts';
import { acronymsOfBodies } from './acronyms.ts';
import { cleanCanonical } from './canonical.ts';
import { classify, forgetNames, typeOfUnknown, vehicleNames } from './classify.ts';
import { capSequenceEndingAt, glossBefore, initialsAre, lowerWordAt, markBetween, orgHeadAt, orgHeadWithin, parenOrgEnd, plainNameWord, romanceNameBefore } from './context.ts';
import { BRANCHED, CORE, ID_SEMI, NOT_ENTITIES, QUOTES, ROMANCE_HEADS, SURNAME_PARTICLES } from './cues.ts';
import { FACT_BITS, isDemonym, moreByWord, newStamp, parenCount, parenList, stampKeys, stamps, tokenFacts, UPPER_FIRST, upperFirst } from './facts.ts';
import { add, dropFound, type Found, foundI, foundJ, mention, sameAs, startAdding } from './found.ts';
import { infobox } from './infobox.ts';
import { chapterOf, nationalBodies } from './joins.ts';
import { aliasesInBrackets, officeHolders, sameBodies, samePeople, sameVenues, textForms } from './merge.ts';
import { pluralHeads } from './venues.ts';
// (bit and code constants made this module's own: V8 folds a module's constants into its code, not imported ones)
const { GAP_HYPHEN, GAP_LINE, GAP_NONE, GAP_SPACE, W_UPPER } = TOKEN_CODES;
const { F_ACRO, F_CAP, F_COMMA, F_CONN, F_DISTRICT, F_DOT, F_GIVEN, F_GROUPNOUN, F_LPAREN, F_NAME, F_NAMETITLE, F_ORGHEAD, F_ORGPREFIX, F_PLACEHEAD, F_ROLE, F_RPAREN, F_SENTSTART, F_STOP, F_THE, F_THECAP, F_TIME, F_TITLE, F_WORD, M_AIRPORT, M_COMPASS, M_HEADS, M_LANDFORM, M_OF, M_SUFFIX, M_TITLECASE } = FACT_BITS;

export function findMentions(body: string, t: Tokens, matcher: Matcher, published: string | null = null): ExtractedMention[] {
  const tc = tokenFacts(t);
  const raw = matchAll(matcher, t, body);
  const n = t.n;
  const S = t.start;
  const E = t.end;
  const G = t.gap;
  const WD = t.word;
  const wordRaw = words.raw;
  const opens = t.opens;
  const no = t.nOpens;
  const found: Found[] = [];
  const cover = startAdding(found, n); // -1: no mention
  forgetNames();
  for (let x = 0; x < raw.n; x++) {
    const e = raw.hit[x]!.entry;
    let i = raw.i[x]!;
    const j = raw.j[x]!;
    // an office or a designation ("Secretary of the Treasury", "Foreign Terrorist Organization"), or a known
    // name given as a gloss ("meaning Army of Justice"): no mention
    if (e.canonical === '' || glossBefore(body, S[i]!)) {
      add(mention(S[i]!, E[j]!, e.type, '', null, true), i, j);
      continue;
    }
    // an acronym's full stop right before more letters is part of a longer one ("18 U.S.C. § 2339B" cites a code)
    if (tc[j]! & F_DOT && G[j + 1] === GAP_NONE && tc[j + 1]! & F_WORD) continue;
    // "The" capitalised after a comma belongs to the name ("Malaysia, The United Kingdom"); elsewhere it
    // opens a sentence or a quote ("“The TTP is …") or is a writer's capital ("designating The BLA")
    if (i >= 2 && tc[i - 1]! & F_THECAP && G[i - 1] !== GAP_LINE && tc[i - 2]! & F_COMMA && e.type !== 'person') i--;
    add(mention(S[i]!, E[j]!, e.type, e.canonical, e.entity_id, true), i, j);
  }

  // a known group's branch named after it and a dash: "ISIS-Mozambique", "ISIS-Core" (an acronym, a hyphen
  // and a capitalised word), "Islamic State – Bengal Province" (a spaced dash and a place, ending the phrase)
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    const j = foundJ[x]!;
    const q = j + 1;
    if (f.type !== 'organization' || f.canonical === '' || q >= n || G[q] !== GAP_HYPHEN || !(tc[q]! & F_CAP)) continue;
    const spaced = S[q]! - E[j]! > 1;
    const y = cover[q]!;
    let r = y >= 0 ? foundJ[y]! : q;
    if (y >= 0 && (found[y]!.type !== 'place' || foundI[y] !== q)) continue;
    if (spaced) {
      if (y < 0) continue;
      if ((tc[r + 1]! & (F_PLACEHEAD | F_CAP)) === (F_PLACEHEAD | F_CAP) && G[r + 1] === GAP_SPACE) r++; // "Bengal Province"
      // (the phrase ends there: a comma, a bracket, a full stop or the line's end)
      if (r + 1 < n && G[r + 1] !== GAP_LINE && !(tc[r + 1]! & (F_COMMA | F_DOT | F_LPAREN | F_RPAREN))) continue;
    } else if (foundI[x] !== j || !(words.flags[WD[j]!]! & W_UPPER) || G[r + 1] === GAP_HYPHEN || !BRANCHED.has(f.canonical)) continue;
    if (y >= 0) dropFound(found, cover, y);
    f.end = E[r]!;
    for (let k = q; k <= r; k++) cover[k] = x;
    foundJ[x] = r;
    // (the group's core or centre is the group itself: "ISIS-Core", "al-Qaeda-Central")
    if (q === r && CORE.has(words.key[WD[q]!]!)) continue;
    f.canonical = cleanCanonical(body.slice(f.start, f.end), 'organization');
    f.known = false;
    f.entity_id = null;
  }

  // a place (not a country) after a plain name word, or a place that is also a given name before one, is
  // a part of a person's or another longer name ("activists Riaz Basra, …", "Virginia Smith said"): the run
  // is typed as a whole below. Not in a headline's Title Case ("Blast Hits Karachi Market", "Virginia Man
  // Arrested"), nor after a sentence's first word unless that is a given name.
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'place' || f.canonical === '' || !f.known) continue;
    const i = foundI[x]!;
    const j = foundJ[x]!;
    const q = i - 1;
    // (the word before is a word of its own, not the end of a hyphenated name: "Jamaat-e-Islami Kashmir")
    // (a title or an office may stand before the name: "Senator John Kerry", "Secretary of State John Kerry")
    const titled = q >= 1 && G[q] === GAP_SPACE && ((tc[q - 1]! & (F_TITLE | F_CAP)) === (F_TITLE | F_CAP) || (cover[q - 1]! >= 0 && found[cover[q - 1]!]!.canonical === ''));
    const before = G[i] === GAP_SPACE && G[q] !== GAP_HYPHEN && plainNameWord(t, tc, cover, q) && (!(tc[q - 1]! & F_CAP) || (titled && (tc[q]! & F_GIVEN) !== 0)) && (tc[q]! & F_GIVEN || (G[q] !== GAP_LINE && !(tc[q - 1]! & F_SENTSTART)));
    const after = !before && tc[i]! & F_GIVEN && i === j && G[j + 1] === GAP_SPACE && plainNameWord(t, tc, cover, j + 1) && !(tc[j + 2]! & F_CAP);
    // (or after a name that opens with a given name or an honorific, one or two words, no capital before it:
    // "Marcelo Martínez Burgos"; a country so only inside the name, a name word after it: "Haji Mali Khan")
    // (tried only after a name word: most places follow none)
    if (G[i] !== GAP_SPACE || !plainNameWord(t, tc, cover, q)) {
      if (after && canonicalOf(f.canonical)?.kind !== 'state') dropFound(found, cover, x);
      continue;
    }
    const opened = !before && !after && G[q] === GAP_SPACE && tc[q - 1]! & (F_GIVEN | F_NAMETITLE) && !(tc[q - 2]! & F_CAP) && G[q - 1] !== GAP_HYPHEN && plainNameWord(t, tc, cover, q - 1);
    if (!before && !after && !opened && !(tc[q]! & F_NAMETITLE)) continue;
    const state = canonicalOf(f.canonical)?.kind === 'state';
    if (!state) {
      if (before || after || opened) dropFound(found, cover, x);
      continue;
    }
    const inside = (before || opened || (tc[q]! & F_NAMETITLE && !(tc[q - 1]! & F_CAP))) && i === j && G[j + 1] === GAP_SPACE && plainNameWord(t, tc, cover, j + 1);
    if (inside && (tc[q]! & (F_GIVEN | F_NAMETITLE) || opened)) dropFound(found, cover, x);
  }

  // acronyms learnt in the document: "Full Name (ACR)" (by word id: a word id is one spelling)
  let acr: Map<number, Found> | null = null; // (made when the first is learnt, as are the maps below)
  const acrStamp = newStamp();
  const parens = parenList;
  const np = parenCount;
  for (let x = 0; x < np; x++) {
    const k = parens[x]!;
    // (the acronym alone in the brackets, or first before a gloss: "(HSM; Arabic: …)")
    if (k < 1 || k + 2 >= n || (!(tc[k + 2]! & (F_RPAREN | F_COMMA)) && WD[k + 2] !== ID_SEMI)) continue;
    const a = k + 1;
    if (!(tc[a]! & F_ACRO)) continue;
    const aRaw = wordRaw[WD[a]!]!;
    const prevIdx = cover[k - 1]!;
    let target: Found | null = prevIdx >= 0 ? found[prevIdx]! : null;
    // a place that ends a longer name whose initials are the acronym's is part of that name:
    // "Asociación Mutual Israelita Argentina (AMIA)", "Border Guard Bangladesh (BGB)"
    if (target && target.type === 'place' && foundJ[prevIdx] === k - 1 && foundI[prevIdx]! > 0) {
      const fi = foundI[prevIdx]!;
      const seq = G[fi] === GAP_SPACE ? capSequenceEndingAt(t, tc, fi - 1, cover) : -1;
      if (seq >= 0 && initialsAre(t, tc, seq, k - 1, aRaw)) {
        dropFound(found, cover, prevIdx);
        const text = body.slice(S[seq]!, E[k - 1]!);
        target = mention(S[seq]!, E[k - 1]!, 'organization', cleanCanonical(text, 'organization'), null, false);
        add(target, seq, k - 1);
      }
    }
    if (!target) {
      const seq = capSequenceEndingAt(t, tc, k - 1, cover);
      if (seq < 0) continue;
      const si = seq;
      const sj = k - 1;
      const text = body.slice(S[si]!, E[sj]!);
      if (NOT_ENTITIES.has(nameKey(text))) continue;
      // the first word's initial must be the acronym's, or the acronym must be the initials of the name's
      // last words ("Provisional Irish Republican Army (IRA)")
      let q = si;
      while (q <= sj && !(tc[q]! & F_WORD)) q++;
      if (q > sj) continue;
      if (wordRaw[WD[q]!]![0]!.toUpperCase()[0] !== aRaw[0]) {
        let tail = false;
        for (let p = q + 1; p < sj && !tail; p++) tail = initialsAre(t, tc, p, sj, aRaw);
        if (!tail) continue;
      }
      const type = typeOfUnknown(tc, si, sj) ?? 'organization';
      target = mention(S[si]!, E[sj]!, type, cleanCanonical(text, type), null, false);
      add(target, si, sj);
    }
    if (cover[a]! < 0) add(sameAs(target, S[a]!, E[a]!), a, a);
    if (!acr?.has(WD[a]!)) {
      (acr ??= new Map()).set(WD[a]!, target);
      stamps[WD[a]!] = acrStamp;
    }
  }
  // "Ahle Hadith Andolon Bangladesh (Alhe Hadith Movement in Bangladesh)": a parenthesised name right after
  // an organisation is another name of it
  for (let x = 0; x < np; x++) {
    const k = parens[x]!;
    if (k < 1 || cover[k - 1]! < 0) continue;
    const f = found[cover[k - 1]!]!;
    if (f.type !== 'organization' || foundJ[cover[k - 1]!] !== k - 1) continue;
    // (or a name in quotes that opens the parentheses: 'Jamaat-ul-Mujahideen ("Assembly of Mujahideen", …')
    const quoted = k + 1 < n && QUOTES.has(wordRaw[WD[k + 1]!]!);
    const b = quoted ? k + 1 : k;
    let e = b + 1;
    while (e < n && e - b <= 8 && !(tc[e]! & F_RPAREN) && tc[e]! & (F_NAME | F_CONN)) e++;
    const closed = quoted ? e < n && QUOTES.has(wordRaw[WD[e]!]!) : tc[e]! & F_RPAREN;
    if (!closed || e - b < 3 || !(tc[b + 1]! & F_NAME) || !(tc[e - 1]! & F_NAME)) continue;
    // (a known place inside it is part of the name: "Movement in Bangladesh")
    let free = true;
    for (let q = b + 1; q < e; q++) if (cover[q]! >= 0 && found[cover[q]!]!.type !== 'place') free = false;
    if (!free) continue;
    for (let q = b + 1; q < e; q++) if (cover[q]! >= 0) dropFound(found, cover, cover[q]!);
    add(sameAs(f, S[b + 1]!, E[e - 1]!), b + 1, e - 1);
  }
  if (acr)
    for (let x = 0; x < no; x++) {
      // (an acronym's word can be part of a name: it is in the list)
      const k = opens[x]!;
      if (cover[k]! >= 0 || stamps[WD[k]!] !== acrStamp) continue;
      const f = acr.get(WD[k]!);
      if (f) add(sameAs(f, S[k]!, E[k]!), k, k);
    }

  // infobox lines ("Commander1: A, B", "Units2: X, Y", "Leaders Salahuddin Farooqui[1]")
  infobox(body, t, tc, cover, found, add);

  // unknown capitalised sequences typed by evidence
  let k = 0;
  for (let x = 0; x < no; x++) {
    if (opens[x]! < k || !(tc[opens[x]!]! & F_NAME)) continue;
    k = opens[x]!;
    if (cover[k]! >= 0) continue;
    if (moreByWord[WD[k]!]! & M_HEADS && moreByWord[WD[k + 1]!]! & M_OF) {
      k = pluralHeads(t, tc, cover, add, k);
      continue;
    }
    let si = k;
    let sj = k;
    let q = k + 1;
    let forced: MentionType | null = null;
    let merged = -1; // the last token of a known place the run's last word was merged into
    for (;;) {
      if (q >= n || G[q] === GAP_LINE) break;
      // a mark between two words separates names: a letterhead's "Department of Public Information • News
      // and Media Division", a table's "A | B"
      if (G[q] === GAP_SPACE && S[q]! - E[q - 1]! > 1 && markBetween(body, E[q - 1]!, S[q]!)) break;
      if (cover[q]! >= 0) {
        const f = found[cover[q]!]!;
        const fj = foundJ[cover[q]!]!;
        // a compass word before a known region or subdivision is part of its name ("East Africa", "Northern
        // Virginia"); not before a country ("Eastern Afghanistan" is a part of Afghanistan, named as such)
        if (q === sj + 1 && G[q] === GAP_SPACE && f.type === 'place' && foundI[cover[q]!] === q && moreByWord[WD[sj]!]! & M_COMPASS && canonicalOf(f.canonical)?.kind !== 'state') {
          f.start = S[sj]!;
          f.canonical = cleanCanonical(body.slice(S[sj]!, f.end), 'place');
          foundI[cover[q]!] = sj;
          cover[sj] = cover[q]!;
          merged = fj;
          sj--; // the run before it, if any, is typed on its own
          while (sj >= si && !(tc[sj]! & F_NAME)) sj--;
          break;
        }
        // a name opened by a Spanish, Portuguese or French organisation head takes the known place that ends it,
        // right after its words or after "de"/"del" ("Asociación Mutual Israelita Argentina", holdout4; "Banco
        // de Crédito del Perú", holdout5), but not an English head after that ("the Banco de Crédito del Perú Bank")
        if (f.type === 'place' && foundI[cover[q]!] === q && sj > si && romanceNameBefore(t, tc, si, sj, q)) {
          forced = 'organization';
          sj = fj;
          q = fj + 1;
          if (q < n && G[q] === GAP_SPACE && orgHeadAt(tc, q) && !ROMANCE_HEADS.has(words.key[WD[q]!]!)) break;
          continue;
        }
        // a known name inside a longer organisation name ("Pakistan High Commission", "Border Guard Bangladesh")
        if (f.type === 'place' && sj - si >= 0 && (orgHeadAt(tc, fj + 1) || tc[sj]! & F_ORGHEAD || parenOrgEnd(tc, n, fj + 1) > 0)) {
          // (a head word right before the place that ends the run makes the run a body: "Border Guard Bangladesh")
          if (sj > si && (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP) && !orgHeadAt(tc, fj + 1) && !(tc[fj + 1]! & F_NAME && G[fj + 1] === GAP_SPACE)) forced = 'organization';
          sj = fj;
          q = fj + 1;
          continue;
        }
        // a capitalised word right before a known body's name of two or more words makes another, longer
        // name ("Afghanistan's National Security Council" is not the UN's "Security Council")
        const x = cover[q]!;
        if (
          f.type === 'organization' && f.known && f.canonical !== '' && sj === q - 1 && G[q] === GAP_SPACE && fj > q && tc[fj]! & F_ORGHEAD &&
          (tc[q]! & (F_CAP | F_THE)) === F_CAP && foundI[x] === q &&
          (tc[sj]! & (F_CAP | F_STOP | F_TITLE | F_ROLE | F_TIME)) === F_CAP && !(words.flags[WD[sj]!]! & W_UPPER) && !isDemonym(t, sj) &&
          sj > 0 && G[sj] !== GAP_LINE && !(tc[sj - 1]! & F_SENTSTART) // (not a sentence's first word, nor text in capitals)
        ) {
          dropFound(found, cover, x);
          sj = fj;
          q = fj + 1;
          continue;
        }
        // a known group right after an organisation prefix, inside a longer name ("Harakat al-Shabaab
        // al-Mujahideen"): the whole name is the organisation
        if (f.type === 'organization' && tc[q - 1]! & F_ORGPREFIX && sj === q - 1 && G[q] === GAP_SPACE && !(tc[foundI[cover[q]!]!]! & F_CAP)) {
          dropFound(found, cover, cover[q]!);
          sj = fj;
          q = fj + 1;
          continue;
        }
        break;
      }
      const tq = tc[q]!;
      // a capitalised "Of", "The", "And", "For" or "In" inside a run is a headline's Title Case, not a name's
      // connector (names write them in lower case: "Bureau of Public Affairs")
      if ((tq & (F_CONN | F_CAP)) === (F_CONN | F_CAP) && moreByWord[WD[q]!]! & M_TITLECASE) break;
      if (tq & F_NAME && (G[q] !== GAP_NONE || tc[q - 1]! & F_WORD)) {
        if (tq & F_TIME) break; // "Zargunshahr on Monday"
        sj = q++;
        continue;
      }
      if (tq & F_DOT && E[q - 1]! - S[q - 1]! === 1 && tc[q - 1]! & F_CAP && tc[q + 1]! & F_NAME) {
        q++; // middle initial "Nathan A. Sales"
        continue;
      }
      if (tq & F_WORD && !(tq & F_CAP) && G[q] === GAP_HYPHEN && tc[q - 1]! & F_CAP) {
        sj = q++; // "Para-commando"
        continue;
      }
      if (tq & F_WORD && tq & F_CONN && tc[q + 1]! & F_NAME && cover[q + 1]! < 0) {
        q++;
        continue;
      }
      // ("de"/"del" before the known place that ends a Romance body's name: "Banco de Crédito del Perú")
      if (tq & F_WORD && !(tq & F_CAP) && q === sj + 1 && cover[q + 1]! >= 0 && romanceNameBefore(t, tc, si, sj, q + 1)) {
        q++;
        continue;
      }
      // two particles of a surname ("Ursula von der Leyen", "van der", "de la")
      if (tq & F_WORD && tq & F_CONN && !(tq & F_CAP) && (tc[q + 1]! & (F_CONN | F_CAP)) === F_CONN && G[q + 1] === GAP_SPACE && tc[q + 2]! & F_NAME && cover[q + 2]! < 0 && SURNAME_PARTICLES.has(words.key[WD[q]!]!)) {
        q += 2;
        continue;
      }
      // "of the" inside a body's name after its head word ("Office of the Inspector General")
      // (or after the head that ends the name so far: "Socialist Party of the Oppressed")
      if ((tc[si]! & F_ORGHEAD || (sj > si && (tc[sj]! & (F_ORGHEAD | F_CAP)) === (F_ORGHEAD | F_CAP))) && tq & F_CONN && words.key[WD[q]!] === 'of' && tc[q + 1]! & F_THE && !(tc[q + 1]! & F_CAP) && tc[q + 2]! & F_NAME && cover[q + 2]! < 0) {
        q += 2;
        continue;
      }
      // a place head word, "of" and a known place are one place ("Eastern District of Maine")
      const pq = cover[q + 1]!;
      if (tc[sj]! & F_PLACEHEAD && tc[sj]! & F_CAP && sj > si && q === sj + 1 && words.key[WD[q]!] === 'of' && pq >= 0 && found[pq]!.type === 'place' && foundI[pq] === q + 1) {
        sj = foundJ[pq]!;
        dropFound(found, cover, pq);
        forced = 'place';
        q = sj + 1;
        continue;
      }
      break;
    }
    if (merged >= 0) {
      if (sj >= si) classify(body, t, tc, si, sj, cover, found, add);
      k = merged + 1;
      continue;
    }
    // a place head right after a known place: a landform is a place of its own ("Kashmir Valley"); an
    // administrative head adds nothing to the place it follows ("Sistan and Baluchestan Province")
    if (si === sj && si > 0 && G[si] === GAP_SPACE && (tc[si]! & (F_PLACEHEAD | F_CAP)) === (F_PLACEHEAD | F_CAP) && cover[si - 1]! >= 0) {
      const x = cover[si - 1]!;
      const f = found[x]!;
      if (f.type === 'place' && foundJ[x] === si - 1 && canonicalOf(f.canonical)?.kind !== 'state') {
        if (moreByWord[WD[si]!]! & M_LANDFORM) {
          f.end = E[si]!;
          f.canonical = cleanCanonical(body.slice(f.start, f.end), 'place');
          foundJ[x] = si;
          cover[si] = x;
        }
        k = si + 1;
        continue;
      }
    }
    // leading known place before org words: "Pakistan High Commission" starts with a known place
    if (si > 0 && cover[si - 1]! >= 0 && G[si] !== GAP_LINE && !markBetween(body, E[si - 1]!, S[si]!)) {
      const f = found[cover[si - 1]!]!;
      // (but a country before its ministry stays a place: "The Pakistan Foreign Ministry said")
      const ministry = words.key[WD[sj]!] === 'ministry' && canonicalOf(f.canonical)?.kind === 'state';
      if (f.type === 'place' && foundJ[cover[si - 1]!] === si - 1 && orgHeadWithin(tc, si, sj) && !ministry) {
        si = foundI[cover[si - 1]!]!;
        dropFound(found, cover, cover[si]!);
      }
    }
    classify(body, t, tc, si, sj, cover, found, add, forced);
    k = Math.max(sj + 1, k + 1);
  }

  // "Indian army", "Obama administration": a capitalised word before a lower-case organisation head
  // (handled in classify); known place + " district"/" division" → the district
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type === 'organization' && f.canonical !== '') {
      chapterOf(body, t, tc, found, cover, x);
      // a known body's "News" is its news service, the same body ("VOA News", "BBC News")
      const q = foundJ[x]! + 1;
      if (f.known && q < n && G[q] === GAP_SPACE && cover[q]! < 0 && words.raw[WD[q]!] === 'News' && !(tc[q + 1]! & F_NAME && G[q + 1] === GAP_SPACE)) {
        f.end = E[q]!;
        cover[q] = x;
        foundJ[x] = q;
      }
    }
    if (f.type !== 'place' || f.canonical === '') continue;
    const q = foundJ[x]! + 1;
    // (and any known place a capitalised "Airport": the venue, "Brussels Airport")
    const mq = q < n ? moreByWord[WD[q]!]! : 0;
    const suffix = (tc[q]! & (F_CAP | F_WORD)) === (F_CAP | F_WORD) && (((mq & M_SUFFIX) !== 0 && canonicalOf(f.canonical)?.kind !== 'state') || (mq & M_AIRPORT) !== 0);
    // (a lower-case "district" only after a built-in place: "Pulwama district"; after another name it is
    // no part of it, "Khashrod district")
    if (q < n && G[q] === GAP_SPACE && ((tc[q]! & F_DISTRICT && (tc[q]! & F_CAP || canonicalOf(f.canonical) !== null)) || suffix) && cover[q]! < 0) {
      const nx = wordRaw[WD[q]!]!;
      f.end = E[q]!;
      f.canonical = `${f.canonical} ${nx[0]!.toUpperCase()}${nx.slice(1)}`;
      cover[q] = cover[q - 1]!;
      foundJ[x] = q;
    }
  }

  nationalBodies(body, t, tc, found);
  acronymsOfBodies(t, tc, cover, found);

  // surnames of people named in full, later alone ("Mike Mullen" … "Mullen")
  let surname: Map<string, Found> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'person' || f.canonical === '') continue;
    // the last of two or more parts split at white space
    const c = f.canonical;
    let p = c.length - 1;
    while (p >= 0 && !isS(c.charCodeAt(p))) p--;
    if (p < 0 || c.length - p - 1 < 4) continue;
    // (a surname with the article, "al-Sahrawi", is also found by the word after it: "… or al-Sahrawi.")
    const h = p + 3;
    if (c.charCodeAt(h) === 45 && c.length - h > 4 && (c.slice(p + 1, h).toLowerCase() === 'al' || c.slice(p + 1, h).toLowerCase() === 'el')) {
      const bare = c.slice(h + 1);
      if (upperFirst(bare) && !surname?.has(bare)) (surname ??= new Map()).set(bare, f);
    }
    // (an upper-case first letter, tested by its code unit when it is ASCII)
    const z = c.charCodeAt(p + 1);
    if (z < 128 && !(z >= 65 && z <= 90)) continue;
    const last = c.slice(p + 1);
    if ((z < 128 || UPPER_FIRST.test(last)) && !surname?.has(last)) (surname ??= new Map()).set(last, f);
  }
  // (and by its key, fold.ts, a surname spelt otherwise: "Arellan" … "Arrellan"; the first person of a key)
  let surnameByKey: Map<string, Found> | null = null;
  if (surname) for (const [last, f] of surname) if (!(surnameByKey ??= new Map()).has(foldToken(last))) surnameByKey.set(foldToken(last), f);
  // a group named "<Name> network/group/movement" is also "<Name>" before a noun ("Haqqani militants")
  let short: Map<string, Found> | null = null;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.type !== 'organization' || f.canonical === '') continue;
    // (the name must end in k, p or t, in either case, or the Kelvin sign, which /i folds to k)
    const z = f.canonical.charCodeAt(f.canonical.length - 1);
    if ((z | 32) !== 107 && (z | 32) !== 112 && (z | 32) !== 116 && z !== 0x212a) continue;
    const m = /^(\p{Lu}[\p{L}-]{3,}) (?:network|group|movement)$/iu.exec(f.canonical);
    if (m && !short?.has(m[1]!)) (short ??= new Map()).set(m[1]!, f);
  }
  // both found again in one pass over the name words: a word in both is stamped as a surname (stamped last),
  // and the surname's branch looks at the group too; a mention added at one token changes no test at another
  const shortStamp = newStamp();
  const surnameStamp = newStamp();
  const noVariantStamp = newStamp();
  if (short) stampKeys(short, shortStamp);
  if (surname) stampKeys(surname, surnameStamp);
  if (short || surname)
    for (let x = 0; x < no; x++) {
      const q = opens[x]!;
      if (!(tc[q]! & F_CAP)) continue;
      // (a word not stamped is in neither: the lookups below would find nothing)
      let st = stamps[WD[q]!];
      // (a word in neither whose key is a surname's, four letters or more: that person's surname spelt otherwise;
      // a word whose key is none is stamped so, and not looked up again)
      const variant = st !== shortStamp && st !== surnameStamp && st !== noVariantStamp && surnameByKey !== null && E[q]! - S[q]! >= 4 ? surnameByKey.get(words.key[WD[q]!]!) : undefined;
      if (variant) st = surnameStamp;
      else if (surnameByKey !== null && st !== shortStamp && st !== surnameStamp) stamps[WD[q]!] = noVariantStamp;
      // a person's surname found as a place (not a country) is the person ("Riaz Basra" … "Basra, the first …")
      const y = cover[q]!;
      // (the article of a surname: "al-" before it, and a name found by evidence over both, "Al-Sahrawi first …")
      const article = st === surnameStamp && q > 0 && G[q] === GAP_HYPHEN && (words.key[WD[q - 1]!] === 'al' || words.key[WD[q - 1]!] === 'el') && (q < 2 || G[q - 1] !== GAP_HYPHEN);
      const ownName = article && y >= 0 && foundI[y] === q - 1 && foundJ[y] === q && !found[y]!.known && found[y]!.type !== 'person';
      if (y >= 0 && !ownName && (st !== surnameStamp || found[y]!.type !== 'place' || foundI[y] !== q || foundJ[y] !== q || (canonicalOf(found[y]!.canonical)?.kind !== 'place' && cityOf(found[y]!.canonical) === undefined))) continue;
      if (st === shortStamp) {
        const f = short!.get(wordRaw[WD[q]!]!);
        if (f && q + 1 < n && tc[q + 1]! & F_WORD && !(tc[q + 1]! & F_CAP) && G[q + 1] === GAP_SPACE) add(sameAs(f, S[q]!, E[q]!), q, q);
      } else if (st === surnameStamp) {
        const f = variant ?? surname!.get(wordRaw[WD[q]!]!);
        // a word that is a person's surname and a group's short name, before a group noun or a role, is the
        // group ("Jalaluddin Haqqani" … "the Haqqani network" … "Haqqani insurgent group", "Haqqani
        // militants"; but "Haqqani said", "Haqqani was")
        const o = short?.get(wordRaw[WD[q]!]!);
        if (o && !article && lowerWordAt(t, tc, q + 1) && (tc[q + 1]! & (F_GROUPNOUN | F_ROLE) || (lowerWordAt(t, tc, q + 2) && tc[q + 2]! & (F_GROUPNOUN | F_ROLE)))) {
          if (y >= 0) dropFound(found, cover, y);
          add(sameAs(o, S[q]!, E[q]!), q, q);
          continue;
        }
        if (tc[q - 1]! & F_THE) continue; // "the Baloch separatist group"
        if (!f || (tc[q + 1]! & F_CAP && G[q + 1] === GAP_SPACE)) continue;
        // the full name again, its first words not yet found ("Azam Cheema and …", where nothing typed it)
        let p = article && (cover[q - 1]! < 0 || ownName) ? q - 1 : q;
        for (let k = 1; k <= 3 && p === q && q - k >= 0 && cover[q - k]! < 0 && G[q - k + 1] === GAP_SPACE; k++)
          if (body.slice(S[q - k]!, E[q]!) === f.canonical) p = q - k;
        if (y >= 0) dropFound(found, cover, y);
        add(sameAs(f, S[p]!, E[q]!), p, q);
      }
    }

  // another name of a person in brackets right after it ("Abdul Aziz al-Muhammadawi (Abu Fadak)", "X (aka Y)"),
  // and the same person named again shorter or with another middle initial ("Mr. Daley", "William P. Barr")
  aliasesInBrackets(t, tc, cover, found);
  samePeople(found);
  officeHolders(found, t, published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : null);
  textForms(body, found);
  sameBodies(found);
  sameVenues(found);
  // a name found by evidence that the document gives a vehicle elsewhere is the vehicle's (no mention)
  if (vehicleNames) for (const f of found) if (!f.known && f.type !== 'person' && vehicleNames.has(f.canonical)) f.canonical = '';

  // the mentions kept, in order of their start (the sort is stable: ties stay in the order found); the list
  // found becomes the answer, in place
  let m = 0;
  let sorted = true;
  for (let x = 0; x < found.length; x++) {
    const f = found[x]!;
    if (f.canonical === '' || f.end <= f.start) continue;
    if (m > 0 && f.start < found[m - 1]!.start) sorted = false;
    // a mention of one token is its word's spelling: the word table's string, not a new one
    const i = foundI[x]!;
    f.text = i === foundJ[x] && f.start === S[i] && f.end === E[i] ? wordRaw[WD[i]!]! : body.slice(f.start, f.end);
    found[m++] = f;
  }
  found.length = m;
  if (!sorted) byStart(found);
  return found;
}
