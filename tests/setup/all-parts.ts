// Tests import the parser's modules directly (src/parse/markdown.ts, src/check-sync.ts) rather than
// through a Node entry point, so they get every part of the checker here, as Node's entry points
// do (src/check.ts). What the browser does without them is tested on the bundle
// (tests/browser/parts.test.ts), whose module registry is its own.
import { allParts } from '../../src/parts/all.js';
import { provideParts } from '../../src/parts/registry.js';

provideParts(allParts);
