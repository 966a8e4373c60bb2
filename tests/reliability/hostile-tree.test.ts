// The checked tree is the boundary (cases 9, 10, 11, 16 and 17 of issue 21): nothing outside the
// root named on the command line is read or shown, a file is checked before it is read, and the
// tree's own .gitignore can neither hang the run nor hide the posts git tracks.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/files/check-files.js';
import { GitignoreFile } from '../../src/files/gitignore.js';
import { runCli } from '../helpers/cli.js';
import { BROKEN, CLEAN, tempRepo } from '../helpers/git-repo.js';

const bin = join(import.meta.dirname, '../../dist/src/cli/bin.js');
const SECRET = 'SECRET-7f3a9 do not print';

function tmp(name: string): string {
  return mkdtempSync(join(tmpdir(), `content-a11y-${name}-`));
}

/** The built CLI in its own process, killed after `ms`: a hang must not hang the test run. */
function runBin(args: string[], cwd: string, ms = 60_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

const report = (stdout: string) =>
  new Map(
    (
      JSON.parse(stdout) as {
        files: Array<{ path: string; messages: Array<{ ruleId: string; message: string }> }>;
      }
    ).files.map((f) => [f.path, f.messages]),
  );

describe('#9 every file is checked before it is read', () => {
  it('x.json -> /dev/zero, a FIFO and a huge JSON file: reported or skipped, never read whole', async () => {
    const dir = tmp('devzero');
    writeFileSync(join(dir, 'post.md'), BROKEN);
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    execFileSync('mkfifo', [join(dir, 'fifo.md')]);
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    writeFileSync(join(dir, 'huge.json'), `{"title":"x","content":"${'a'.repeat(6 * 1024 * 1024)}"}`);
    const run = await runBin(['check', '.', '--format', 'json', '--no-axe'], dir);
    expect(run.code).toBe(1);
    const files = report(run.stdout);
    expect(files.get('post.md')?.map((m) => m.ruleId)).toContain('img-alt-missing');
    for (const name of ['zero.json', 'zero.md']) {
      expect(
        files
          .get(name)
          ?.map((m) => m.message)
          .join(),
        name,
      ).toMatch(/symbolic link to a file outside/);
    }
    for (const name of ['fifo.md', 'fifo.json']) {
      expect(
        files
          .get(name)
          ?.map((m) => m.message)
          .join(),
        name,
      ).toMatch(/not a regular file/);
    }
    expect(files.has('huge.json')).toBe(false);
  }, 90_000);
});

describe('#10 HTML report thumbnails come only from inside the checked root', () => {
  it('../, %2e%2e/, backslashes, UNC paths and symbolic links out of the root embed nothing', async () => {
    const parent = tmp('thumbs');
    const site = join(parent, 'site');
    mkdirSync(join(site, 'img'), { recursive: true });
    // A PNG signature followed by a marker, so an embedded copy can be recognised in base64.
    const png = (marker: string) =>
      Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from(marker.repeat(30))]);
    writeFileSync(join(parent, 'outside.png'), png('OUTSIDE!'));
    writeFileSync(join(site, 'img', 'inside.png'), png('INSIDE!!'));
    symlinkSync(join(parent, 'outside.png'), join(site, 'img', 'link.png'));
    const images = [
      '../outside.png',
      '%2e%2e/outside.png',
      '..%2foutside.png',
      '..\\outside.png',
      '\\\\evil-host\\share\\x.png',
      '//evil-host/share/x.png',
      'img/link.png',
      '/../outside.png',
      'img/inside.png',
    ];
    writeFileSync(
      join(site, 'post.md'),
      `${CLEAN}\n${images.map((src, i) => `![Obraz ${i}](${src.replace(/\\/g, '\\\\')})`).join('\n\n')}\n`,
    );
    const run = await runCli(['check', 'site', '--format', 'html', '--no-axe'], { cwd: parent });
    expect(run.stdout).toContain(png('INSIDE!!').toString('base64'));
    expect(run.stdout).not.toContain(Buffer.from('OUTSIDE!'.repeat(6)).toString('base64').slice(0, 40));
    expect(run.stdout.match(/data:image\/png;base64,/g)).toHaveLength(1);
  });
});

