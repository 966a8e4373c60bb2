import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOOK_MARKER } from '../../src/cli/init-hook-command.js';
import { runCli } from '../helpers/cli.js';
import { BROKEN, CLEAN, tempRepo } from '../helpers/git-repo.js';

// The built binary (npm install builds it; the hook runs it) must be at least as new as this feature.
const built = existsSync(join(import.meta.dirname, '../../dist/src/cli/init-hook-command.js'));

describe('content-a11y init-hook', () => {
  it('installs an executable pre-commit hook, and updates its own on a second run', async () => {
    const repo = tempRepo();
    const run = await runCli(['init-hook'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    expect(readFileSync(hook, 'utf8')).toContain('check --staged');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    // The script is valid sh.
    execFileSync('sh', ['-n', hook]);
    const again = await runCli(['init-hook'], { cwd: repo.dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Updated/);
  });

  it('refuses politely to overwrite a foreign hook; --force replaces it and keeps a backup', async () => {
    const repo = tempRepo();
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\nnpm test\n');
    const refused = await runCli(['init-hook'], { cwd: repo.dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists and was not written by content-a11y/);
    expect(refused.stderr).toMatch(/--force/);
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\nnpm test\n');
    const forced = await runCli(['init-hook', '--force'], { cwd: repo.dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain(HOOK_MARKER);
    expect(readFileSync(`${hook}.backup`, 'utf8')).toBe('#!/bin/sh\nnpm test\n');
  });

  it('respects core.hooksPath, also from a subdirectory', async () => {
    const repo = tempRepo({ 'content/post.md': 'x' });
    repo.git('config', 'core.hooksPath', '.githooks');
    const run = await runCli(['init-hook'], { cwd: join(repo.dir, 'content') });
    expect(run.code).toBe(0);
    expect(existsSync(join(repo.dir, '.githooks/pre-commit'))).toBe(true);
    expect(existsSync(join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);
  });

  it('outside a repository or with a bad flag: exit 2', async () => {
    const repo = tempRepo();
    expect((await runCli(['init-hook', '--nope'], { cwd: repo.dir })).code).toBe(2);
    expect((await runCli(['init-hook'], { cwd: join(repo.dir, '..') })).code).toBe(2);
    expect((await runCli(['init-hook', '--help'], { cwd: repo.dir })).stdout).toMatch(/pre-commit/);
  });

  it.skipIf(!built)(
    'the installed hook blocks a commit whose staged post fails, and lets a clean one through',
    async () => {
      const repo = tempRepo({ 'post.md': BROKEN, 'node_modules/.bin/content-a11y': '' });
      // The hook runs this build by its absolute path, never the working tree's
      // node_modules/.bin/content-a11y (a pulled commit could supply one that lets everything pass).
      const shim = join(repo.dir, 'node_modules/.bin/content-a11y');
      writeFileSync(shim, '#!/bin/sh\ntouch PWNED\nexit 0\n');
      chmodSync(shim, 0o755);
      writeFileSync(join(repo.dir, '.gitignore'), 'node_modules/\n');
      expect((await runCli(['init-hook'], { cwd: repo.dir })).code).toBe(0);
      repo.git('add', 'post.md', '.gitignore');
      const blocked = spawnSync('git', ['commit', '-q', '-m', 'broken'], { cwd: repo.dir, encoding: 'utf8' });
      expect(blocked.status).not.toBe(0);
      expect(blocked.stdout + blocked.stderr).toMatch(/img-alt-missing/);
      writeFileSync(join(repo.dir, 'post.md'), CLEAN);
      repo.git('add', 'post.md');
      const passed = spawnSync('git', ['commit', '-q', '-m', 'clean'], { cwd: repo.dir, encoding: 'utf8' });
      expect(passed.status).toBe(0);
      // `git commit PATH` commits the working tree's PATH through a temporary index (GIT_INDEX_FILE):
      // the hook must see that content, though `git add` was never run.
      writeFileSync(join(repo.dir, 'post.md'), BROKEN);
      const partial = spawnSync('git', ['commit', '-q', '-m', 'partial', 'post.md'], {
        cwd: repo.dir,
        encoding: 'utf8',
      });
      expect(partial.status).not.toBe(0);
      expect(existsSync(join(repo.dir, 'PWNED'))).toBe(false);
    },
    120_000, // three commits, each a fresh process running the hook: slow on a busy machine
  );
});
