// The command line as users of ESLint and markdownlint-cli2 expect it: typos get "did you mean",
// bad values are refused with a reason, file-system trouble is one line with exit 2, output folders
// are created, a closed pipe is not an error, and the summary never contradicts the exit code.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempRepo } from '../helpers/git-repo.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/bin.js');
const CLEAN = '---\ntitle: Hours\ndate: 2024-01-02\nlang: en\n---\n\nText.\n';
const WARNS =
  '---\ntitle: Hours\ndate: 2024-01-02\nlang: en\n---\n\n[click here](https://example.org/hours).\n';
const BROKEN = `${CLEAN}\n![](photo.jpg)\n`;

function dir(files: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'content-a11y-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), content);
  }
  return d;
}

describe('typos', () => {
  it('a mistyped flag gets the closest flag', async () => {
    const run = await runCli(['check', '--max-warning', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^content-a11y: Unknown option "--max-warning". Did you mean "--max-warnings"\?\n/,
    );
  });

  it('a mistyped command is a typo, not a path', async () => {
    const run = await runCli(['chek', 'post.md'], { cwd: dir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown command "chek". Did you mean "check"\?/);
  });

  it('a file that happens to look like a command name is still checked', async () => {
    const run = await runCli(['chek', '--no-axe'], { cwd: dir({ 'chek/post.md': CLEAN }) });
    expect(run.code).toBe(0);
  });

  it('a command given arguments it does not take says so', async () => {
    const run = await runCli(['rules', 'extra']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^content-a11y: Too many arguments for "rules"\.\nRun "content-a11y rules --help" for usage\.\n$/,
    );
  });

  it('an option missing its value says which', async () => {
    const run = await runCli(['check', '--lang']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/The option "--lang" needs a value\./);
  });
});

describe('values', () => {
  it('--max-warnings -1 means no limit, as in ESLint', async () => {
    const run = await runCli(['check', '.', '--no-axe', '--max-warnings', '-1'], {
      cwd: dir({ 'p.md': WARNS }),
    });
    expect(run.code).toBe(0);
    const bad = await runCli(['check', '.', '--max-warnings', '-2'], { cwd: dir({ 'p.md': WARNS }) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/-1 for no limit/);
  });

  it('--quiet --max-warnings 0: warnings are hidden but still counted, and the output says so', async () => {
    const run = await runCli(['check', '.', '--no-axe', '--quiet', '--max-warnings', '0'], {
      cwd: dir({ 'p.md': WARNS }),
      env: { COLUMNS: '200' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/no problems/);
    expect(run.stdout).toMatch(/✔ 1 file checked, no errors\./);
    expect(run.stdout).toMatch(/1 warning not shown \(--quiet\)\./);
    expect(run.stdout).toMatch(
      /✖ 1 warning, more than --max-warnings 0 \(run without --quiet to see them\)\./,
    );
  });

  it('--lang and --locale are checked', async () => {
    const lang = await runCli(['check', '-', '--lang', 'xx-notalang'], { stdin: CLEAN });
    expect(lang.code).toBe(2);
    expect(lang.stderr).toMatch(
      /--lang takes a language tag such as "pl" or "en-GB"; "xx-notalang" is not a valid one\./,
    );
    const locale = await runCli(['check', '-', '--locale', 'de'], { stdin: CLEAN });
    expect(locale.code).toBe(2);
    expect(locale.stderr).toMatch(/--locale "de" is not a language content-a11y has messages in: en, pl\./);
    expect(
      (
        await runCli(['check', '-', '--no-axe', '--locale', 'pl-PL', '--stdin-filename', 'a.md'], {
          stdin: CLEAN,
        })
      ).code,
    ).toBe(0);
  });

  it('empty standard input is one clear hint, not three findings', async () => {
    const run = await runCli(['check', '-'], { stdin: '  \n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^content-a11y: Nothing was read from standard input: pipe a post into it/);
    expect(run.stdout).toBe('');
  });
});

describe('files', () => {
  it('creates the folders of an output file', async () => {
    const d = dir({ 'p.md': CLEAN });
    const run = await runCli(['check', '.', '--no-axe', '--format', 'html=nope/dir/r.html'], { cwd: d });
    expect(run.code).toBe(0);
    expect(readFileSync(join(d, 'nope/dir/r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('a file-system error is one line naming the path, exit 2', async () => {
    const d = dir({ 'p.md': CLEAN, blocker: 'a file, not a folder' });
    const run = await runCli(['check', '.', '--no-axe', '--format', 'json=blocker/r.json'], { cwd: d });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^content-a11y: Cannot create .*blocker: a part of the path is a file, not a folder\.\n$/,
    );
    if (process.getuid?.() !== 0) {
      const ro = join(d, 'ro');
      mkdirSync(ro);
      chmodSync(ro, 0o500);
      const denied = await runCli(['check', '.', '--no-axe', '--format', 'json=ro/r.json'], { cwd: d });
      expect(denied.stderr).toMatch(/Cannot write .*r\.json: permission denied\./);
    }
    const config = await runCli(['check', '.', '--config', 'missing.json'], { cwd: d });
    expect(config.code).toBe(2);
    expect(config.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an explicit file matched by "ignores" says so, and --no-ignore checks it', async () => {
    const d = dir({
      'content-a11y.config.json': '{ "ignores": ["drafts/**"] }',
      'drafts/new.md': BROKEN,
    });
    const run = await runCli(['check', 'drafts/new.md', '--no-axe'], { cwd: d, env: { COLUMNS: '200' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /drafts\/new\.md is matched by "ignores" in the configuration, so it was not checked/,
    );
    const forced = await runCli(['check', 'drafts/new.md', '--no-axe', '--no-ignore'], { cwd: d });
    expect(forced.code).toBe(1);
  });

  it('honours .git/info/exclude like .gitignore', async () => {
    const repo = tempRepo({ 'posts/ok.md': CLEAN, 'posts/local-notes.md': BROKEN });
    writeFileSync(join(repo.dir, '.git/info/exclude'), 'local-notes.md\n');
    const run = await runCli(['check', '.', '--no-axe', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['posts/ok.md']);
  });
});

describe('a blocked commit', () => {
  it('says the commit was blocked and how to skip the check once', async () => {
    const repo = tempRepo({ 'post.md': BROKEN });
    repo.git('add', '.');
    const run = await runCli(['check', '--staged', '--no-axe'], { cwd: repo.dir, env: { COLUMNS: '200' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✖ The commit was blocked: the staged posts have accessibility errors\./);
    expect(run.stdout).toMatch(/git commit --no-verify/);
    const pl = await runCli(['check', '--staged', '--no-axe'], {
      cwd: repo.dir,
      env: { LANG: 'pl_PL.UTF-8', COLUMNS: '200' },
    });
    expect(pl.stdout).toMatch(/Commit został zablokowany/);
  });
});

describe('init-hook under husky', () => {
  it('says which line to add to .husky/pre-commit instead of writing into husky’s folder', async () => {
    const repo = tempRepo();
    repo.git('config', 'core.hooksPath', '.husky/_');
    mkdirSync(join(repo.dir, '.husky/_'), { recursive: true });
    writeFileSync(join(repo.dir, '.husky/pre-commit'), 'npm test\n');
    const run = await runCli(['init-hook'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/uses husky/);
    expect(run.stderr).toMatch(/Add this line to \.husky\/pre-commit/);
    expect(existsSync(join(repo.dir, '.husky/_/pre-commit'))).toBe(false);
    writeFileSync(join(repo.dir, '.husky/pre-commit'), 'npx --no-install content-a11y check --staged\n');
    expect((await runCli(['init-hook'], { cwd: repo.dir })).code).toBe(0);
  });
});

describe('the language of the CLI', () => {
  it('help, errors and the summary follow --locale, else LANG', async () => {
    const help = await runCli(['check', '--help'], { env: { LANG: 'pl_PL.UTF-8' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Użycie: content-a11y check/);
    expect(help.stdout).toMatch(/Haki git i CI:/);
    const error = await runCli(['check', '--formt', 'json', '--locale', 'pl']);
    expect(error.stderr).toMatch(/Nieznana opcja „--formt”. Czy chodziło o „--format”\?/);
    const summary = await runCli(['check', '.', '--no-axe'], {
      cwd: dir({ 'p.md': BROKEN }),
      env: { LANG: 'pl_PL.UTF-8' },
    });
    expect(summary.stdout).toMatch(/✖ 1 problem \(1 błąd, 0 ostrzeżeń, 0 uwag\); sprawdzono: 1 plik/);
    expect(summary.stdout).toMatch(/ błąd {2}/);
  });
});

describe('a closed pipe', () => {
  const shell = (command: string) =>
    spawnSync('bash', ['-o', 'pipefail', '-c', command], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: '' },
    });

  it('`rules | head -1` prints one line and no stack trace', () => {
    const run = shell(`node ${bin} rules | head -1`);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('`check --format html | head -c 100` keeps the check’s exit code and prints no error on stderr', () => {
    const run = shell(`node ${bin} check fixtures/seed/seed.md --no-axe --format html | head -c 100`);
    expect(run.stdout).toHaveLength(100);
    // Only the note a report format leaves to stderr (the seed has fixable problems), no EPIPE.
    expect(run.stderr).toMatch(/^(content-a11y: \d+ problems? can be fixed with --fix\.\n)?$/);
    expect(run.status).toBe(1); // the seed has errors; the closed pipe changes nothing
  }, 60_000);

  it('the binary exits 2 on a bad flag with one line', () => {
    expect(() => execFileSync(process.execPath, [bin, '--frmat'], { stdio: 'pipe' })).toThrow();
  });
});
