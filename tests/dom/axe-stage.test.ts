// The rendered-DOM stage as a browser would see the post: parsed by jsdom's own HTML parser from the
// rendered page, frames that never become windows, an element budget, axe's errors reported, axe's
// own Polish, and native and axe findings merged element by element.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { checkSync } from '../../src/check-sync.js';
import { withAxeWindow } from '../../src/dom/window.js';

const now = new Date('2026-01-01T00:00:00Z');
const md = (body: string, lang = 'en') =>
  `---\ntitle: A post\nlang: ${lang}\ndate: 2021-04-28\n---\n\n${body}\n`;
const page = (body: string, lang = 'en') =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><title>A post</title></head>\n<body>\n<p>Published 28 April 2021.</p>\n${body}\n</body>\n</html>\n`;

async function run(content: string, path = 'post.md', extra: Partial<Parameters<typeof check>[0]> = {}) {
  return (await check({ content, path, now, ...extra })).messages;
}
const ids = (messages: { ruleId: string; line: number }[]) => messages.map((m) => `${m.line} ${m.ruleId}`);

describe('the page axe judges is parsed the way a browser parses it', () => {
  it('an unclosed <i> before a list wraps the list, so the list is not blamed', async () => {
    // A browser reopens the <i> after the paragraph and the list ends up inside it, not the <i>
    // inside the list: there is nothing wrong with the list.
    const post = md('Read <i>this\n\n- first\n- second');
    expect(ids(await run(post)).filter((id) => id.includes('axe/'))).toEqual([]);
    const html = await withAxeWindow(async (w) => w.document.body.innerHTML);
    expect(html).toContain('<i>\n<ul>');
  });

  it('an element the parser builds twice from one tag is reported once, where the tag was written', async () => {
    // HTML's parser reopens the unclosed <i> in the next paragraph: two elements, one in the source.
    // Neither may land on 1:1, and the copy must not make a second finding.
    for (const [content, path, at] of [
      [page('<p><i role="lisst">text</p>\n<p>more</p>'), 'post.html', '6:4'],
      [md('Read <i role="lisst">this\n\n- first\n- second'), 'post.md', '7:6'],
    ] as const) {
      const found = (await run(content, path)).filter((m) => m.ruleId === 'axe/aria-roles');
      expect(found.map((m) => `${m.line}:${m.column}`)).toEqual([at]);
    }
  });

  it('points into raw HTML inside block quotes and lists, line by line', async () => {
    const post = md(
      '> Quote:\n>\n> <div role="lisst">\n> text\n> </div>\n\n1. Item\n\n   <div role="nope">x</div>',
    );
    const found = (await run(post)).filter((m) => m.ruleId === 'axe/aria-roles');
    expect(found.map((m) => `${m.line}:${m.column}`)).toEqual(['9:3', '15:4']);
  });

  it('maps an HTML fragment and a full page to their own lines', async () => {
    const fragment = '<p>Published 28 April 2021.</p>\n\n<div role="lisst">a</div>\n';
    expect(ids(await run(fragment, 'post.html', { lang: 'en' }))).toContain('3 axe/aria-roles');
    expect(ids(await run(page('<div role="lisst">a</div>'), 'post.html'))).toContain('6 axe/aria-roles');
  });
});

describe('frames never become windows', () => {
  it('an <iframe> in a post is an element only: no window is built for it', async () => {
    const frames = Array.from({ length: 60 }, (_, i) => `<iframe src="https://example.com/${i}"></iframe>`);
    const messages = await run(page(frames.join('\n')), 'frames.html');
    // axe still judges each frame (no title) …
    expect(messages.filter((m) => m.ruleId === 'axe/frame-title')).toHaveLength(60);
    // … but none of them got a window of its own.
    const windows = await withAxeWindow(async (w) =>
      [...w.document.querySelectorAll('iframe, frame')].map((f) => (f as HTMLIFrameElement).contentWindow),
    );
    expect(windows).toHaveLength(60);
    expect(windows.filter((x) => x !== null)).toEqual([]);
  });
});

describe('the element budget of the axe stage', () => {
  const links = Array.from({ length: 120 }, (_, i) => `<a href="/p/${i}">here</a>`).join(' ');
  const post = md(`Links: ${links}\n\n<div role="lisst">a</div>`);

  it('past limits.maxAxeElements, axe is skipped with a limit-exceeded finding and every native finding stays', async () => {
    const config = { limits: { maxAxeElements: 100 } };
    const messages = await run(post, 'post.md', { config });
    const limit = messages.filter((m) => m.ruleId === 'limit-exceeded');
    expect(limit).toHaveLength(1);
    expect(limit[0]!.message).toMatch(/limits\.maxAxeElements.*axe\/\* rules/);
    expect(messages.filter((m) => m.ruleId.startsWith('axe/'))).toEqual([]);
    const nativeOnly = checkSync({ content: post, path: 'post.md', now, config }).messages;
    expect(messages.filter((m) => m.ruleId !== 'limit-exceeded')).toEqual(nativeOnly);
    expect(nativeOnly.filter((m) => m.ruleId === 'link-vague')).toHaveLength(120);
  });

  it('under it, axe runs', async () => {
    const messages = await run(post, 'post.md', { config: { limits: { maxAxeElements: 1000 } } });
    expect(ids(messages)).toContain('9 axe/aria-roles');
    expect(messages.filter((m) => m.ruleId === 'limit-exceeded')).toEqual([]);
  });
});

describe('axe rules that need layout APIs jsdom lacks', () => {
  it('object-alt runs (it measures text with Range.getClientRects)', async () => {
    const messages = await run(page('<object data="movie.swf"></object>'), 'post.html');
    expect(ids(messages)).toContain('6 axe/object-alt');
    expect(messages.filter((m) => m.ruleId === 'rule-error')).toEqual([]);
  });

  it('MathML elements, which have no style in jsdom, do not make the "is it hidden?" rules throw', async () => {
    // React's docs write formulas as <Math><MathI>x</MathI></Math>; HTML's parser makes that MathML.
    const post = md(
      'The rule: <Math><MathI>y</MathI> = 2<MathI>x</MathI></Math>.\n\n<div role="lisst">a</div>',
    );
    const messages = await run(post);
    expect(messages.filter((m) => m.ruleId === 'rule-error').map((m) => m.message)).toEqual([]);
    expect(ids(messages)).toContain('9 axe/aria-roles');
    // Visibility is still inherited into a formula: inside a hidden parent nothing is judged.
    const formula = (style: string) =>
      md(`<p style="${style}"><Math><MathI role="lisst">x</MathI></Math></p>`);
    expect(ids(await run(formula('color: black')))).toContain('7 axe/aria-roles');
    expect(ids(await run(formula('visibility: hidden'))).filter((id) => id.includes('axe/'))).toEqual([]);
  });

  it('an axe rule that throws is a rule-error naming it, and the other axe rules still report', async () => {
    const content = page('<object data="movie.swf"></object>\n<div role="lisst">a</div>');
    const saved = await withAxeWindow(async (w) => {
      const proto = w.window.Range.prototype as unknown as Record<string, unknown>;
      const original = proto.getClientRects;
      proto.getClientRects = () => {
        throw new Error('no layout here');
      };
      return { proto, original };
    });
    try {
      const messages = await run(content, 'post.html');
      const errors = messages.filter((m) => m.ruleId === 'rule-error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(/"axe\/object-alt".*no layout here/);
      expect(ids(messages)).toContain('7 axe/aria-roles');
    } finally {
      saved.proto.getClientRects = saved.original;
    }
  });
});

describe('axe-core speaks the message locale', () => {
  it('a Polish post gets axe-core’s own Polish text after ours', async () => {
    const [pl] = (await run(md('<div role="lisst">a</div>', 'pl'))).filter(
      (m) => m.ruleId === 'axe/aria-roles',
    );
    expect(pl!.message).toMatch(
      /^Element ma rolę, która nie istnieje\. axe-core: Stosowane role ARIA muszą mieć poprawne wartości\.$/,
    );
    const [en] = (await run(md('<div role="lisst">a</div>'))).filter((m) => m.ruleId === 'axe/aria-roles');
    expect(en!.message).toMatch(/axe-core: ARIA roles used must conform to valid values\.$/);
  });
});

describe('native and axe findings are merged element by element', () => {
  it('a native finding on an element axe judged fine is dropped; without axe it stays', async () => {
    // Hidden by CSS: axe knows, the native rules do not read styles.
    const post = page('<div style="display: none"><img src="logo.png"></div>');
    expect(ids(await run(post, 'post.html'))).not.toContain('6 img-alt-missing');
    expect(ids(checkSync({ content: post, path: 'post.html', now }).messages)).toContain('6 img-alt-missing');
  });

  it('a finding only axe makes is kept (the page’s language "eng" is not BCP 47)', async () => {
    const post = page('<p>Text.</p>').replace('lang="en"', 'lang="eng"');
    const messages = await run(post, 'post.html');
    expect(ids(messages)).toContain('2 axe/html-lang-valid');
  });

  it('a Markdown image with no description, or an HTML alt with no value, stays reported although axe reads alt=""', async () => {
    expect(ids(await run(md('![](chart.png)')))).toEqual(['7 img-alt-missing']);
    expect(ids(await run(md('Chart:\n\n<img src="chart.png" alt>')))).toEqual(['9 img-alt-missing']);
    expect(ids(await run(md('Chart:\n\n<img src="line.png" alt="">')))).toEqual([]);
  });

  it('both reporting one element give one finding, with the better message', async () => {
    expect(ids(await run(md('<img src="a.png">')))).toEqual(['7 img-alt-missing']);
    const area = md(
      '<img src="map.png" alt="Campus map" usemap="#m">\n<map name="m"><area href="/lib" coords="0,0,9,9"></map>',
    );
    const found = (await run(area)).filter((m) => m.line === 8).map((m) => m.ruleId);
    expect(found).toEqual(['axe/area-alt']);
    // The finding shown is axe's, but the author silences the problem by the native rule's id.
    const silenced = area.replace('<map', '<!-- content-a11y-disable-next-line img-alt-missing -->\n<map');
    expect(ids(await run(silenced))).toEqual([]);
  });

  it('page-level axe rules never judge the page we wrap a fragment in', async () => {
    // No language anywhere: lang-missing speaks (once per run in the CLI); axe's verdict on our
    // wrapper page is not repeated at 1:1.
    const messages = await run('---\ntitle: A post\ndate: 2021-04-28\n---\n\nSome text here.\n');
    expect(messages.filter((m) => m.ruleId.startsWith('axe/'))).toEqual([]);
  });
});
