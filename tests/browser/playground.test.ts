// The playground in Chromium: the seed is checked as the page opens, findings are listed and
// their lines highlighted, messages switch between Polish and English, and typing re-checks.
// Saves docs/images/playground.png for the README.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground } from '../../playground/server.mjs';
import { browserTestsRun, launchChromium } from '../helpers/browser.js';

const root = join(import.meta.dirname, '../..');
// Generous waits: the page bundles the whole core, and CI machines can be busy.
const POLL = { timeout: 30_000 };

describe.runIf(browserTestsRun())('playground', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startPlayground>>;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startPlayground({ port: 0 })]);
    page = await browser.newPage({ viewport: { width: 1280, height: 820 }, locale: 'pl-PL' });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves only on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('lists the seed findings in Polish and highlights their lines', async () => {
    const item = page.locator('#findings li[data-rule="date-missing"]');
    await expect.poll(() => item.count(), POLL).toBe(1);
    expect(await item.getAttribute('data-line')).toBe('3');
    expect(await item.textContent()).toContain('Pole daty publikacji');
    expect(await page.locator('#backdrop .line[data-n="3"]').getAttribute('class')).toContain('error');
    expect(await page.locator('#summary').textContent()).toMatch(/\d+ (błąd|błędy|błędów), \d+ ostrzeże/);
    // A Polish browser gets a Polish interface.
    expect(await page.locator('#findings-label').textContent()).toBe('Wyniki');
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
  });

  it('switches messages to English', async () => {
    await page.selectOption('#locale', 'en');
    const item = page.locator('#findings li[data-rule="date-missing"]');
    await expect.poll(() => item.textContent(), POLL).toContain('The publication date field');
    expect(await page.locator('#summary').textContent()).toMatch(/\d+ errors?, \d+ warnings?/);
    expect(await page.locator('#findings-label').textContent()).toBe('Findings');
  });

  it('re-checks what is typed, Markdown or HTML, and goes to a finding’s line', async () => {
    await page.fill('#source', '<h1>Warsztaty</h1>\n<p>Tekst.</p>\n<img src="a.png">\n');
    await expect
      .poll(() => page.locator('#findings li[data-rule="img-alt-missing"]').getAttribute('data-line'))
      .toBe('3');
    await page.locator('#findings li[data-rule="img-alt-missing"] button').click();
    expect(await page.locator('#backdrop .line.current').getAttribute('data-n')).toBe('3');
    expect(await page.locator('#backdrop .line.error').count()).toBeGreaterThan(0);
  });

  it('works on a phone: one column, nothing wider than the screen, findings still reachable', async () => {
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'pl-PL',
      hasTouch: true,
    });
    await phone.goto(server.url);
    await phone.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const layout = await phone.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      editor: document.querySelector('.editor')!.getBoundingClientRect(),
      findings: document.querySelector('#findings')!.getBoundingClientRect(),
    }));
    expect(layout.width).toBeLessThanOrEqual(390);
    expect(layout.findings.top).toBeGreaterThanOrEqual(layout.editor.bottom); // stacked, not squeezed side by side
    expect(layout.editor.width).toBeGreaterThan(300);
    const first = phone.locator('#findings li button').first();
    expect((await first.boundingBox())!.height).toBeGreaterThanOrEqual(44); // a finger-sized target
    await phone.close();
  });

  it('saves a screenshot of the seed being checked', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.selectOption('#locale', 'pl');
    await expect.poll(() => page.locator('#findings li').count(), POLL).toBeGreaterThan(0);
    mkdirSync(join(root, 'docs/images'), { recursive: true });
    const png = await page.screenshot({ path: join(root, 'docs/images/playground.png') });
    expect(png.length).toBeGreaterThan(10_000);
  });
});
