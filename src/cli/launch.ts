#!/usr/bin/env node
// The package's `bin`, built by scripts/bundle-cli.mjs into dist/cli/content-a11y.js: runs the
// bundled CLI beside it (content-a11y.cjs) with V8's code cache (see compile-cache.ts).
import { fileURLToPath } from 'node:url';
import { checkedHere } from '../files/checked-here.js';
import { runCached } from './compile-cache.js';

const run = runCached(fileURLToPath(new URL('./content-a11y.cjs', import.meta.url)));
// Written at the end of a check that checked posts in this thread (exit 0 or 1), once the functions
// a check calls are compiled too: a cache written by `--version`, a usage error or a run whose
// posts all went to worker threads would hold only the start-up code, and would then be used, not
// renewed.
if (!run.used && process.argv[2] === 'check') {
  process.once('exit', (code) => {
    if ((code === 0 || code === 1) && checkedHere()) run.save();
  });
}
