import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { checkSync } from '/work/main/dist/src/check.js';
import { resolveConfig } from '/work/main/dist/src/config/resolve.js';

const files = globSync('/work/shared/corpus/**/*.md').slice(0, 1500);
const texts = files.map((f) => [f, readFileSync(f, 'utf8')]);
const p = unified().use(remarkParse);
const cfg = resolveConfig({});
for (let round = 0; round < 2; round++) {
  let t = performance.now();
  for (const [, s] of texts) p.parse(s);
  const floor = performance.now() - t;
  t = performance.now();
  for (const [f, s] of texts) checkSync({ content: s, path: f, config: cfg });
  const native = performance.now() - t;
  console.log({ floor: floor.toFixed(0), native: native.toFixed(0), ratio: (native / floor).toFixed(2) });
}
