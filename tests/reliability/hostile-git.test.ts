// Git selection a pull request cannot fool (cases 14, 15 and 24 of issue 21): names that are not
// UTF-8 are checked (from their blob) and shown escaped, a symbolic link that became a post is a
// changed post, and a staged blob over the byte budget is measured, never loaded.
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGitPath, readBlobs } from '../../src/git/git.js';
import { runCli } from '../helpers/cli.js';
import { BROKEN, CLEAN, tempRepo } from '../helpers/git-repo.js';

type Report = { files: Array<{ path: string; messages: Array<{ ruleId: string; message: string }> }> };
const rulesByPath = (stdout: string) =>
  new Map((JSON.parse(stdout) as Report).files.map((f) => [f.path, f.messages.map((m) => m.ruleId)]));

/** A repository on `feature`, branched from `main` after `base` was committed. */
function branched(base: Record<string, string>) {
  const repo = tempRepo(base);
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'base');
  repo.git('checkout', '-q', '-b', 'feature');
  return repo;
}

describe('#14 names that are not UTF-8', () => {
  it('spells each byte that is not UTF-8 as \\xNN and keeps the rest', () => {
    expect(decodeGitPath(Buffer.from('zdjęcia/wystawa.md'))).toEqual({
      path: 'zdjęcia/wystawa.md',
      exact: true,
    });
    expect(decodeGitPath(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64]))).toEqual({
      path: 'caf\\xe9.md',
      exact: false,
    });
    // A valid sequence next to a broken one survives; a truncated one does not swallow the rest.
    const mixed = Buffer.concat([Buffer.from('ę'), Buffer.from([0xc4]), Buffer.from('x.md')]);
    expect(decodeGitPath(mixed)).toEqual({ path: 'ę\\xc4x.md', exact: false });
  });

  it('--changed-since and --staged check a post named in Latin-1 instead of dropping it', async () => {
    const repo = branched({ 'a.md': CLEAN });
    const latin1 = Buffer.from('caf\xe9.md', 'latin1');
    writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), latin1]), BROKEN);
    repo.git('add', '-A');
    const staged = await runCli(['check', '--staged', '--format', 'json'], { cwd: repo.dir });
    expect(staged.code).toBe(1);
    expect(rulesByPath(staged.stdout).get('caf\\xe9.md')).toContain('img-alt-missing');
    repo.git('commit', '-q', '-m', 'latin-1 name');
    const run = await runCli(['check', '--changed-since', 'main', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(rulesByPath(run.stdout).get('caf\\xe9.md')).toContain('img-alt-missing');
  });
});

describe('#15 a symbolic link replaced by a post (git status T)', () => {
  it('is checked by --staged and by --changed-since', async () => {
    const repo = branched({ 'target.md': CLEAN });
    symlinkSync('target.md', join(repo.dir, 'post.md'));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'link');
    repo.git('branch', '-q', '-f', 'main');
    rmSync(join(repo.dir, 'post.md'));
    writeFileSync(join(repo.dir, 'post.md'), BROKEN);
    repo.git('add', '-A');
    expect(repo.git('diff', '--cached', '--name-status')).toMatch(/^T\s+post\.md/m);
    const staged = await runCli(['check', '--staged', '--format', 'json'], { cwd: repo.dir });
    expect(staged.code).toBe(1);
    expect(rulesByPath(staged.stdout).get('post.md')).toContain('img-alt-missing');
    repo.git('commit', '-q', '-m', 'now a post');
    const run = await runCli(['check', '--changed-since', 'main', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect([...rulesByPath(run.stdout).keys()]).toEqual(['post.md']);
  });
});

describe('#24 --staged never loads a blob over the byte budget', () => {
  it('cat-file measures first: blobs over maxBytes come back as their size only', async () => {
    const repo = tempRepo({ 'small.md': CLEAN, 'big.md': 'x'.repeat(5000) });
    repo.git('add', '.');
    const small = repo.git('rev-parse', ':small.md').trim();
    const big = repo.git('rev-parse', ':big.md').trim();
    const blobs = await readBlobs(repo.dir, [small, big], 4096);
    expect(blobs.get(small)?.toString()).toBe(CLEAN);
    expect(blobs.get(big)).toEqual({ tooLarge: 5000 });
  });

  it('the staged post over limits.maxBytes gets limit-exceeded, the others their findings', async () => {
    const repo = tempRepo({
      'content-a11y.config.json': JSON.stringify({ limits: { maxBytes: 4096 } }),
      'big.md': `${CLEAN}\n${'Tekst. '.repeat(1000)}\n`,
      'post.md': BROKEN,
    });
    repo.git('add', '.');
    const run = await runCli(['check', '--staged', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    const byPath = rulesByPath(run.stdout);
    expect(byPath.get('big.md')).toEqual(['limit-exceeded']);
    expect(byPath.get('post.md')).toContain('img-alt-missing');
  });
});
