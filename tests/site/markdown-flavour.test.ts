// The site's Markdown flavour and template tags, through the whole parse: what becomes a link, a
// definition list, a heading, an image — at the source positions of the original file.
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { readJsConfig } from '../../src/site/read/js-config.js';
import { siteOf } from './profiles.js';

const parse = (content: string, generator: Parameters<typeof siteOf>[0], path = 'content/post.md') =>
  checkSync({ content, path, site: siteOf(generator), config: { axe: false } }).post!;

describe('the site decides the Markdown flavour', () => {
  it('bare URLs are links where the renderer links them (GFM, Goldmark), text where it does not (kramdown, Zola)', () => {
    const text = '---\ntitle: x\n---\n\nSee https://example.com/a for more.\n';
    expect(parse(text, 'hugo').index.links.map((l) => l.href)).toEqual(['https://example.com/a']);
    expect(parse(text, 'jekyll', '_posts/2024-01-01-x.md').index.links).toEqual([]);
    expect(parse(text, 'zola').index.links).toEqual([]);
    expect(parse(text, 'plain').index.links).toHaveLength(1);
  });

  it('a bare URL GFM links inside brackets has its position, not 1:1', () => {
    const post = parse(
      '---\ntitle: x\n---\n\n[youtube https://www.youtube.com/watch?v=6muKykwvYOI]\n',
      'plain',
      'a.md',
    );
    expect(post.index.links[0]!.position?.start).toMatchObject({ line: 5, column: 10 });
  });

  it('a bare URL ending in a character reference (a WordPress shortcode pasted as text) has its position', () => {
    const post = parse(
      '---\ntitle: x\n---\n\nListen:\n\n[soundcloud url=&#8221;https://api.soundcloud.com/tracks/219833304&#8243; width=&#8221;100%&#8221;]\n',
      'plain',
      'a.md',
    );
    expect(post.index.links[0]!.position?.start).toMatchObject({ line: 7, column: 24 });
  });

  it('kramdown definition lists are lists, not paragraphs', () => {
    const post = parse('---\ntitle: x\n---\n\nApple\n: A red fruit\n', 'jekyll', '_posts/2024-01-01-x.md');
    expect(post.index.byTag('dt')).toHaveLength(1);
    expect(post.index.byTag('dd')[0]!.position?.start.line).toBe(6);
  });

  it('Ruby comments in a Liquid highlight block are code, not h1 headings', () => {
    const post = parse(
      '---\ntitle: x\n---\n\n{% highlight ruby %}\n# one\n# two\n{% endhighlight %}\n',
      'jekyll',
      '_posts/2024-01-01-x.md',
    );
    expect(post.index.headings).toEqual([]);
    expect(post.index.byTag('code')[0]!.properties.className).toEqual(['language-ruby']);
  });

  it('a heading id {#id} is not part of the heading text', () => {
    expect(parse('---\ntitle: x\n---\n\n## Setup {#setup}\n', 'hugo').index.headings[0]!.text).toBe('Setup');
  });

  it("a generator image tag is an image at the tag's line", () => {
    const post = parse(
      '---\ntitle: x\n---\n\nIntro.\n\n{{< figure src="/a.png" alt="Map of the park" caption="The park" >}}\n',
      'hugo',
    );
    const [image] = post.index.images;
    expect(image).toMatchObject({ src: '/a.png', alt: 'Map of the park', caption: 'The park' });
    expect(image!.position?.start).toMatchObject({ line: 7, column: 1 });
  });

  it('an image tag inside a paragraph lands in that paragraph, in order', () => {
    const post = parse(
      '---\ntitle: x\n---\n\nBefore {% img /b.png Bee %} after.\n',
      'octopress',
      'source/_posts/2013-01-01-x.md',
    );
    const p = post.index.byTag('p')[0]!;
    expect(
      p.children.map((c) => (c.type === 'element' ? c.tagName : c.type === 'text' ? c.value.trim() : '')),
    ).toEqual(['Before', 'img', 'after.']);
  });
});

describe('image tags inside raw HTML', () => {
  it('a figure in a linked table cell (digitalgov) is an image in that link, at its line', () => {
    const post = parse(
      [
        '---',
        'title: Digital strategy pages',
        '---',
        '',
        '<table>',
        '  <tr>',
        '    <td>Department of Agriculture</td>',
        '    <td><a href="https://www.usda.gov/digitalstrategy">{{< figure src="/html.png" alt="USDA digital strategy (HTML)" >}}</a></td>',
        '  </tr>',
        '</table>',
        '',
      ].join('\n'),
      'hugo',
    );
    const [image] = post.index.images;
    expect(image).toMatchObject({ alt: 'USDA digital strategy (HTML)', src: '/html.png' });
    expect(image!.position?.start.line).toBe(8);
    expect(
      post.index.links[0]!.element.children.some((c) => c.type === 'element' && c.tagName === 'img'),
    ).toBe(true);
  });
});

describe('front matter after blank lines', () => {
  it('is front matter, as Hugo reads it: its comments are no headings and its title counts', () => {
    const post = parse('\n\n---\n# a comment\ntitle: Rok w bibliotece\n---\n\nTekst.\n', 'hugo');
    expect(post.meta.title?.value).toBe('Rok w bibliotece');
    expect(post.meta.title?.position?.start.line).toBe(5);
    expect(post.index.headings).toEqual([]);
  });

  it('a thematic break after blank lines around plain text is not front matter', () => {
    const post = parse('\n---\nJust a line\n---\n\nText.\n', 'plain', 'notes.md');
    expect(post.meta.frontMatter).toBeUndefined();
    expect(post.index.textBlocks.map((b) => b.text)).toContain('Text.');
  });
});

describe('JavaScript configs are read, never run', () => {
  it('reads literals through identifiers, defineConfig(), TypeScript casts and module.exports functions', () => {
    const astro = readJsConfig(
      "import { defineConfig } from 'astro/config';\nconst locales = ['pl', 'en'];\nexport default defineConfig({ i18n: { defaultLocale: 'pl', locales } as const });\n",
      'astro.config.ts',
    );
    expect(astro.exported).toEqual({ i18n: { defaultLocale: 'pl', locales: ['pl', 'en'] } });
    const eleventy = readJsConfig(
      "const md = require('markdown-it');\nmodule.exports = (c) => { c.setLibrary('md', md({ linkify: true })); return { dir: { input: 'src' } }; };\n",
      '.eleventy.js',
    );
    expect(eleventy.exported).toEqual({ dir: { input: 'src' } });
    expect(eleventy.callArguments.get('markdown-it')).toEqual([{ linkify: true }]);
  });

  it('code in a config does not run', () => {
    const before = process.exitCode;
    const config = readJsConfig(
      'process.exitCode = 99;\nglobalThis.ran = true;\nmodule.exports = { a: 1 };\n',
      'x.js',
    );
    expect(config.exported).toEqual({ a: 1 });
    expect(process.exitCode).toBe(before);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });

  it('a config that does not parse gives no values and no throw', () => {
    expect(readJsConfig('export default {', 'x.mjs').exported).toBeUndefined();
  });
});
