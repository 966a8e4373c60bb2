#!/usr/bin/env node
import { cliStrings } from '../i18n/strings.js';
import { abandonWrites } from './io.js';
import { cliLocale, main, processIo } from './main.js';

// Ctrl-C: no half-written report is left behind, and the exit code says the run was interrupted.
process.once('SIGINT', () => {
  const code = abandonWrites();
  process.stderr.write(`\ncontent-a11y: ${cliStrings(cliLocale(process.argv, process.env)).interrupted}\n`);
  process.exit(code);
});

// No top-level await: the bundled CLI (dist/cli/content-a11y.cjs) is a CommonJS file.
void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
