import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');

function tempProject(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const CLEAN = '---\ntitle: Hours\ndate: 2024-01-02\nlang: en\n---\n\nText.\n';

describe('content-a11y check', () => {
  it('prints the seed date-missing with its line in each seed format (stylish)', async () => {
    const run = await runCli(['check', 'fixtures/seed/'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /fixtures\/seed\/seed\.txt\n(.*\n)*\s+3:1\s+error\s+.*Data opublikowania.*date-missing/,
    );
    expect(run.stdout).toMatch(/fixtures\/seed\/seed\.md\n(.*\n)*\s+3:\d+\s+error\s+.*date-missing/);
    expect(run.stdout).toMatch(/fixtures\/seed\/seed\.html\n(.*\n)*\s+11:\d+\s+error\s+.*date-missing/);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors/);
    expect(run.stdout).not.toMatch(/\x1b\[/);
  }, 120_000); // the axe stage on every seed form, in-process

  it('colours only on a terminal', async () => {
    const run = await runCli(['check', 'fixtures/seed/seed.txt'], { cwd: root, tty: true });
    expect(run.stdout).toMatch(/\x1b\[/);
  });

  it('json format follows the contract', async () => {
    const run = await runCli(['check', 'fixtures/seed/seed.txt', '--format', 'json'], { cwd: root });
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'files', 'summary']);
    expect(report.summary).toMatchObject({ files: 1 });
    expect(report.summary.errors).toBeGreaterThan(0);
    const finding = report.files[0].messages.find((m: { ruleId: string }) => m.ruleId === 'date-missing');
    expect(finding).toMatchObject({
      ruleId: 'date-missing',
      severity: 'error',
      line: 3,
      column: 1,
      wcag: [],
    });
    expect(finding.helpUrl).toMatch(/date-missing/);
  });

  it('exits 0 on a clean post and says so', async () => {
    const dir = tempProject({ 'post.md': CLEAN });
    const run = await runCli(['check', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 file checked, no problems/);
  });

  it('a broken file is a parse-error finding and the other files are still checked', async () => {
    const dir = tempProject({
      'a-broken.md': '---\ntitle: [unclosed\n---\n\nx\n',
      'b-binary.md': new Uint8Array([0, 1, 2, 3, 0, 255]),
      'c-latin2.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xb1, 0x0a]),
      'd-good.md': CLEAN,
    });
    const run = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const byPath = Object.fromEntries(
      report.files.map((f: { path: string; messages: unknown[] }) => [f.path, f.messages]),
    );
    expect(byPath['a-broken.md']).toMatchObject([{ ruleId: 'parse-error', line: 2 }]);
    expect(byPath['b-binary.md']).toMatchObject([
      { ruleId: 'parse-error', message: expect.stringMatching(/binary/) },
    ]);
    expect(byPath['c-latin2.md']).toMatchObject([
      { ruleId: 'parse-error', line: 2, message: expect.stringMatching(/UTF-8/) },
    ]);
    expect(byPath['d-good.md']).toEqual([]);
    expect(run.stderr).toBe('');
  });

  it('an unclosed front matter block names line 1', async () => {
    const dir = tempProject({ 'post.md': '---\ntitle: x\n\nBody text.\n' });
    const run = await runCli(['check', 'post.md', '--format', 'json'], { cwd: dir });
    const [finding] = JSON.parse(run.stdout).files[0].messages;
    expect(finding).toMatchObject({ ruleId: 'parse-error', line: 1 });
    expect(finding.message).toMatch(/never closed/);
  });

  it('a bad flag is exit 2 with a one-line explanation', async () => {
    const run = await runCli(['check', '--frmat', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown option "--frmat". Did you mean "--format"?/);
    expect(run.stderr).not.toMatch(/at .*\.ts/);
  });

  it('an unknown format is exit 2', async () => {
    const run = await runCli(['check', 'fixtures', '--format', 'xml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown format "xml"/);
  });

  it('a path that matches nothing is exit 2', async () => {
    const run = await runCli(['check', 'no/such/dir'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No posts found for "no\/such\/dir"/);
  });

  it('a bad config file is exit 2 naming the file', async () => {
    const dir = tempProject({ 'content-a11y.config.json': '{ "rules": { ', 'post.md': CLEAN });
    const run = await runCli(['check', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/content-a11y\.config\.json is not valid JSON/);
  });

  it('an unknown rule in config is exit 2 with a suggestion', async () => {
    const dir = tempProject({
      'content-a11y.config.json': '{ "rules": { "img-alt-mising": "off" } }',
      'post.md': CLEAN,
    });
    const run = await runCli(['check', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Did you mean "img-alt-missing"/);
  });

  it('config from package.json turns a rule off; ignores skip files', async () => {
    const dir = tempProject({
      'package.json': JSON.stringify({
        name: 'site',
        'content-a11y': { rules: { 'date-missing': 'off' }, ignores: ['drafts/**'] },
      }),
      'post.md': '---\ntitle: x\nlang: en\n---\n\nText.\n',
      'drafts/bad.md': '![](x.png)\n',
    });
    const run = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['post.md']);
  });

  it('--config names the file explicitly, and rule options are validated', async () => {
    const dir = tempProject({
      'my.json': '{ "rules": { "heading-level-skip": ["error", { "max": 3 }] } }',
      'post.md': CLEAN,
    });
    const run = await runCli(['check', '.', '--config', 'my.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"heading-level-skip" has no option "max"/);
  });

  it('honours .gitignore and node_modules', async () => {
    const dir = tempProject({
      '.gitignore': 'build/\n',
      'post.md': CLEAN,
      'build/out.md': '![](x.png)\n',
      'node_modules/pkg/readme.md': '![](x.png)\n',
    });
    const run = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['post.md']);
  });

  it('expands quoted globs', async () => {
    const dir = tempProject({ 'a/one.md': CLEAN, 'a/two.html': '<p>x</p>', 'b/three.md': CLEAN });
    const run = await runCli(['check', 'a/*.md', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['a/one.md']);
  });

  it('reads stdin with --stdin-filename choosing the format', async () => {
    const run = await runCli(['check', '-', '--stdin-filename', 'post.html', '--format', 'json'], {
      stdin: '<!doctype html><html><head><title>x</title></head><body><img src="a.png"></body></html>',
    });
    const report = JSON.parse(run.stdout);
    expect(report.files[0].path).toBe('post.html');
    expect(report.files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('img-alt-missing');
  });

  it('--max-warnings and --quiet', async () => {
    const dir = tempProject({ 'post.md': CLEAN });
    expect((await runCli(['check', '.', '--max-warnings', '0'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['check', '.', '--max-warnings', 'many'], { cwd: dir })).code).toBe(2);
    const quiet = await runCli(['check', 'fixtures/seed/seed.txt', '--quiet', '--format', 'json'], {
      cwd: root,
    });
    const severities = JSON.parse(quiet.stdout).files[0].messages.map(
      (m: { severity: string }) => m.severity,
    );
    expect(new Set(severities)).toEqual(new Set(['error']));
  });

  it('--lang sets the language of posts that declare none', async () => {
    const dir = tempProject({ 'post.md': '---\ntitle: x\ndate: 2024-01-02\n---\n\nText.\n' });
    expect((await runCli(['check', '.'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['check', '.', '--lang', 'en'], { cwd: dir })).code).toBe(0);
  });

  it('writes a format to a file with name=FILE', async () => {
    const dir = tempProject({ 'post.md': CLEAN });
    const run = await runCli(['check', '.', '--format', 'json=out/report.json'.replace('out/', '')], {
      cwd: dir,
    });
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.files).toBe(1);
  });

  it('--help shows examples, --version the version', async () => {
    const help = await runCli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const top = await runCli(['--help']);
    expect(top.stdout).toMatch(/content-a11y check/);
  });

  it('lists the rules', async () => {
    const run = await runCli(['rules']);
    expect(run.stdout).toMatch(/img-alt-missing\s+error\s+1\.1\.1/);
  });

  it('paths without the check command work as with ESLint', async () => {
    const run = await runCli(['fixtures/clean/'], { cwd: root });
    expect(run.code).toBe(0);
  });
});
