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

const code = await main(process.argv.slice(2), processIo());
process.exitCode = code;
