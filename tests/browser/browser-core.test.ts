// The browser-safe core, proved: src/browser.ts bundles with esbuild for `platform: 'browser'`
// with no Node built-in and no jsdom, and the bundle run in headless Chromium finds exactly what
// Node finds on the seed in every form (Markdown, HTML, text and the five CMS records). Built as
// an editor's bundler splits it, Chromium fetches a part's chunk only when a post needs it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { browserTestsRun, launchChromium } from '../helpers/browser.js';
import { type BrowserBundle, browserOnly, bundleForBrowser } from './bundle.js';

const root = join(import.meta.dirname, '../..');
const NOW = '2026-01-01T00:00:00Z';
const fixtures = ['fixtures/seed', 'fixtures/cms'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => !name.endsWith('.expect'))
    .map((name) => `${dir}/${name}`),
);

describe.runIf(browserTestsRun())('content-a11y/browser', () => {
  let bundle: BrowserBundle;
  let browser: Browser;

  beforeAll(async () => {
    [bundle, browser] = await Promise.all([bundleForBrowser(join(root, 'src/browser.ts')), launchChromium()]);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('bundles for the browser without Node built-ins or jsdom', () => {
    expect(bundle.code.length).toBeGreaterThan(1000);
    expect(bundle.inputs.some((i) => i.endsWith('src/browser.ts'))).toBe(true);
    expect(bundle.inputs.filter((i) => /node_modules\/(jsdom|axe-core)\//.test(i))).toEqual([]);
    expect(bundle.code).not.toMatch(/\brequire\(["']node:/);
  });

  it('fails the bundle on a Node import (the guard works)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-bundle-'));
    writeFileSync(
      join(dir, 'entry.js'),
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    );
    await expect(bundleForBrowser(join(dir, 'entry.js'))).rejects.toThrow(/Node built-in "node:fs"/);
    writeFileSync(join(dir, 'entry.js'), "import { JSDOM } from 'jsdom';\nexport const x = JSDOM;\n");
    await expect(bundleForBrowser(join(dir, 'entry.js'))).rejects.toThrow(/Node-only package "jsdom"/);
  });

  it('finds in Chromium what Node finds, on every seed fixture', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.code });
    const inputs = fixtures.map((path) => ({ path, content: readFileSync(join(root, path), 'utf8') }));
    const inBrowser = await page.evaluate(
      async ({ inputs, now }) => {
        const api = (globalThis as unknown as { ContentA11y: typeof import('../../src/browser.js') })
          .ContentA11y;
        await api.loadParts();
        return inputs.map((input) => api.checkSync({ ...input, now: new Date(now) }).messages);
      },
      { inputs, now: NOW },
    );
    const inNode = inputs.map((input) => checkSync({ ...input, now: new Date(NOW) }).messages);
    expect(inBrowser).toEqual(JSON.parse(JSON.stringify(inNode)));
    // The seed's empty publication date is found in the browser in every form.
    for (const [i, path] of fixtures.entries()) {
      expect(
        inBrowser[i]!.map((m) => m.ruleId),
        path,
      ).toContain('date-missing');
    }
    await page.close();
  }, 90_000);

  it('as a split ES-module build, fetches a part only when a post needs it', async () => {
    // The build an editor's bundler makes: the core and one chunk per part (src/parts/load.ts).
    const built = await build({
      entryPoints: [join(root, 'src/browser.ts')],
      bundle: true,
      write: false,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: '/out',
      logLevel: 'silent',
      plugins: [browserOnly],
    });
    const served = new Map(built.outputFiles.map((f) => [`/${basename(f.path)}`, f.text]));
    const page = await browser.newPage();
    const fetched: string[] = [];
    await page.route('http://content-a11y.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      fetched.push(path);
      const body = path === '/' ? '<!doctype html><html><body></body></html>' : served.get(path);
      return body === undefined
        ? route.fulfill({ status: 404 })
        : route.fulfill({ body, contentType: path === '/' ? 'text/html' : 'text/javascript' });
    });
    await page.goto('http://content-a11y.test/');
    const parts = () =>
      fetched.filter((p) => /^\/(html|yaml|toml|detect|micromark|templates|pl-grammar|schema)-/.test(p));
    const short = { content: '# Zebranie\n\nKrótko.\n', lang: 'pl', now: NOW };
    const seed = {
      path: 'fixtures/seed/seed.html',
      content: readFileSync(join(root, 'fixtures/seed/seed.html'), 'utf8'),
      now: NOW,
    };
    // As a string: vitest rewrites `import()` in functions it compiles, and this one runs in the page.
    const run = (input: object): Promise<unknown> =>
      page.evaluate(`(async (input) => {
        const api = await import('/browser.js');
        return (await api.check({ ...input, now: new Date(input.now) })).messages;
      })(${JSON.stringify(input)})`);
    const plain = (messages: unknown) => JSON.parse(JSON.stringify(messages));
    const node = (input: { content: string; now: string }) =>
      plain(checkSync({ ...input, now: new Date(input.now) }).messages);
    expect(await run(short)).toEqual(node(short));
    expect(parts()).toEqual([]);
    expect(await run(seed)).toEqual(node(seed));
    // The seed is an HTML page in Polish, long enough for detection, its gallery alts "Widok …".
    expect(
      parts()
        .map((p) => p.replace(/-[A-Z0-9]+\.js$/, ''))
        .sort(),
    ).toEqual(['/detect', '/html', '/pl-grammar']);
    await page.close();
  }, 90_000);
});
