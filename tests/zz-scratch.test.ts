import { it } from 'vitest';
import { runCli } from '/work/wt-cli/tests/helpers/cli.js';
it('x', async () => {
  const args = JSON.parse(process.env.ARGS!);
  const r = await runCli(args, { cwd: process.env.CWD ?? '/work/wt-cli', env: JSON.parse(process.env.ENVJ ?? '{}'), tty: process.env.TTY === '1' });
  console.log(`CODE ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
});
