import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkSync } from '../../src/check-sync.js';
import { ansiToHtml } from '../helpers/ansi-html.js';
import { browserTestsRun, launchChromium } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');
const imagesDir = join(root, 'docs/images');

// 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** axe-core's browser build, when installed (the axe branch brings it); else that test is skipped. */
const AXE_SOURCE = (() => {
  try {
    return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    return undefined;
  }
})();
const EVIL = '</script><img src=x onerror="document.title=\'pwned\'">';

function tempProject(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-html-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function hostilePost(): string {
  return `---
title: "${EVIL.replace(/"/g, '\\"')}"
date: 2024-03-14
lang: en
---

## Gallery

![${EVIL}](img/local.png)
![](img/missing.png)
![A chart on another server](https://example.org/chart.png)
![A file that only pretends](img/fake.png)
![A huge photo](img/huge.png)
![From the site root](/media/rooted.png)
![Not in the project](/media/nowhere.png)
![Outside the project](/../../../etc/rooted.png)

#### Too deep

Text with <b>${EVIL}</b>.
`;
}

async function htmlReport(dir: string, args: string[] = []): Promise<string> {
  const run = await runCli(['check', '.', '--format', 'html', ...args], { cwd: dir });
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('html report', () => {
  let dir: string;
  let report: string;
  beforeAll(async () => {
    dir = tempProject({
      'post.md': hostilePost(),
      'img/local.png': PNG,
      'img/fake.png': 'not a png',
      'img/huge.png': Buffer.concat([PNG, Buffer.alloc(300 * 1024)]),
      'static/media/rooted.png': PNG,
      'broken.md': '---\ntitle: [unclosed\n---\n\nText.\n',
    });
    report = await htmlReport(dir);
  });

  it('is one self-contained page: no external resources, a CSP that forbids them', () => {
    expect(report.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(report).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    expect(report).not.toMatch(/<link\b/i);
    expect(report.match(/<script\b/g)).toHaveLength(1);
    expect(report).not.toMatch(/<script[^>]*\ssrc=/i);
    for (const [, src] of report.matchAll(/\ssrc="([^"]*)"/g)) expect(src).toMatch(/^data:image\//);
    expect(report).not.toMatch(/url\(/);
  });

  it('escapes everything it embeds from posts', () => {
    expect(report).not.toContain(EVIL);
    expect(report).not.toMatch(/<img src=x/);
    expect(report).not.toMatch(/onerror="/);
    expect(report).toContain(
      '&lt;/script&gt;&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;',
    );
  });

  it('embeds thumbnails found next to the post, and placeholders for the rest', () => {
    expect(report).toContain(`src="data:image/png;base64,${PNG.toString('base64')}"`);
    expect(report).toContain('the file was not found next to the post');
    expect(report).toContain('on another server and the report never fetches it');
    expect(report).toContain('not a recognised image');
    expect(report).toContain('too large to embed');
    expect(report).toContain('the path starts at the site’s root');
    expect(report.match(/src="data:image\/png/g)).toHaveLength(2);
    // Eight Markdown images, and the one the raw HTML in the text really contains.
    expect(report.match(/<li class="card">/g)).toHaveLength(9);
  });

  it('marks outline problems and frames the source lines of findings', () => {
    expect(report).toMatch(
      /<li class="has-problem"><span class="level">h4<\/span><span class="heading" lang="en">Too deep/,
    );
    expect(report).toMatch(
      /<span class="hit"><span class="ln">&gt; +\d+ \| <\/span><mark>#### Too deep<\/mark>/,
    );
    expect(report).toContain('heading-level-skip');
  });

  it('still lists the findings of a post it could not parse', () => {
    const broken = report.slice(report.indexOf('<h2 id="post-1-title">broken.md</h2>'));
    expect(broken).toMatch(/^<h2 id="post-1-title">broken\.md<\/h2>[\s\S]*?parse-error[\s\S]*?<\/section>/);
    expect(report).toContain('<nav aria-label="Posts">');
  });

  it('speaks the posts’ language unless --locale says otherwise', async () => {
    expect(report).toMatch(/<html lang="en">/);
    expect(report).toContain('Accessibility report');
    const polish = await htmlReport(dir, ['--locale', 'pl']);
    expect(polish).toMatch(/<html lang="pl">/);
    expect(polish).toContain('Raport dostępności');
    expect(polish).toContain('Struktura nagłówków');
  });

  it('passes content-a11y’s own page checks', () => {
    const pageRules = new Set([
      'lang-missing',
      'lang-invalid',
      'title-missing',
      'heading-empty',
      'heading-level-skip',
      'img-alt-missing',
      'link-empty',
      'link-vague',
      'img-link-no-name',
      'table-no-header',
    ]);
    const result = checkSync({ content: report, format: 'html', path: 'report.html' });
    expect(result.messages.filter((m) => pageRules.has(m.ruleId))).toEqual([]);
    expect([...pageRules].some((id) => allRules.some((r) => r.id === id))).toBe(true);
  });

  it('reads posts from stdin too, and reports a clean run', async () => {
    const run = await runCli(['check', '-', '--stdin-filename', 'note.md', '--format', 'html'], {
      cwd: dir,
      stdin: '---\ntitle: Hours\ndate: 2024-01-02\nlang: en\n---\n\nText.\n',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No problems found.');
    expect(run.stdout).toContain('The post has no images.');
    expect(run.stdout).toContain('(title, shown as the h1)');
  });
});

describe.runIf(browserTestsRun())('html report in Chromium', () => {
  let browser: Browser;
  let reportPath: string;
  beforeAll(async () => {
    browser = await launchChromium();
    const out = mkdtempSync(join(tmpdir(), 'content-a11y-report-'));
    reportPath = join(out, 'report.html');
    // The post fixtures, not the fixture sites: a run of over 50 posts is paged and collapsed,
    // which the big-run test below covers on its own.
    const posts = ['seed', 'images', 'structure', 'clean', 'cms', 'unified/posts'].map(
      (d) => `fixtures/${d}/`,
    );
    const run = await runCli(['check', ...posts, '--format', `html=${reportPath}`], { cwd: root });
    expect(run.code).toBe(1);
    mkdirSync(imagesDir, { recursive: true });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the seed’s outline and gallery cards, filters findings, and is screenshotted', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${reportPath}`);
    // Screenshots first, before any control has focus, so the same report gives the same image.
    await page.screenshot({ path: join(imagesDir, 'html-report.png') });
    const seed = page.locator('section.post', {
      has: page.getByRole('heading', { name: 'fixtures/seed/seed.md' }),
    });
    await expect(seed.locator('.outline').getByText('Galeria zdjęć').count()).resolves.toBe(1);
    const cards = seed.locator('li.card');
    await expect(cards.count()).resolves.toBe(4);
    await expect(
      cards.filter({ hasText: 'Widok uczestników warsztatów w programie Zoom' }).count(),
    ).resolves.toBe(1);
    await expect(seed.locator('.card .placeholder').count()).resolves.toBe(4);
    // In the HTML version the gallery heading skips a level: the outline marks it, in words too.
    const seedHtml = page.locator('section.post', {
      has: page.getByRole('heading', { name: 'fixtures/seed/seed.html' }),
    });
    // Leaf items only: the h1 above it has problems of its own (the title's date range) and contains it.
    const marked = seedHtml.locator(
      'xpath=.//*[contains(@class,"outline")]//li[contains(@class,"has-problem")][span[@class="heading" and normalize-space()="Galeria zdjęć"]]',
    );
    await expect(marked.count()).resolves.toBe(1);
    await expect(marked.textContent()).resolves.toContain('heading-level-skip');
    await seed.screenshot({ path: join(imagesDir, 'html-report-post.png') });

    // The filters: labelled controls that hide what does not match, with the count announced.
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    const errors = page.getByRole('checkbox', { name: 'błąd' });
    const status = page.getByRole('status');
    const before = await status.textContent();
    expect(before).toMatch(/Widocznych wyników: (\d+) z \1\./);
    // Unchecking "error" leaves exactly the findings of the other severities.
    const total = Number(/z (\d+)\./.exec(before ?? '')?.[1]);
    const nonErrors = await page
      .locator('li.finding[data-severity="warning"], li.finding[data-severity="info"]')
      .count();
    await errors.uncheck();
    await expect(status.textContent()).resolves.toBe(`Widocznych wyników: ${nonErrors} z ${total}.`);
    await expect(page.locator('li.finding:visible').count()).resolves.toBe(nonErrors);
    for (const name of ['ostrzeżenie', 'uwaga']) await page.getByRole('checkbox', { name }).uncheck();
    await expect(page.locator('li.finding:visible').count()).resolves.toBe(0);
    for (const name of ['błąd', 'ostrzeżenie', 'uwaga']) await page.getByRole('checkbox', { name }).check();
    await page.getByRole('combobox', { name: 'Reguła' }).selectOption('date-missing');
    const visible = await page.locator('li.finding:visible').allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    for (const text of visible) expect(text).toContain('date-missing');
    await page.getByRole('combobox', { name: 'Reguła' }).selectOption('');

    expect(requests).toEqual([`file://${reportPath}`]);
    await page.close();
  });

  // axe walks the whole report (embedded rule docs included): slow on a loaded machine, not a measure.
  it.skipIf(!AXE_SOURCE)(
    'has no axe-core violations (WCAG 2.2 A/AA and best practices)',
    async () => {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`file://${reportPath}`);
      await page.addScriptTag({ content: AXE_SOURCE! });
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run(
                node: unknown,
                options: unknown,
              ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
            };
          }
        ).axe;
        const result = await axe.run('html', {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await context.close();
    },
    120_000,
  );

  it('fits a 390 px phone screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`file://${reportPath}`);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widest: Math.max(
        ...[...document.querySelectorAll('table, pre, .card')].map((e) => e.getBoundingClientRect().right),
      ),
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.widest).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('shows each finding once, and marks beside headings and images link to it', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${reportPath}`);
    const seed = page.locator('section.post', {
      has: page.getByRole('heading', { name: 'fixtures/seed/seed.md' }),
    });
    const messages = await seed.locator('li.finding > span:not(.sev)').allTextContents();
    const text = (await seed.textContent()) ?? '';
    for (const message of new Set(messages)) {
      const times = messages.filter((m) => m === message).length;
      expect(text.split(message).length - 1, message).toBe(times);
    }
    const mark = seed.locator('.marks a').first();
    const target = (await mark.getAttribute('href'))!.slice(1);
    await expect(seed.locator(`li.finding[id="${target}"]`).count()).resolves.toBe(1);
    // "How to fix" goes to the rule's page inside the report, taken from the docs in the package.
    const howTo = seed.locator('li.finding .meta a').first();
    const ruleAnchor = (await howTo.getAttribute('href'))!;
    expect(ruleAnchor).toMatch(/^#rule-/);
    await expect(page.locator(`article${ruleAnchor} dd`).first().textContent()).resolves.toMatch(/.{20}/);
    await page.close();
  });

  it('collapses posts and shows big runs a page at a time', async () => {
    const big = tempProject(
      Object.fromEntries(
        Array.from({ length: 120 }, (_, i) => [
          `p-${String(i).padStart(3, '0')}.md`,
          `---\ntitle: P${i}\ndate: 2024-01-02\nlang: en\n---\n\n![](x.png)\n`,
        ]),
      ),
    );
    const path = join(big, 'report.html');
    await runCli(['check', '.', '--no-axe', '--format', `html=${path}`], { cwd: big });
    const page = await browser.newPage();
    await page.goto(`file://${path}`);
    await expect(page.locator('section.post:visible').count()).resolves.toBe(50);
    await expect(page.locator('details.post-body[open]').count()).resolves.toBe(0);
    await expect(page.locator('#pager [role="status"]').textContent()).resolves.toBe('Page 1 of 3');
    await page.locator('#pager button').last().click();
    await expect(page.locator('section.post:visible h2').first().textContent()).resolves.toBe('p-050.md');
    // A link to a post on another page turns to it.
    await page.goto(`file://${path}#post-120`);
    await expect(page.locator('#post-120').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('is readable with scripts off: every finding shown, the inert filter form hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`file://${reportPath}`);
    const total = await page.locator('li.finding').count();
    expect(total).toBeGreaterThan(0);
    await expect(page.locator('li.finding:visible').count()).resolves.toBe(total);
    await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('never runs what a post smuggles in', async () => {
    const dir = tempProject({ 'post.md': hostilePost(), 'img/local.png': PNG });
    const path = join(dir, 'report.html');
    await runCli(['check', '.', '--format', `html=${path}`], { cwd: dir });
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`file://${path}`);
    await expect(page.title()).resolves.toBe('Accessibility report — content-a11y');
    await expect(page.locator('img[onerror]').count()).resolves.toBe(0);
    await expect(page.getByText(EVIL).count()).resolves.toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('screenshots the stylish output as a terminal shows it', async () => {
    const run = await runCli(['check', 'fixtures/seed/'], { cwd: root, tty: true });
    expect(run.stdout).toMatch(/\x1b\[/);
    const page = await browser.newPage({ viewport: { width: 1200, height: 300 } });
    await page.setContent(ansiToHtml(run.stdout));
    await page.locator('pre').screenshot({ path: join(imagesDir, 'stylish-output.png') });
    expect(readFileSync(join(imagesDir, 'stylish-output.png')).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });
});
