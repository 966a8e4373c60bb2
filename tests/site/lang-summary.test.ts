// lang-missing once per site in a run: per-post findings of undeclared Markdown posts become one
// finding per site, on the site's config file; a full HTML page and a CMS record keep their own.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { checkFiles } from '../../src/files/check-files.js';
import { undeclaredFingerprint } from '../../src/site/lang-summary.js';
import { SiteRun } from '../../src/site/site-run.js';

const english =
  'The council meets on the first Monday of every month in the village hall. Everyone is welcome. ';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-site-'));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

const post = (title: string) => `---\ntitle: ${title}\ndate: 2024-01-02\n---\n\n${english.repeat(3)}\n`;

describe('lang-missing once per site', () => {
  it('the per-post fingerprint the run looks for is the one the rule gives', () => {
    const result = checkSync({ content: post('A'), path: 'posts/a.md', config: { axe: false } });
    const finding = result.messages.find((m) => m.ruleId === 'lang-missing')!;
    expect(finding.fingerprint).toBe(undeclaredFingerprint('posts/a.md'));
  });

  it('a Jekyll site with no lang: one finding on _config.yml naming the count and the setting', async () => {
    const dir = tree({
      '_config.yml': '# Site\ntitle: Village news\n',
      '_posts/2024-01-02-a.md': post('A'),
      '_posts/2024-01-03-b.md': post('B'),
      '_posts/2024-01-04-c.md': post('C'),
      'page.html': '<!doctype html>\n<html>\n<head><title>x</title></head><body><p>x</p></body></html>\n',
    });
    const result = await checkFiles(
      [
        join(dir, '_posts/2024-01-02-a.md'),
        join(dir, '_posts/2024-01-03-b.md'),
        join(dir, '_posts/2024-01-04-c.md'),
        join(dir, 'page.html'),
      ],
      {
        cwd: dir,
        config: { axe: false },
        concurrency: 1,
        sites: new SiteRun({ cwd: dir }),
      },
    );
    const lang = result.files.flatMap((f) =>
      f.messages.filter((m) => m.ruleId === 'lang-missing').map((m) => ({ path: f.path, m })),
    );
    expect(lang.map((l) => l.path).sort()).toEqual(['_config.yml', 'page.html']);
    const site = lang.find((l) => l.path === '_config.yml')!.m;
    expect(site.message).toBe(
      '3 posts of this jekyll site declare no language, and _config.yml sets none (most read as "en"): add lang: en.',
    );
    expect(site.line).toBe(2);
    expect(result.summary.files).toBe(5);
  });

  it("posts in no site: one finding on the first post, in the posts' language", async () => {
    const polish =
      'Wnioski o przyjęcie do klas pierwszych przyjmujemy do końca kwietnia w sekretariacie szkoły. ';
    const dir = tree({
      'a.md': `---\ntitle: A\ndate: 2024-01-02\n---\n\n${polish.repeat(3)}\n`,
      'b.md': `---\ntitle: B\ndate: 2024-01-02\n---\n\n${polish.repeat(3)}\n`,
    });
    const result = await checkFiles([join(dir, 'a.md'), join(dir, 'b.md')], {
      cwd: dir,
      config: { axe: false },
      concurrency: 1,
    });
    const [a, b] = result.files;
    expect(a!.messages.filter((m) => m.ruleId === 'lang-missing').map((m) => [m.line, m.message])).toEqual([
      [4, expect.stringMatching(/^Ten wpis i 1 innych nie deklarują języka/)],
    ]);
    expect(b!.messages.some((m) => m.ruleId === 'lang-missing')).toBe(false);
  });

  it('posts in no site: the finding goes on a post with front matter, not on a README beside them', async () => {
    const dir = tree({
      'README.md': `# Posts\n\n${english}\n`,
      'a.md': post('A'),
      'b.md': post('B'),
    });
    const result = await checkFiles([join(dir, 'README.md'), join(dir, 'a.md'), join(dir, 'b.md')], {
      cwd: dir,
      config: { axe: false },
      concurrency: 1,
    });
    const lang = result.files.flatMap((f) =>
      f.messages.filter((m) => m.ruleId === 'lang-missing').map((m) => [f.path, m.line, m.message]),
    );
    expect(lang).toEqual([['a.md', 4, expect.stringMatching(/^This post and 2 more declare no language/)]]);
  });

  it('one undeclared post alone keeps its own finding', async () => {
    const dir = tree({ 'a.md': post('A') });
    const result = await checkFiles([join(dir, 'a.md')], {
      cwd: dir,
      config: { axe: false },
      concurrency: 1,
    });
    expect(result.files[0]!.messages.find((m) => m.ruleId === 'lang-missing')?.message).toMatch(
      /does not declare/,
    );
  });

  it('a content-a11y config file is where the setting goes for posts with no site', async () => {
    const dir = tree({
      'a.md': post('A'),
      'b.md': post('B'),
      'content-a11y.config.json': '{\n  "extends": "recommended"\n}\n',
    });
    const result = await checkFiles([join(dir, 'a.md'), join(dir, 'b.md')], {
      cwd: dir,
      config: { axe: false },
      concurrency: 1,
      sites: new SiteRun({ cwd: dir, configFile: 'content-a11y.config.json' }),
    });
    const config = result.files.find((f) => f.path === 'content-a11y.config.json')!;
    expect(config.messages[0]!.message).toMatch(/^2 posts .* add "lang": "en"\.$/);
  });
});
