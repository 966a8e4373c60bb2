import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache, stableHash } from '../../src/files/cache.js';
import { checkFiles } from '../../src/files/check-files.js';
import { runCli } from '../helpers/cli.js';
import { BROKEN, CLEAN, tempRepo } from '../helpers/git-repo.js';

function counts(stderr: string): [number, number] {
  const match = /(\d+) files checked, (\d+) from the cache/.exec(stderr);
  if (!match) throw new Error(`no cache statistics in: ${stderr}`);
  return [Number(match[1]), Number(match[2])];
}

describe('--cache', () => {
  it('a second run over an unchanged tree re-checks nothing; a changed file or config is checked again', async () => {
    const files: Record<string, string> = { 'broken.md': BROKEN };
    for (let i = 0; i < 5; i++) files[`p${i}.md`] = CLEAN;
    const repo = tempRepo(files);
    const first = await runCli(['check', '.', '--cache', '--debug', '--format', 'json'], { cwd: repo.dir });
    expect(counts(first.stderr)).toEqual([6, 0]);
    const second = await runCli(['check', '.', '--cache', '--debug', '--format', 'json'], { cwd: repo.dir });
    expect(counts(second.stderr)).toEqual([0, 6]);
    // Same findings, same exit code from the cache.
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));

    writeFileSync(join(repo.dir, 'p0.md'), `${CLEAN}\nEdited.\n`);
    const third = await runCli(['check', '.', '--cache', '--debug'], { cwd: repo.dir });
    expect(counts(third.stderr)).toEqual([1, 5]);

    writeFileSync(
      join(repo.dir, 'content-a11y.config.json'),
      JSON.stringify({ rules: { 'img-alt-missing': 'off' } }),
    );
    const fourth = await runCli(['check', '.', '--cache', '--debug'], { cwd: repo.dir });
    expect(counts(fourth.stderr)).toEqual([6, 0]);
    expect(fourth.code).toBe(0);
  });

  it('uses content hashes, not modification times, and a --cache-location directory', async () => {
    const repo = tempRepo({ 'p.md': CLEAN, 'cache/.keep': '' });
    const args = ['check', 'p.md', '--cache-location', 'cache', '--debug'];
    await runCli(args, { cwd: repo.dir });
    writeFileSync(join(repo.dir, 'p.md'), CLEAN); // new mtime, same content
    expect(counts((await runCli(args, { cwd: repo.dir })).stderr)).toEqual([0, 1]);
    expect(
      JSON.parse(readFileSync(join(repo.dir, 'cache/.content-a11y-cache'), 'utf8')).entries,
    ).toHaveProperty(['../p.md']);
  });

  it('caches staged content by its hash too', async () => {
    const repo = tempRepo({ 'p.md': BROKEN });
    repo.git('add', 'p.md');
    const args = ['check', '--staged', '--cache', '--debug'];
    expect((await runCli(args, { cwd: repo.dir })).code).toBe(1);
    const again = await runCli(args, { cwd: repo.dir });
    expect(counts(again.stderr)).toEqual([0, 1]);
    expect(again.code).toBe(1);
  });

  it('keeps entries that concurrent runs wrote, and survives a damaged file', async () => {
    const repo = tempRepo({ 'a.md': CLEAN, 'b.md': CLEAN });
    const location = join(repo.dir, 'cache.json');
    const key = stableHash({ v: 1 });
    const [one, two] = [await ResultCache.open(location, key), await ResultCache.open(location, key)];
    await Promise.all([
      checkFiles([join(repo.dir, 'a.md')], { cwd: repo.dir, cache: one }),
      checkFiles([join(repo.dir, 'b.md')], { cwd: repo.dir, cache: two }),
    ]);
    await Promise.all([one.save(), two.save()]);
    const both = JSON.parse(readFileSync(location, 'utf8')).entries;
    expect(Object.keys(both).sort()).toEqual(['a.md', 'b.md']);

    writeFileSync(location, '{ not json');
    const fresh = await ResultCache.open(location, key);
    expect(fresh.get(join(repo.dir, 'a.md'), 'x')).toBeUndefined();
  });

  it('hashes Maps and Sets independent of insertion order', () => {
    expect(
      stableHash({
        a: new Map([
          ['x', 1],
          ['y', 2],
        ]),
        b: new Set(['q', 'p']),
      }),
    ).toBe(
      stableHash({
        b: new Set(['p', 'q']),
        a: new Map([
          ['y', 2],
          ['x', 1],
        ]),
      }),
    );
  });
});
