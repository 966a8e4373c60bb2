// `npm run docs`: writes docs/rules/<id>.md for every registered rule, removes pages of rules
// that no longer exist, and regenerates the README's rule table. Runs on the built library
// (`npm run build` first), so it sees exactly the rules the package ships.
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '../dist/src/config/schema.js';
import { GENERATED_MARK, renderDocs, updateReadme } from '../dist/src/docs/rule-docs.js';
import { rules } from '../dist/src/index.js';

const root = join(import.meta.dirname, '..');
const docsDir = join(root, 'docs/rules');
mkdirSync(docsDir, { recursive: true });

const pages = renderDocs(rules);
let changed = 0;
for (const [path, content] of pages) {
  const file = join(root, path);
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {}
  if (old !== content) {
    writeFileSync(file, content);
    changed++;
  }
}
for (const name of readdirSync(docsDir)) {
  const file = join(docsDir, name);
  if (!name.endsWith('.md') || pages.has(`docs/rules/${name}`)) continue;
  if (readFileSync(file, 'utf8').startsWith(GENERATED_MARK)) {
    unlinkSync(file);
    changed++;
  }
}
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = updateReadme(readme, rules);
if (updated !== readme) {
  writeFileSync(readmePath, updated);
  changed++;
}
// The configuration's JSON Schema, for editors ("$schema" in content-a11y.config.json).
const schemaPath = join(root, 'docs/schema/config.schema.json');
mkdirSync(join(root, 'docs/schema'), { recursive: true });
const schema = `${JSON.stringify(configSchema(rules), null, 2)}\n`;
let oldSchema = null;
try {
  oldSchema = JSON.parse(readFileSync(schemaPath, 'utf8'));
} catch {}
// Compared as data: the file is kept in the repository's JSON format (biome).
if (JSON.stringify(oldSchema) !== JSON.stringify(JSON.parse(schema))) {
  writeFileSync(schemaPath, schema);
  changed++;
}
console.log(`content-a11y docs: ${pages.size} rule pages, ${changed} file(s) changed.`);
