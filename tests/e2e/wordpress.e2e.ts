// The WordPress plugin in a real WordPress (Debian's package, started by scripts/e2e.sh): activated
// on the Plugins screen, configured on its settings page, and used in the block editor the way an
// editor would — the seed's text pasted, an image block described "Widok …", a featured image from
// the media library. Publishing is refused with the Polish findings listed; the same post's REST
// record gives check() the same findings; once fixed from the panel, the post publishes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/browser.js';
import { launchChromium } from '../helpers/browser.js';

const root = join(import.meta.dirname, '../..');
const URL = process.env.E2E_WP_URL ?? '';
const USER = process.env.E2E_WP_USER ?? '';
const PASSWORD = process.env.E2E_WP_PASSWORD ?? '';
const images = join(root, 'docs/images');

// The seed post as text: its first line is the title, the rest is the body an editor pastes.
const seed = readFileSync(join(root, 'fixtures/seed/seed.txt'), 'utf8');
const [seedTitle, ...seedBody] = seed.split('\n');
const COVER_ALT =
  'Widok planszy tytułowej prezentacji Analiza SWOT ekonomii społecznej w województwie świętokrzyskim';
const IMAGE_ALT = 'Widok uczestników warsztatów w programie Zoom';

interface Shown {
  rule: string;
  message: string;
}

/** The findings a panel lists, as the person sees them. */
async function shownFindings(page: Page, panel: string): Promise<Shown[]> {
  return page.$$eval(`${panel} .content-a11y-finding`, (items) =>
    items.map((li) => ({
      rule: li.getAttribute('data-rule') ?? '',
      message: li.querySelector('.content-a11y-finding__message')?.textContent ?? '',
    })),
  );
}

const key = (f: Shown) => `${f.rule} ${f.message}`;

