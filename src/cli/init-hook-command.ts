// `content-a11y init-hook`: install a git pre-commit hook that runs `check --staged`. It goes where
// git looks for hooks (core.hooksPath honoured), never silently replaces someone else's hook, and
// under husky (whose .husky/_ folder is regenerated) says which line to add to .husky/pre-commit.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitError, git } from '../git/git.js';
import type { CliStrings } from '../i18n/strings.js';
import type { CliIo } from './io.js';
import type { CommandSpec } from './program.js';
import { UsageError } from './usage-error.js';

export const HOOK_MARKER = '# installed by content-a11y init-hook';

/** This very CLI, which the hook runs by its absolute path. */
function thisCli(): string {
  // The package's `bin` is the bundle (dist/cli/content-a11y.js, beside this chunk); the tsc
  // output (dist/src/cli/bin.js) when running unbundled.
  for (const sibling of ['./content-a11y.js', './bin.js']) {
    const here = fileURLToPath(new URL(sibling, import.meta.url));
    if (existsSync(here)) return here;
  }
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

export const initHookCommand: CommandSpec = {
  name: 'init-hook',
  define(command, { io, t, help, exit }) {
    command
      .option('--force', help.options.force)
      .addHelpText('after', help.initHookAfter)
      .action(async (values: { force?: boolean }) => {
        exit(await runInitHook(values, io, t));
      });
  },
};

async function runInitHook(values: { force?: boolean }, io: CliIo, t: CliStrings): Promise<number> {
  let hooksDir: string;
  try {
    // --git-path hooks follows core.hooksPath (husky's .husky/_, a shared hooks folder) and worktrees.
    hooksDir = resolve(
      io.cwd,
      (await git(['rev-parse', '--git-path', 'hooks'], { cwd: io.cwd })).toString().trim(),
    );
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(t.hookNeedsGit, 'init-hook');
    throw error;
  }
  const husky = huskyFolder(hooksDir);
  if (husky) {
    const file = join(husky, 'pre-commit');
    const existing = await readFile(file, 'utf8').catch(() => undefined);
    const shown = relative(io.cwd, file) || file;
    if (existing?.includes('content-a11y check --staged')) {
      io.stdout.write(`${t.hookInstalled(true, shown)}\n`);
      return 0;
    }
    io.stderr.write(t.huskyHook(shown, existing !== undefined));
    return 1;
  }
  const hook = join(hooksDir, 'pre-commit');
  const existing = await readFile(hook, 'utf8').catch(() => undefined);
  const ours = existing?.includes(HOOK_MARKER) ?? false;
  if (existing !== undefined && !ours && !values.force) {
    io.stderr.write(`content-a11y: ${t.hookExists(hook)}\n`);
    return 1;
  }
  await mkdir(hooksDir, { recursive: true });
  if (existing !== undefined && !ours) await rename(hook, `${hook}.backup`);
  await writeFile(hook, hookScript());
  await chmod(hook, 0o755);
  io.stdout.write(`${t.hookInstalled(ours, hook)}\n`);
  return 0;
}

/** husky 9 points core.hooksPath at .husky/_ (generated); husky 4–8 at .husky. The user's hooks live in .husky/. */
function huskyFolder(hooksDir: string): string | undefined {
  const parts = hooksDir.split(sep);
  if (basename(hooksDir) === '_' && basename(dirname(hooksDir)) === '.husky') return dirname(hooksDir);
  if (parts[parts.length - 1] === '.husky') return hooksDir;
  return undefined;
}
