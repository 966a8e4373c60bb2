// Each generator's site, detected from the small real-shaped sites in fixtures/sites/.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSite, SiteLocator } from '../../src/site/locate.js';
import { shortcodeImage } from '../../src/site/read/hugo.js';
import { SiteRun } from '../../src/site/site-run.js';

const sites = join(import.meta.dirname, '../../fixtures/sites');

describe('detectSite', () => {
  it.each([
    [
      'hugo',
      { generator: 'hugo', lang: 'de', titleLevel: 1, posts: ['content/posts/**', 'content/en/posts/**'] },
    ],
    ['jekyll', { generator: 'jekyll', lang: 'fr', titleLevel: 1 }],
    ['octopress', { generator: 'octopress', lang: 'en', titleLevel: 1 }],
    ['zola', { generator: 'zola', lang: 'pl', titleLevel: 2, posts: ['content/**'] }],
    ['eleventy', { generator: 'eleventy', lang: 'en-GB', titleLevel: 1, posts: ['src/posts/**'] }],
    ['astro', { generator: 'astro', lang: 'es', titleLevel: 1, posts: ['src/content/blog/**'] }],
    ['docusaurus', { generator: 'docusaurus', lang: 'en' }],
    ['hexo', { generator: 'hexo', posts: ['source/_posts/**'] }],
    ['mkdocs', { generator: 'mkdocs', lang: 'pl', posts: ['docs/blog/posts/**'] }],
  ])('%s', (name, expected) => {
    const profile = detectSite(join(sites, name));
    expect(profile).toMatchObject(expected);
  });

  it('says where each value came from: file and line', () => {
    const hugo = detectSite(join(sites, 'hugo'))!;
    expect(hugo.origins?.lang).toEqual({ kind: 'file', file: 'hugo.toml', line: 3, key: 'languageCode' });
    expect(hugo.origins?.titleLevel).toMatchObject({ file: 'layouts/_default/single.html', line: 3 });
    expect(hugo.origins?.posts).toMatchObject({ file: 'hugo.toml', key: 'mainSections' });
    const zola = detectSite(join(sites, 'zola'))!;
    expect(zola.origins?.lang).toMatchObject({ file: 'config.toml', key: 'default_language' });
    expect(zola.origins?.titleLevel).toMatchObject({ file: 'templates/page.html', line: 4 });
  });

  it('reads Hugo languages with their content folders and a site shortcode that renders an image', () => {
    const hugo = detectSite(join(sites, 'hugo'))!;
    expect(hugo.languages).toEqual({ de: { tag: 'de' }, en: { tag: 'en', contentDir: 'content/en' } });
    expect(hugo.imageTags).toEqual({ foto: { src: 'datei', alt: 'text', whenAltMissing: 'empty' } });
    expect(hugo.flavour).toMatchObject({ autolink: true, definitionLists: true, templates: ['hugo'] });
  });

  it("a Jekyll include's own {{ title }} is not the page title (beta.gouv.fr's modal); page.title is", () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-site-'));
    const files: Record<string, string> = {
      '_config.yml': 'title: Atelier\nlang: fr\n',
      '_layouts/default.html':
        '<html lang="fr"><body>{% include transcription.html %}{{ content }}</body></html>\n',
      '_includes/transcription.html':
        '<div class="modal">\n  <h1 class="modal__title">{{ title }}</h1>\n</div>\n',
      '_layouts/with-sidebar.html':
        '---\nlayout: default\n---\n<main>\n  <h2>{{ page.title }}</h2>\n</main>\n',
      '_posts/2024-03-12-atelier.md': '---\ntitle: Atelier\n---\n\nTexte.\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const profile = detectSite(dir)!;
    expect(profile.titleLevel).toBe(2);
    expect(profile.origins?.titleLevel).toMatchObject({ file: '_layouts/with-sidebar.html', line: 5 });
  });

  it.each([
    [
      'alt printed unconditionally: a missing parameter is alt=""',
      '<img src="{{ .Get "datei" }}" alt="{{ .Get "text" }}">',
      { src: 'datei', alt: 'text', whenAltMissing: 'empty' },
    ],
    [
      'alt inside {{ if }}, falling back to a caption kept in a variable',
      '{{- $p := (.Get "src") -}}{{- $cap := .Get "caption" -}}\n<img\n  src="{{- $p -}}"\n  {{ if or (.Get "alt") $cap -}}\n  alt="{{- with .Get "alt" -}}{{- . -}}{{- else -}}{{- $cap -}}{{- end -}}"\n  {{- end -}}\n/>',
      { src: 'src', alt: 'alt', altFallback: 'caption' },
    ],
    [
      'positional parameters',
      '<img src="{{ .Get 0 }}" {{ with .Get 1 }}alt="{{ . }}"{{ end }}>',
      { src: 0, alt: 1 },
    ],
    [
      "an alt with a template default is the template's, not the tag's",
      '<img src="{{ .Get "src" }}" alt="{{ .Get "caption" | default (printf "Image: %s" (.Get "src")) }}">',
      { src: 'src', alt: 'caption', whenAltMissing: 'unknown' },
    ],
  ])('a site shortcode template: %s', (_name, template, expected) => {
    expect(shortcodeImage(template)).toEqual(expected);
  });

  it.each([
    [
      'an image looked up in a data file',
      '{{ $i := index .Site.Data.images (.Get "src") }}<img src="{{ $i.url }}" alt="{{ $i.alt }}">',
    ],
    ['an image with no alt attribute at all', '<img src="{{ .Get "src" }}">'],
    ['no image', '<div class="note">{{ .Inner }}</div>'],
  ])('not an image tag to judge: %s', (_name, template) => {
    expect(shortcodeImage(template)).toBeUndefined();
  });

  it('reads each Markdown engine: kramdown, rdiscount with autolink, markdown-it without linkify, MkDocs extensions', () => {
    expect(detectSite(join(sites, 'jekyll'))!.flavour).toMatchObject({
      autolink: false,
      definitionLists: true,
      attributeLists: true,
      templates: ['liquid'],
    });
    expect(detectSite(join(sites, 'octopress'))!.flavour).toMatchObject({ autolink: true, footnotes: true });
    expect(detectSite(join(sites, 'eleventy'))!.flavour).toMatchObject({
      autolink: false,
      footnotes: true,
      templates: ['nunjucks'],
    });
    expect(detectSite(join(sites, 'mkdocs'))!.flavour).toMatchObject({
      autolink: false,
      definitionLists: true,
      attributeLists: true,
      footnotes: true,
    });
    expect(detectSite(join(sites, 'docusaurus'))!.flavour.templates).toEqual(['mdx']);
  });

  it('a Hexo site with an empty language setting declares none', () => {
    expect(detectSite(join(sites, 'hexo'))!.lang).toBeUndefined();
  });

  it('a folder with no site config is not a site', () => {
    expect(detectSite(join(sites, 'plain'))).toBeUndefined();
  });
});

