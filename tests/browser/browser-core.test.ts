// The browser-safe core, proved: src/browser.ts bundles with esbuild for `platform: 'browser'`
// with no Node built-in and no jsdom, and the bundle run in headless Chromium finds exactly what
// Node finds on the seed in every form (Markdown, HTML, text and the five CMS records).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { browserTestsRun, launchChromium } from '../helpers/browser.js';
import { type BrowserBundle, bundleForBrowser } from './bundle.js';

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
});
