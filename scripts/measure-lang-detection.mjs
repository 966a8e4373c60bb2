// Accuracy of language detection on short excerpts (tests/lang/detection/*.jsonl, cut by
// scripts/cut-lang-excerpts.mjs), per language and length band, for a post that declares nothing:
// what language the post is checked in, and how often that was a sure answer.
//
//   npm run build && node scripts/measure-lang-detection.mjs [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectedLanguage } from '../dist/src/lang/decide.js';

const dir = process.argv[2] ?? 'tests/lang/detection';
const BANDS = [
  [50, 99],
  [100, 149],
  [150, 199],
  [200, 250],
];
console.log(
  '| lang | excerpts | right | right and sure | wrong and sure | 50–99 | 100–149 | 150–199 | 200–250 | checked as (wrong) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const excerpts = readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  let right = 0;
  let rightSure = 0;
  let wrongSure = 0;
  const wrong = {};
  const bands = BANDS.map(() => [0, 0]);
  for (const e of excerpts) {
    const d = detectedLanguage(e.text);
    const ok = d.lang === e.lang;
    const band = BANDS.findIndex(([lo, hi]) => e.text.length >= lo && e.text.length <= hi);
    bands[band][1]++;
    if (ok) {
      right++;
      bands[band][0]++;
      if (d.detection?.sure) rightSure++;
    } else {
      wrong[d.lang] = (wrong[d.lang] ?? 0) + 1;
      if (d.detection?.sure) wrongSure++;
    }
  }
  const pct = (n, of = excerpts.length) => `${((100 * n) / of).toFixed(1)}%`;
  const lang = excerpts[0].lang;
  console.log(
    `| ${lang} | ${excerpts.length} | ${pct(right)} | ${pct(rightSure)} | ${pct(wrongSure)} | ${bands.map(([a, n]) => `${a}/${n}`).join(' | ')} | ${Object.entries(
      wrong,
    )
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')} |`,
  );
}
