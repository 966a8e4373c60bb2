// axe is skipped for a post it provably cannot change (src/dom/axe-needed.ts): Markdown or text
// whose page holds no markup the author wrote, with no native finding an axe twin could overrule.
// The proof is differential: axe runs anyway on every skipped post and must change nothing. Here on
// hand-written cases and every fixture post; bench/axe-skip.mjs does it on the whole corpus.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { withResolvedAssets } from '../../src/check-sync.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { axeStage } from '../../src/dom/axe-check.js';
import { axeCanChange } from '../../src/dom/axe-needed.js';
import { closeAxeWindow } from '../../src/dom/window.js';
import { finish, nativeStage, prepare, runContext } from '../../src/engine/pipeline.js';

const root = join(import.meta.dirname, '../..');
const now = new Date('2026-01-01T00:00:00Z');
const config = resolveConfig({});

/** Whether axe runs for the post, and what the skip would lose: the messages axe changes. */
async function differential(content: string, path: string) {
  const options = { content, path, config, now };
  const context = runContext(options);
  const prepared = prepare(await withResolvedAssets(options), context);
  const post = prepared.post;
  if (!post) return { axe: true, changed: [] }; // unreadable: check() reports it and runs no stage
  const native = nativeStage(post, context, prepared.skip);
  const run = { dom: true, skip: prepared.skip };
  const messages = (drafts: typeof native) =>
    finish(post, [...prepared.drafts, ...drafts], context, run).messages.map((m) => JSON.stringify(m));
  const kept = messages(native);
  const judged = messages(await axeStage(post, context, native));
  return {
    axe: axeCanChange(post, native),
    changed: [...judged.filter((m) => !kept.includes(m)), ...kept.filter((m) => !judged.includes(m))],
  };
}

const md = (body: string) => `---\ntitle: A post\nlang: en\ndate: 2021-04-28\n---\n\n${body}\n`;

afterAll(closeAxeWindow);

describe('axe runs only where it can change the findings', () => {
  it.each([
    [
      'Markdown alone',
      md('# Heading\n\nText with a [link](https://example.org) and ![A cat](cat.jpg).'),
      'a.md',
    ],
    ['an autolink is not raw HTML', md('See <https://example.org/report> for details.'), 'a.md'],
    [
      'a `<` in text and code',
      md('Prices < 5 zł.\n\n`<div>` is a tag.\n\n```html\n<img src="x">\n```'),
      'a.md',
    ],
    ['a table and footnotes', md('| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.'), 'a.md'],
    ['a link named by its title only', md('See [](https://example.org "The report").'), 'a.md'],
    [
      'bare `<` only (shortcodes, comparisons), never read again',
      md('{{< note >}}\nOpen 8 < 16 h.\n{{< /note >}}\n\nA <- B and 1 <= 2.'),
      'a.md',
    ],
    ['plain text', 'A title\n\nSome text of the post.\n', 'a.txt'],
  ])('skipped: %s', async (_, content, path) => {
    const { axe, changed } = await differential(content, path);
    expect(axe).toBe(false);
    expect(changed).toEqual([]);
  });

  it.each([
    ['raw HTML', md('Text <span role="lisst">here</span>.'), 'a.md'],
    ['raw HTML image', md('<img src="cat.jpg">'), 'a.md'],
    ['a native finding axe may overrule', md('![](cat.jpg)'), 'a.md'],
    ['an empty link', md('See [](https://example.org).'), 'a.md'],
    ['an HTML post', '<p>Hello</p>', 'a.html'],
    // Each way CommonMark starts raw HTML: `<` and a letter, `/`, `!` or `?`.
    ['an HTML comment', md('Text.\n\n<!-- hidden -->'), 'a.md'],
    ['a closing tag alone', md('Text.\n\n</div>'), 'a.md'],
    ['a processing instruction', md('Text <?php echo 1; ?> here.'), 'a.md'],
    ['a declaration', md('<!DOCTYPE html>\n\nText.'), 'a.md'],
  ])('runs: %s', async (_, content, path) => {
    expect((await differential(content, path)).axe).toBe(true);
  });

  it('raw HTML axe judges on its own is found because axe ran', async () => {
    const { changed } = await differential(md('Text <span role="lisst">here</span>.'), 'a.md');
    expect(changed.some((m) => m.includes('axe/aria-roles'))).toBe(true);
  });

  it('every fixture post it skips: axe run anyway changes nothing', { timeout: 120_000 }, async () => {
    const files = globSync('fixtures/**/*.{md,mdx,markdown,txt}', { cwd: root, absolute: true });
    let skipped = 0;
    for (const file of files) {
      const { axe, changed } = await differential(readFileSync(file, 'utf8'), relative(root, file));
      if (axe) continue;
      skipped++;
      expect({ file: relative(root, file), changed }).toEqual({ file: relative(root, file), changed: [] });
    }
    expect(skipped).toBeGreaterThan(5);
  });
});
