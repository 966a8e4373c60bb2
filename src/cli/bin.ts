#!/usr/bin/env node
import { abandonWrites } from './check-command.js';
import { main, processIo } from './main.js';

// Ctrl-C: no half-written report is left behind, and the exit code says the run was interrupted.
process.once('SIGINT', () => {
  const code = abandonWrites();
  process.stderr.write('\ncontent-a11y: interrupted; no report was written.\n');
  process.exit(code);
});

const code = await main(process.argv.slice(2), processIo());
process.exitCode = code;
