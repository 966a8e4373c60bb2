// `npm version X` runs this before it commits and tags vX: the README's pre-commit `rev:` then
// names the tag being made, so what the README tells people to write always exists.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The README with every pre-commit `rev: vX.Y.Z` set to `version`. */
export function syncReadmeVersion(readme, version) {
  return readme.replace(/^(\s*rev: )v\d+\.\d+\.\d+[\w.-]*$/gm, `$1v${version}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(import.meta.dirname, '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const path = join(root, 'README.md');
  writeFileSync(path, syncReadmeVersion(readFileSync(path, 'utf8'), version));
}
