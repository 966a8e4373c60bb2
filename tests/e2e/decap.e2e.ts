// The Decap integration in a real Decap CMS (decap-cms-app over decap-server's local git backend,
// started by scripts/e2e.sh): the seed entry cannot be published and the notification says why;
// once fixed, it is committed into the repository.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkSync } from '../../src/browser.js';
import { launchChromium } from '../helpers/browser.js';

const root = join(import.meta.dirname, '../..');
const URL = process.env.E2E_DECAP_URL ?? '';
const REPO = process.env.E2E_DECAP_REPO ?? '';
const seed = JSON.parse(readFileSync(join(root, 'fixtures/cms/seed.decap.json'), 'utf8')).data as Record<
  string,
  string
>;
const FIXED_TITLE =
  'W dniach 28–29 kwietnia 2021 r. odbyły się kolejne cykliczne warsztaty diagnostyczne online';

const posts = () => readdirSync(join(REPO, 'content/aktualnosci')).filter((name) => name.endsWith('.md'));
const commits = () =>
  execFileSync('git', ['-C', REPO, 'rev-list', '--count', 'main'], { encoding: 'utf8' }).trim();

describe.skipIf(!URL)('the Decap integration in Decap CMS', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'pl-PL' });
    page.on('pageerror', (error) => console.error('[decap]', error.message));
    await page.goto(`${URL}/`);
    // The local backend has no login service: its login button opens the repository.
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.goto(`${URL}/#/collections/aktualnosci/new`);
    await page.getByLabel('Tytuł').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async ({ task }) => {
    const dir = process.env.E2E_FAILURE_DIR;
    if (dir && task.result?.state === 'fail')
      await page.screenshot({ path: join(dir, `decap-${task.name}.png`) });
  });

  /** Replaces a field's text as a person does: select all, type. */
  async function retype(field: Locator, text: string) {
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
    expect(await field.inputValue()).toBe(text);
  }

  async function publishNow() {
    await page.getByRole('button', { name: 'Opublikuj' }).click();
    await page.getByRole('menuitem', { name: 'Opublikuj teraz' }).click();
  }

  it('refuses to publish the seed entry and says why, in Polish', async () => {
    await page.getByLabel('Tytuł').fill(seed.title!);
    await page.getByLabel('Opis obrazka wyróżniającego').fill(seed.image_alt!);
    // The body as Markdown (the collection edits it as Markdown), pasted the way an
    // editor brings text over from the old site.
    const body = page.locator('[data-slate-editor="true"]');
    await body.click();
    await body.evaluate((target, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, seed.body!);
    await expect.poll(() => body.textContent()).toContain('Galeria zdjęć');

    await publishNow();
    const refusal = page.getByText(/Publikacja wstrzymana z powodu problemów z dostępnością/);
    await refusal.waitFor();
    // The notification slides in from the right: photograph it once it is in view.
    await expect.poll(async () => ((await refusal.boundingBox())?.x ?? 9999) + 250).toBeLessThan(1400);
    await page.waitForTimeout(500);
    const text = await refusal.textContent();
    expect(text).toContain('Nie udało się zapisać pozycji: Publikacja wstrzymana');
    expect(text).toContain('1 błąd');
    expect(text).toContain('Wpis nie ma daty publikacji');
    expect(text).toContain('[date-missing]');
    await page.screenshot({ path: join(root, 'docs/images/decap-blocked.png') });
    expect(posts()).toEqual([]);
    expect(commits()).toBe('1');
  });

  it('saves the fixed entry into the repository', async () => {
    await retype(page.getByLabel('Tytuł'), FIXED_TITLE);
    await retype(page.getByLabel('Data opublikowania'), '2021-04-29');
    await publishNow();
    await page.getByText('Pozycja zapisana').waitFor();
    await expect.poll(posts).toHaveLength(1);
    expect(commits()).toBe('2');
    const saved = readFileSync(join(REPO, 'content/aktualnosci', posts()[0]!), 'utf8');
    const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(saved) ?? [];
    expect(parse(frontMatter)).toMatchObject({ title: FIXED_TITLE, date: '2021-04-29', lang: 'pl' });
    expect(body).toContain('## Galeria zdjęć');
    // The committed file, checked as the content repository's CI would: nothing blocks it.
    expect(checkSync({ content: saved, path: posts()[0] }).counts.errors).toBe(0);
  });
});
