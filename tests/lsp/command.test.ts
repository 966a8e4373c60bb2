// `content-a11y lsp`: the command's own arguments (the server itself is tested over stdio).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('content-a11y lsp', () => {
  it('prints its usage', async () => {
    const run = await runCli(['lsp', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: content-a11y lsp --stdio');
  });

  it.each([
    [[], /add --stdio/],
    [['--socket=6009'], /unknown option --socket=6009/],
  ])('refuses %j with a one-line message and exit code 2', async (args, message) => {
    const run = await runCli(['lsp', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
