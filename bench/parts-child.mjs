// For bench row 8b: checks every corpus post with each part of the checker provided through a
// recorder (a proxy that notes the first time a post touches it), and prints, per post, the parts
// its check used: those the browser would have loaded for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

const [root, corpus] = process.argv.slice(2);
const dist = (path) => import(join(root, 'dist/src', path));
const { allParts } = await dist('parts/all.js');
const { provideParts } = await dist('parts/registry.js');
const { checkSync } = await dist('check-sync.js');

let used = new Set();
const recorded = Object.fromEntries(
  Object.entries(allParts).map(([name, part]) => [
    name,
    new Proxy(part, {
      get(target, key) {
        used.add(name);
        return target[key];
      },
    }),
  ]),
);
provideParts(recorded);

const NOW = new Date('2026-01-01T00:00:00Z');
const files = globSync('**/*.{md,markdown,html,htm,json}', { cwd: corpus, absolute: true }).sort();
const needs = [];
for (const file of files) {
  used = new Set();
  checkSync({ content: readFileSync(file, 'utf8'), path: file.slice(corpus.length + 1), now: NOW });
  needs.push([...used].sort());
}
process.stdout.write(JSON.stringify(needs));
