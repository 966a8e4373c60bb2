// `content-a11y init-hook`: install a git pre-commit hook that runs `check --staged`. It goes where
// git looks for hooks (core.hooksPath honoured), and never silently replaces someone else's hook.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GitError, git } from '../git/git.js';
import type { CliIo } from './check-command.js';
import { INIT_HOOK_HELP } from './help.js';
import { UsageError } from './usage-error.js';

export const HOOK_MARKER = '# installed by content-a11y init-hook';

/** This very CLI, which the hook runs by its absolute path. */
function thisCli(): string {
  const here = fileURLToPath(new URL('./bin.js', import.meta.url));
  if (existsSync(here)) return here;
  // Running from the TypeScript sources (the tests): the package's built CLI.
  return fileURLToPath(new URL('../../dist/src/cli/bin.js', import.meta.url));
}

/** `value` as one single-quoted sh word. */
function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The hook runs the content-a11y that installed it, by absolute path, with the node running now:
 * never `node_modules/.bin/content-a11y` or an npx lookup from the working tree, which a pulled
 * commit could supply. When that install is gone the hook says so and blocks the commit (skip
 * once with --no-verify) rather than run whatever is found.
 */
export function hookScript(cli = thisCli(), node = process.execPath): string {
  return `#!/bin/sh
${HOOK_MARKER}: checks the staged posts for accessibility.
# Skip once with "git commit --no-verify"; remove this file to uninstall.
cli=${shQuote(cli)}
node=${shQuote(node)}
if [ ! -f "$cli" ] || [ ! -x "$node" ]; then
  echo "content-a11y: the pre-commit hook cannot find $cli (or node): run \\"npx content-a11y init-hook\\" again, or commit with --no-verify." >&2
  exit 1
fi
exec "$node" "$cli" check --staged
`;
}

const OPTIONS = {
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runInitHook(argv: string[], io: CliIo): Promise<number> {
  let values: { force?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}`);
  }
  if (values.help) {
    io.stdout.write(INIT_HOOK_HELP);
    return 0;
  }
  let hooksDir: string;
  try {
    // --git-path hooks follows core.hooksPath (husky's .husky/_, a shared hooks folder) and worktrees.
    hooksDir = resolve(
      io.cwd,
      (await git(['rev-parse', '--git-path', 'hooks'], { cwd: io.cwd })).toString().trim(),
    );
  } catch (error) {
    if (error instanceof GitError) throw new UsageError('init-hook must run inside a git repository.');
    throw error;
  }
  const hook = join(hooksDir, 'pre-commit');
  let existing: string | undefined;
  try {
    existing = await readFile(hook, 'utf8');
  } catch {
    existing = undefined;
  }
  const ours = existing?.includes(HOOK_MARKER) ?? false;
  if (existing !== undefined && !ours && !values.force) {
    io.stderr.write(
      `content-a11y: ${hook} already exists and was not written by content-a11y, so it was left alone.\n` +
        'Add this line to it to check staged posts:\n\n  npx --no-install content-a11y check --staged\n\n' +
        'or run "content-a11y init-hook --force" to replace it (the old hook is kept as pre-commit.backup).\n',
    );
    return 1;
  }
  await mkdir(hooksDir, { recursive: true });
  if (existing !== undefined && !ours) await rename(hook, `${hook}.backup`);
  await writeFile(hook, hookScript());
  await chmod(hook, 0o755);
  io.stdout.write(
    `${ours ? 'Updated' : 'Installed'} the pre-commit hook ${hook}: commits now check the staged posts.\n`,
  );
  return 0;
}