describe.skipIf(!URL)('the WordPress plugin in WordPress', () => {
  let browser: Browser;
  let page: Page;
  let postId = 0;
  let mediaId = 0;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'pl-PL' });
    page.on('pageerror', (error) => console.error('[editor]', error.message));
    await page.goto(`${URL}/wp-login.php`);
    await page.fill('#user_login', USER);
    await page.fill('#user_pass', PASSWORD);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  // E2E_FAILURE_DIR=folder keeps a screenshot of the page where a test failed.
  afterEach(async ({ task }) => {
    const dir = process.env.E2E_FAILURE_DIR;
    if (dir && task.result?.state === 'fail')
      await page.screenshot({ path: join(dir, `wordpress-${task.name}.png`) });
  });

  it('activates on the Plugins screen, in Polish', async () => {
    await page.goto(`${URL}/wp-admin/plugins.php`);
    const row = page.locator('tr[data-slug="content-a11y"]');
    expect(await row.locator('.plugin-description').textContent()).toContain(
      'Sprawdza wpisy pod kątem dostępności',
    );
    await Promise.all([page.waitForURL(/plugins\.php/), row.locator('.activate a').click()]);
    await row.locator('.deactivate a').waitFor();
    expect(await row.locator('a[href$="page=content-a11y"]').textContent()).toBe('Ustawienia');
  });

  it('keeps its settings: the posts’ language and what holds back publishing', async () => {
    await page.goto(`${URL}/wp-admin/options-general.php?page=content-a11y`);
    expect(await page.locator('.wrap h1').textContent()).toBe('Sprawdzanie dostępności');
    expect(await page.locator('label[for="content_a11y_block_on"]').textContent()).toBe(
      'Wstrzymuj publikację przy',
    );
    await page.selectOption('#content_a11y_lang', 'pl');
    await page.selectOption('#content_a11y_block_on', 'error');
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    expect(await page.locator('#content_a11y_lang').inputValue()).toBe('pl');
    expect(await page.locator('#content_a11y_block_on').inputValue()).toBe('error');
    await page.screenshot({ path: join(images, 'wordpress-settings.png') });
  });

  it('refuses to publish the seed post and lists its findings in Polish', async () => {
    await page.goto(`${URL}/wp-admin/post-new.php`);
    await page.waitForFunction(() => {
      const wp = (window as unknown as { wp?: WP }).wp;
      return Boolean(
        wp?.data?.select('core/editor').getCurrentPostId() && wp.plugins.getPlugin('content-a11y'),
      );
    });
    postId = await page.evaluate(() =>
      (window as unknown as { wp: WP }).wp.data.select('core/editor').getCurrentPostId(),
    );

    // A picture in the media library, described "Widok …", becomes the featured image.
    const png = (await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } })).toString('base64');
    const media = await page.evaluate(
      async ({ png, alt }) => {
        const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
        const form = new FormData();
        form.append('file', new Blob([bytes], { type: 'image/png' }), 'plansza-swot.png');
        form.append('alt_text', alt);
        const wp = (window as unknown as { wp: WP }).wp;
        return wp.apiFetch({ path: '/wp/v2/media', method: 'POST', body: form }) as Promise<{
          id: number;
          source_url: string;
        }>;
      },
      { png, alt: COVER_ALT },
    );
    mediaId = media.id;

    // The title, then the seed's text pasted into the first paragraph.
    await page.click('.editor-post-title__input');
    await page.keyboard.type(seedTitle!);
    await page.keyboard.press('Enter');
    await page.evaluate((text) => {
      const target = document.activeElement!;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, seedBody.join('\n').trim());
    await page.waitForFunction(
      () => (window as unknown as { wp: WP }).wp.data.select('core/block-editor').getBlocks().length > 5,
    );

    // An image block, inserted with the slash command and described in its settings.
    await page.locator('.block-editor-block-list__layout > .wp-block').last().click();
    await page.click('.edit-post-header-toolbar__inserter-toggle');
    await page.locator('.block-editor-inserter__search input').fill('Image');
    await page.click('.block-editor-block-types-list__item.editor-block-list-item-image');
    await page.getByRole('button', { name: 'Insert from URL' }).click();
    await page.locator('.block-editor-media-placeholder__url-input-form input').fill(media.source_url);
    await page.keyboard.press('Enter');
    const settings = page.locator('.interface-pinned-items button[aria-label="Settings"]');
    if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
    await page.getByLabel('Alt text (alternative text)').fill(IMAGE_ALT);

    // The featured image, chosen in the media library.
    await page.locator('.edit-post-sidebar__panel-tab').first().click();
    const featured = page.locator('.editor-post-featured-image__toggle');
    if (!(await featured.isVisible())) {
      await page.getByRole('button', { name: /^(Featured image|Obrazek wyróżniający)$/ }).click();
    }
    await featured.click();
    await page.click('.media-modal #menu-item-browse');
    await page.locator('.media-modal .attachments .attachment').first().click();
    await page.locator('.media-modal .media-button-select').click();
    await page.locator('.editor-post-featured-image__preview').waitFor();

    // Publish → the pre-publish panel lists the findings and its Publish button stays disabled.
    await page.click('.editor-post-publish-panel__toggle');
    const prePublish = '.editor-post-publish-panel .content-a11y-prepublish-panel';
    const blocked = page.locator(`${prePublish} .content-a11y-panel__blocked`);
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain('Publikacja wstrzymana z powodu problemów z dostępnością');
    const publish = page.locator('.editor-post-publish-panel .editor-post-publish-button');
    expect(await publish.getAttribute('aria-disabled')).toBe('true');
    // The featured image's alt arrives from the media library a moment after it is chosen.
    const redundant = page.locator(`${prePublish} [data-rule="img-alt-redundant-prefix"]`);
    await expect.poll(() => redundant.count()).toBe(2);
    const shown = await shownFindings(page, prePublish);
    expect(shown.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['date-missing', 'date-numeric-in-title', 'img-alt-redundant-prefix']),
    );
    expect(shown).toContainEqual({
      rule: 'date-missing',
      message: 'Pole „Data opublikowania” nie ma po sobie daty.',
    });
    // The image block's alt and the featured image's alt (from the media library) are both found.
    expect(shown.filter((f) => f.rule === 'img-alt-redundant-prefix')).toHaveLength(2);
    await page.evaluate(() =>
      document.querySelector('.interface-interface-skeleton__content')?.scrollTo(0, 0),
    );
    await page.screenshot({ path: join(images, 'wordpress-blocked.png') });

    await publish.click({ force: true });
    await page.waitForTimeout(1000);
    expect(await postStatus(page)).not.toBe('publish');

    // The same post, saved as a draft, read back over REST: check() finds what the panel showed.
    await page.click('.editor-post-publish-panel__header-cancel-button button');
    await page.click('.editor-post-save-draft');
    await page.waitForFunction(() => {
      const editor = (window as unknown as { wp: WP }).wp.data.select('core/editor');
      return !editor.isSavingPost() && !editor.isEditedPostDirty();
    });
    expect(await postStatus(page)).toBe('draft');
    const record = await rest(page, `/wp/v2/posts/${postId}?context=edit`);
    const result = await check({
      content: { ...record, status: 'publish' },
      input: 'wordpress',
      // The plugin's settings: posts in Polish, messages in the editor's language.
      lang: 'pl',
      locale: 'pl',
      resolveAsset: async (ref) => {
        const m = await rest(page, `/wp/v2/media/${ref.id}`);
        return { alt: m.alt_text as string, src: m.source_url as string };
      },
    });
    const direct = result.messages.map((m) => key({ rule: m.ruleId, message: m.message })).sort();
    expect(direct).toEqual(shown.map(key).sort());
  });

  it('publishes once the findings are fixed from the panel', async () => {
    await page.click('.editor-post-publish-panel__toggle');
    const panel = page.locator('.editor-post-publish-panel .content-a11y-prepublish-panel');
    // The empty publication date: "Show" selects its paragraph, the editor types the date.
    await panel.locator('[data-rule="date-missing"] .content-a11y-finding__show').click();
    const selected = await page.evaluate(() => {
      const wp = (window as unknown as { wp: WP }).wp;
      const block = wp.data.select('core/block-editor').getSelectedBlock();
      return block ? `${block.name}: ${block.attributes.content}` : '';
    });
    expect(selected).toBe('core/paragraph: Data opublikowania:');
    await page.keyboard.press('End');
    await page.keyboard.type(' 29 kwietnia 2021 r.');
    // The title's digits-only date and both "Widok …" descriptions: "Apply fix".
    await panel.locator('[data-rule="date-numeric-in-title"] .content-a11y-finding__apply').click();
    for (let i = 0; i < 2; i++) {
      await panel
        .locator('[data-rule="img-alt-redundant-prefix"] .content-a11y-finding__apply')
        .first()
        .click();
      await expect.poll(() => panel.locator('[data-rule="img-alt-redundant-prefix"]').count()).toBe(1 - i);
    }
    await expect.poll(() => panel.locator('.content-a11y-panel__blocked').count()).toBe(0);
    expect(await page.locator('.editor-post-title__input').textContent()).toContain('28–29 kwietnia 2021 r.');
    const cover = await rest(page, `/wp/v2/media/${mediaId}`);
    expect(cover.alt_text).toBe(
      // "Widok planszy tytułowej …" without its prefix, back in the nominative.
      'Plansza tytułowa prezentacji Analiza SWOT ekonomii społecznej w województwie świętokrzyskim',
    );

    const publish = page.locator('.editor-post-publish-panel .editor-post-publish-button');
    expect(await publish.getAttribute('aria-disabled')).not.toBe('true');
    await publish.click();
    await page.locator('.post-publish-panel__postpublish').waitFor();
    await page.click('.editor-post-publish-panel__header button');
    await expect.poll(() => postStatus(page)).toBe('publish');
  });
});

// The few editor APIs the test calls in the page.
interface WP {
  data: {
    select(store: string): {
      getCurrentPostId(): number;
      isSavingPost(): boolean;
      isEditedPostDirty(): boolean;
      getBlocks(): unknown[];
      getSelectedBlock(): { name: string; attributes: Record<string, string> } | null;
    };
  };
  apiFetch(options: object): Promise<unknown>;
  plugins: { getPlugin(name: string): unknown };
}

async function rest(page: Page, path: string): Promise<Record<string, unknown>> {
  const nonce = await page.evaluate(
    () => (window as unknown as { wpApiSettings: { nonce: string } }).wpApiSettings.nonce,
  );
  const response = await page.request.get(`${URL}/wp-json${path}`, { headers: { 'X-WP-Nonce': nonce } });
  expect(response.ok(), `${path}: HTTP ${response.status()}`).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}

async function postStatus(page: Page): Promise<string> {
  const post = await rest(
    page,
    `/wp/v2/posts/${await page.evaluate(() => (window as unknown as { wp: WP }).wp.data.select('core/editor').getCurrentPostId())}?context=edit`,
  );
  return String(post.status);
}
