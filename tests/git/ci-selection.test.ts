import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, shardFiles } from '../../src/files/shard.js';
import { runCli } from '../helpers/cli.js';
import { BROKEN, CLEAN, tempRepo } from '../helpers/git-repo.js';

function paths(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);
}

describe('--shard', () => {
  it('four shards over a 40-file repo check every file exactly once, evenly', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`posts/${String(i).padStart(2, '0')}/post ${i}.md`] = CLEAN;
    const repo = tempRepo(files);
    const seen: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const run = await runCli(['check', '.', '--shard', `${i}/4`, '--format', 'json'], { cwd: repo.dir });
      expect(run.code).toBe(0);
      const mine = paths(run.stdout);
      expect(mine).toHaveLength(10);
      seen.push(...mine);
    }
    expect(seen.sort()).toEqual(Object.keys(files).sort());
    // The same shard from a subdirectory: the same files (the split uses repository-relative paths).
    const fromRoot = paths(
      (await runCli(['check', 'posts', '--shard', '2/4', '--format', 'json'], { cwd: repo.dir })).stdout,
    );
    const fromSub = paths(
      (await runCli(['check', '.', '--shard', '2/4', '--format', 'json'], { cwd: join(repo.dir, 'posts') }))
        .stdout,
    );
    expect(fromSub.map((p) => `posts/${p}`)).toEqual(fromRoot);
  });

  it('splits unevenly sized lists into parts differing by at most one', () => {
    const files = Array.from({ length: 7 }, (_, i) => `/r/${i}.md`);
    const sizes = [1, 2, 3].map((index) => shardFiles(files, { index, count: 3 }, '/r').length);
    expect(sizes.sort()).toEqual([2, 2, 3]);
  });

  it('rejects malformed shards with exit 2', async () => {
    expect(parseShard('0/4')).toMatch(/between 1 and the count/);
    expect(parseShard('5/4')).toMatch(/between 1 and the count/);
    expect(parseShard('x')).toMatch(/INDEX\/COUNT/);
    const run = await runCli(['check', 'fixtures/seed', '--shard', '3'], {
      cwd: join(import.meta.dirname, '../..'),
    });
    expect(run.code).toBe(2);
  });
});

describe('--changed-since and --files-from', () => {
  it('checks only the posts changed on the branch since REF', async () => {
    const repo = tempRepo({ 'old.md': BROKEN, 'keep.md': CLEAN });
    repo.git('add', '.');
    repo.git('commit', '-q', '-m', 'base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'new.md': CLEAN, 'keep.md': `${CLEAN}\nMore.\n`, 'image.png': 'x' });
    repo.git('rm', '-q', 'old.md');
    repo.git('add', '.');
    repo.git('commit', '-q', '-m', 'change');
    const run = await runCli(['check', '--changed-since', 'main', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(paths(run.stdout)).toEqual(['keep.md', 'new.md']);
    const narrowed = await runCli(['check', 'n*.md', '--changed-since', 'main', '--format', 'json'], {
      cwd: repo.dir,
    });
    expect(paths(narrowed.stdout)).toEqual(['new.md']);
    const bad = await runCli(['check', '--changed-since', 'no-such-branch'], { cwd: repo.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/git diff failed/);
  });

  it('reads NUL- or newline-separated lists from a file or stdin, skipping deleted files and non-posts', async () => {
    const repo = tempRepo({ 'a b.md': BROKEN, 'zdjęcia/c.md': CLEAN, 'x.png': 'x' });
    writeFileSync(join(repo.dir, 'list.txt'), 'a b.md\r\nzdjęcia/c.md\ngone.md\nx.png\n\n');
    const fromFile = await runCli(['check', '--files-from', 'list.txt', '--format', 'json'], {
      cwd: repo.dir,
    });
    expect(paths(fromFile.stdout)).toEqual(['a b.md', 'zdjęcia/c.md']);
    expect(fromFile.code).toBe(1);
    const fromStdin = await runCli(['check', '--files-from', '-', '--format', 'json'], {
      cwd: repo.dir,
      stdin: 'zdjęcia/c.md\0gone.md\0',
    });
    expect(paths(fromStdin.stdout)).toEqual(['zdjęcia/c.md']);
    const empty = await runCli(['check', '--files-from', '-', '--format', 'json'], {
      cwd: repo.dir,
      stdin: '',
    });
    expect(paths(empty.stdout)).toEqual([]);
    expect(empty.code).toBe(0);
    const missing = await runCli(['check', '--files-from', 'nope.txt'], { cwd: repo.dir });
    expect(missing.code).toBe(2);
  });

  it('refuses --staged together with --changed-since', async () => {
    const repo = tempRepo();
    const run = await runCli(['check', '--staged', '--changed-since', 'main'], { cwd: repo.dir });
    expect(run.code).toBe(2);
  });
});