describe('SiteLocator', () => {
  it('finds the site upward from a post and caches it per directory', () => {
    const locator = new SiteLocator(join(sites, '..', '..'));
    const a = locator.siteOf(join(sites, 'hugo/content/posts/lesesommer-2024.md'));
    const b = locator.siteOf(join(sites, 'hugo/content/en/posts/summer-reading-2024.md'));
    expect(a.profile.generator).toBe('hugo');
    expect(a).toBe(b);
    expect(a.profile.root).toBe('fixtures/sites/hugo');
    expect(locator.pathInSite(a, join(sites, 'hugo/content/posts/x.md'))).toBe('content/posts/x.md');
  });

  it('a post in no site gets the plain folder', () => {
    const locator = new SiteLocator(join(sites, '..', '..'));
    expect(locator.siteOf(join(sites, 'plain/rekrutacja.md')).profile.generator).toBe('plain');
  });
});

describe('an index.md that lists posts is a page', () => {
  const post = '---\ntitle: A post\ndate: 2025-04-23\n---\n\nText.\n';
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-site-'));
  for (const file of [
    'blog/index.md',
    'blog/2025/04/23/a-post.md',
    'notes/bundle/index.md',
    'notes/bundle/x.png',
  ]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), post);
  }
  const run = new SiteRun({ cwd: dir });

  it.each([
    ['blog/index.md', 'page', 'the blog index of react.dev: its posts are three folders down'],
    ['blog/2025/04/23/a-post.md', undefined, 'a post'],
    ['notes/bundle/index.md', undefined, 'a post kept with its images (a page bundle)'],
  ])('%s: %s (%s)', (file, kind, _why) => {
    expect(run.forFile(join(dir, file), file).postKind).toBe(kind);
  });
});
