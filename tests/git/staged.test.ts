import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRawDiff, readBlobs } from '../../src/git/git.js';
import { runCli } from '../helpers/cli.js';
import { BROKEN, CLEAN, tempRepo } from '../helpers/git-repo.js';

function paths(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);
}

describe('check --staged', () => {
  it('checks the staged blob: fixed on disk but not staged still fails', async () => {
    const repo = tempRepo({ 'post.md': BROKEN });
    repo.git('add', 'post.md');
    repo.write({ 'post.md': CLEAN }); // fixed in the working tree only
    const run = await runCli(['check', '--staged', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files[0].path).toBe('post.md');
    expect(report.files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('img-alt-missing');
    // A plain check reads the disk, which is clean.
    expect((await runCli(['check', 'post.md'], { cwd: repo.dir })).code).toBe(0);
  });

  it('broken on disk but staged clean passes', async () => {
    const repo = tempRepo({ 'post.md': CLEAN });
    repo.git('add', 'post.md');
    repo.write({ 'post.md': BROKEN });
    const run = await runCli(['check', '--staged'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 file checked/);
  });

  it('handles non-ASCII names, spaces, renames, deletions, symlinks, other extensions and ignores', async () => {
    const repo = tempRepo({
      'old name.md': BROKEN,
      'gone.md': BROKEN,
      'content-a11y.config.json': JSON.stringify({ ignores: ['drafts/**'] }),
    });
    repo.git('add', '.');
    repo.git('commit', '-q', '-m', 'start');
    repo.write({
      'zdjęcia/wystawa.md': BROKEN,
      'with space/a: b?.md': CLEAN,
      'drafts/wip.md': BROKEN,
      'notes.yml': 'x: 1\n',
      'page.html': '<!doctype html><html lang="en"><head><title>T</title></head><body><p>x</p></body></html>',
    });
    repo.git('mv', 'old name.md', 'new name.md');
    repo.git('rm', '-q', 'gone.md');
    symlinkSync('zdjęcia/wystawa.md', join(repo.dir, 'link.md'));
    repo.git('add', '-A');
    const run = await runCli(['check', '--staged', '--format', 'json'], { cwd: repo.dir });
    expect(paths(run.stdout).sort()).toEqual([
      'new name.md',
      'page.html',
      'with space/a: b?.md',
      'zdjęcia/wystawa.md',
    ]);
    expect(run.code).toBe(1);
  });

  it('works from a subdirectory, and limits itself to the paths a hook tool passes', async () => {
    const repo = tempRepo({ 'a/one.md': BROKEN, 'b/two.md': CLEAN });
    repo.git('add', '.');
    const sub = join(repo.dir, 'b');
    const all = await runCli(['check', '--staged', '--format', 'json'], { cwd: sub });
    expect(paths(all.stdout)).toEqual(['../a/one.md', 'two.md']);
    const only = await runCli(['check', '--staged', 'two.md'], { cwd: sub });
    expect(only.code).toBe(0);
    // lint-staged passes absolute paths; names with glob characters are still plain names.
    repo.write({ 'b/next?.md': CLEAN, 'b/nexts.md': BROKEN });
    repo.git('add', '.');
    const literal = await runCli(['check', '--staged', join(sub, 'next?.md'), '--format', 'json'], {
      cwd: sub,
    });
    expect(paths(literal.stdout)).toEqual(['next?.md']);
    const glob = await runCli(['check', '--staged', '*.md', '--format', 'json'], { cwd: sub });
    expect(paths(glob.stdout)).toEqual(['next?.md', 'nexts.md', 'two.md']);
  });

  it('skips submodules', async () => {
    const inner = tempRepo({ 'inner.md': BROKEN });
    inner.git('add', '.');
    inner.git('commit', '-q', '-m', 'inner');
    const repo = tempRepo({ 'post.md': CLEAN });
    // A gitlink entry named like a post, without fetching anything.
    const head = inner.git('rev-parse', 'HEAD').trim();
    repo.git('update-index', '--add', '--cacheinfo', `160000,${head},sub.md`);
    repo.git('add', 'post.md');
    const run = await runCli(['check', '--staged', '--format', 'json'], { cwd: repo.dir });
    expect(paths(run.stdout)).toEqual(['post.md']);
  });

  it('nothing staged: nothing to check, exit 0', async () => {
    const repo = tempRepo({ 'post.md': BROKEN });
    const run = await runCli(['check', '--staged'], { cwd: repo.dir });
    expect(run.code).toBe(0);
  });

  it('outside a repository: a clear message and exit 2', async () => {
    const dir = join(tempRepo().dir, '..', `not-a-repo-${process.pid}-${Date.now()}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'p.md'), CLEAN);
    const run = await runCli(['check', '--staged'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--staged needs a git repository/);
  });
});

describe('git plumbing', () => {
  it('parses raw diff output with renames', () => {
    const oid = 'a'.repeat(40);
    const raw = `:100644 100644 ${'b'.repeat(40)} ${oid} R090\0old.md\0new.md\0:000000 120000 ${'0'.repeat(40)} ${oid} A\0l.md\0`;
    expect(parseRawDiff(Buffer.from(raw))).toEqual([
      { path: 'new.md', oid, kind: 'file', exact: true },
      { path: 'l.md', oid, kind: 'symlink', exact: true },
    ]);
  });

  it('reads many blobs through one cat-file process, missing ones as undefined', async () => {
    const repo = tempRepo({ 'a.md': 'A\n', 'b.md': 'B\nwith\nlines' });
    repo.git('add', '.');
    const a = repo.git('rev-parse', ':a.md').trim();
    const b = repo.git('rev-parse', ':b.md').trim();
    const blobs = await readBlobs(repo.dir, [a, 'f'.repeat(40), b]);
    expect(blobs.get(a)?.toString()).toBe('A\n');
    expect(blobs.get(b)?.toString()).toBe('B\nwith\nlines');
    expect(blobs.get('f'.repeat(40))).toBeUndefined();
  });
});
