// `content-a11y site` shows what was detected and where from; `content-a11y init` writes a starter
// config from it and never replaces an existing one without --force.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-init-'));
  cpSync(join(root, 'fixtures/sites', name), dir, { recursive: true });
  return dir;
};

describe('content-a11y site', () => {
  it('prints the generator, language, title level and flavour with where each came from', async () => {
    const run = await runCli(['site', 'fixtures/sites/zola'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Site in fixtures/sites/zola');
    expect(run.stdout).toMatch(/generator\s+zola\s+← config\.toml/);
    expect(run.stdout).toMatch(/language\s+pl\s+← config\.toml:3 \(default_language\)/);
    expect(run.stdout).toMatch(/title level\s+h2\s+← templates\/page\.html:4/);
    expect(run.stdout).toMatch(/bare URLs linked: no/);
  });

  it('--format json gives the profile as data', async () => {
    const run = await runCli(['site', 'fixtures/sites/hugo/content/posts', '--format', 'json'], {
      cwd: root,
    });
    const data = JSON.parse(run.stdout);
    expect(data).toMatchObject({ dir: 'fixtures/sites/hugo', generator: 'hugo', lang: 'de', titleLevel: 1 });
    expect(data.imageTags.foto).toEqual({ src: 'datei', alt: 'text', whenAltMissing: 'empty' });
    expect(data.origins.lang).toEqual({ kind: 'file', file: 'hugo.toml', line: 3, key: 'languageCode' });
  });

  it("applies the configuration's overrides and says so", async () => {
    const dir = fixture('hexo');
    writeFileSync(join(dir, 'content-a11y.config.json'), '{ "site": { "lang": "pl" }, "titleLevel": 1 }');
    const run = await runCli(['site', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout)).toMatchObject({
      lang: 'pl',
      titleLevel: 1,
      origins: { lang: { kind: 'config', key: 'site.lang' } },
    });
  });

  it('a bad format or a missing directory is exit 2', async () => {
    expect((await runCli(['site', '--format', 'yaml'], { cwd: root })).code).toBe(2);
    expect((await runCli(['site', 'no/such/dir'], { cwd: root })).code).toBe(2);
  });
});

describe('content-a11y init', () => {
  it('writes a starter config from the detected site', async () => {
    const dir = fixture('zola');
    const run = await runCli(['init'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'content-a11y.config.json'), 'utf8'))).toEqual({
      extends: 'recommended',
      site: { generator: 'zola' },
      titleLevel: 2,
      posts: ['content/**'],
      ignores: ['public/**'],
    });
  });

  it('proposes a language read from the posts when the site declares none', async () => {
    const dir = fixture('hexo');
    await runCli(['init'], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, 'content-a11y.config.json'), 'utf8')).lang).toBe('pl');
  });

  it('never replaces an existing configuration without --force', async () => {
    const dir = fixture('zola');
    writeFileSync(join(dir, 'content-a11y.config.json'), '{ "lang": "en" }\n');
    const refused = await runCli(['init'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already configures content-a11y; not replaced/);
    expect(readFileSync(join(dir, 'content-a11y.config.json'), 'utf8')).toBe('{ "lang": "en" }\n');
    expect((await runCli(['init', '--force'], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'content-a11y.config.json'), 'utf8')).titleLevel).toBe(2);
  });

  it('a "content-a11y" key in package.json is a configuration too', async () => {
    const dir = fixture('zola');
    writeFileSync(join(dir, 'package.json'), '{ "name": "blog", "content-a11y": { "lang": "pl" } }');
    expect((await runCli(['init'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['init', '--force'], { cwd: dir })).code).toBe(2);
  });

  it('--dry-run prints the config and writes nothing', async () => {
    const dir = fixture('octopress');
    const run = await runCli(['init', '--dry-run'], { cwd: dir });
    expect(JSON.parse(run.stdout)).toMatchObject({
      site: { generator: 'octopress' },
      ignores: ['public/**', '_deploy/**'],
    });
    expect(() => readFileSync(join(dir, 'content-a11y.config.json'))).toThrow();
  });
});
