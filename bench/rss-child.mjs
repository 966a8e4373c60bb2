// Runs a script (the CLI) in this process and reports its peak memory and wall time on stderr:
// worker threads share the process, so maxRSS covers the whole run.
import { resourceUsage } from 'node:process';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
const started = performance.now();
process.argv = [process.argv[0], script, ...args];
process.stdout.write = () => true;
process.on('exit', () => {
  process.stderr.write(
    `\nmaxRSS=${resourceUsage().maxRSS} wall=${Math.round(performance.now() - started)}\n`,
  );
});
await import(pathToFileURL(script).href);
