// Runs a script (the CLI or the floor) in this process and reports its peak memory, wall time and
// CPU time (user + system, every thread) on stderr: worker threads share the process, so maxRSS
// and the CPU times cover the whole run.
import { resourceUsage } from 'node:process';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
const started = performance.now();
process.argv = [process.argv[0], script, ...args];
process.stdout.write = () => true;
process.on('exit', () => {
  const usage = resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  process.stderr.write(
    `\nmaxRSS=${usage.maxRSS} wall=${Math.round(performance.now() - started)} cpu=${cpuMs}\n`,
  );
});
await import(pathToFileURL(script).href);