describe('#11 symbolic links are judged against the root named on the command line', () => {
  it('check ../content does not print the target of leak.md -> a secret', async () => {
    const parent = tmp('leak');
    const content = join(parent, 'content');
    const work = join(parent, 'work');
    mkdirSync(content);
    mkdirSync(work);
    writeFileSync(join(parent, 'secret.md'), `# ${SECRET}\n\n![](x.png)\n`);
    symlinkSync(join(parent, 'secret.md'), join(content, 'leak.md'));
    writeFileSync(join(content, 'post.md'), BROKEN);
    for (const format of ['json', 'html']) {
      const run = await runCli(['check', '../content', '--format', format, '--no-axe'], { cwd: work });
      expect(run.code, format).toBe(1);
      expect(run.stdout, format).not.toContain(SECRET);
    }
    const run = await runCli(['check', '../content', '--format', 'json', '--no-axe'], { cwd: work });
    expect(
      report(run.stdout)
        .get('../content/leak.md')
        ?.map((m) => m.message)
        .join(),
    ).toMatch(/symbolic link/);
  });

  it('checkFiles with a path outside its cwd does not follow the link either', async () => {
    const parent = tmp('leak-api');
    mkdirSync(join(parent, 'content'));
    mkdirSync(join(parent, 'app'));
    writeFileSync(join(parent, 'secret.md'), `# ${SECRET}\n`);
    symlinkSync(join(parent, 'secret.md'), join(parent, 'content', 'leak.md'));
    const result = await checkFiles([join(parent, 'content', 'leak.md')], {
      cwd: join(parent, 'app'),
      config: { axe: false },
    });
    expect(result.files[0]!.messages.map((m) => m.ruleId)).toEqual(['parse-error']);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });
});

describe('#16 a .gitignore never hides the posts git tracks', () => {
  it('a pull request that adds "*.md" to .gitignore still has its posts checked', async () => {
    const repo = tempRepo({ 'posts/a.md': BROKEN, 'posts/b.md': CLEAN });
    repo.git('add', '.');
    repo.git('commit', '-q', '-m', 'posts');
    repo.write({ '.gitignore': '*.md\nposts/\n', 'posts/c.md': BROKEN, 'build/out.md': BROKEN });
    repo.git('add', '.gitignore', 'posts/c.md', '-f');
    repo.git('commit', '-q', '-m', 'hide them');
    repo.write({ 'posts/untracked.md': BROKEN });
    const run = await runCli(['check', '.', '--format', 'json', '--no-axe'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    // Untracked files the .gitignore names stay out, as git leaves them out.
    expect([...report(run.stdout).keys()].sort()).toEqual(['posts/a.md', 'posts/b.md', 'posts/c.md']);
  });

  it('without git, .gitignore still works as git reads it', async () => {
    const dir = tmp('plain');
    writeFileSync(
      join(dir, '.gitignore'),
      '# build output\n/public/\ndrafts/*.md\n!drafts/keep.md\n*.tmp.md\n',
    );
    for (const name of [
      'a.md',
      'public/x.md',
      'drafts/wip.md',
      'drafts/keep.md',
      'b.tmp.md',
      'sub/public/y.md',
    ]) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), CLEAN);
    }
    const run = await runCli(['check', '.', '--format', 'json', '--no-axe'], { cwd: dir });
    expect([...report(run.stdout).keys()].sort()).toEqual(['a.md', 'drafts/keep.md', 'sub/public/y.md']);
  });
});

describe('#17 .gitignore patterns cannot backtrack', () => {
  const hostile = `${'*a'.repeat(14)}b`;
  const name = `${'a'.repeat(200)}.md`;

  it('one hostile line against a long name is decided at once', () => {
    const file = new GitignoreFile(`${hostile}\n${'**/'.repeat(50)}*a*a*a*a*a*c\n`);
    expect(file.decide(name, false)).toBeUndefined();
    expect(file.decide(`${'d/'.repeat(60)}${name}`, false)).toBeUndefined();
    expect(new GitignoreFile('*a*b.md\n').decide(`x/${'a'.repeat(100)}b.md`, false)).toBe(true);
  });

  it('a directory run over such a tree finishes (without git and with it)', async () => {
    for (const git of [false, true]) {
      const repo = git ? tempRepo({}) : { dir: tmp('redos'), git: () => '' };
      writeFileSync(join(repo.dir, name), BROKEN);
      // Tracked before the .gitignore exists: git's own matcher would hold this test process.
      if (git) repo.git('add', name);
      writeFileSync(join(repo.dir, '.gitignore'), `${hostile}\n`);
      const run = await runBin(['check', '.', '--format', 'json', '--no-axe'], repo.dir, 60_000);
      expect(run.code, `git: ${git}`).toBe(1);
      expect([...report(run.stdout).keys()]).toEqual([name]);
    }
  }, 150_000);
});
