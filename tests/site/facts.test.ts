// What a site decides about one file, and what the configuration overrides: pure, as the browser
// build and CMS hosts use it.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import {
  applySiteOverrides,
  GENERATOR_FLAVOURS,
  NEVER_POSTS,
  plainProfile,
  siteFacts,
} from '../../src/site/facts.js';
import type { SiteProfile } from '../../src/site/types.js';

const hugo: SiteProfile = {
  generator: 'hugo',
  root: 'site',
  lang: 'pl',
  languages: { pl: { tag: 'pl' }, en: { tag: 'en', contentDir: 'content/en' }, de: { tag: 'de-DE' } },
  langFromFileSuffix: true,
  posts: ['content/**'],
  notPosts: NEVER_POSTS,
  flavour: GENERATOR_FLAVOURS.hugo,
  origins: { lang: { kind: 'file', file: 'hugo.toml', line: 2, key: 'languageCode' } },
};

describe('siteFacts', () => {
  it.each([
    ['site/content/aktualnosci/x.md', 'pl', 'languageCode'],
    ['site/content/en/news/x.md', 'en', 'content/en/'],
    ['site/content/aktualnosci/x.de.md', 'de-DE', '.de.'],
  ])('%s is in %s', (path, lang, key) => {
    const facts = siteFacts(hugo, path);
    expect(facts.lang).toBe(lang);
    expect(facts.langOrigin?.key).toBe(key);
  });

  it.each([
    ['site/content/aktualnosci/_index.md', false, 'a section page (_index)'],
    ['site/archetypes/default.md', false, 'a template for new posts'],
    ['site/README.md', false, 'a repository document'],
    ['site/static/notes.md', false, 'outside the posts globs'],
    ['site/content/aktualnosci/x.md', true, undefined],
  ])('%s: post %s', (path, isPost, reason) => {
    const facts = siteFacts(hugo, path);
    expect(facts.isPost).toBe(isPost);
    expect(facts.notPostReason).toBe(reason);
  });

  it('a path given relative to the site is used as is; the caller may say post or page', () => {
    expect(siteFacts(hugo, '../elsewhere/x.md', { sitePath: 'content/a/_index.md' }).isPost).toBe(false);
    expect(siteFacts(hugo, 'site/content/a/b.md', { postKind: 'page' }).isPost).toBe(false);
    expect(siteFacts(hugo, 'site/content/a/_index.md', { postKind: 'post' }).isPost).toBe(true);
  });

  it('a post with no path (a CMS record) is a post', () => {
    expect(siteFacts(hugo, undefined).isPost).toBe(true);
  });

  it('an .mdx file reads MDX expressions whatever the generator', () => {
    expect(siteFacts(plainProfile(), 'blog/a.mdx').flavour.templates).toEqual(['mdx']);
  });

  it('a plain folder: documentation folders and repository documents are pages', () => {
    expect(siteFacts(plainProfile(), 'react/learn/hooks.md').isPost).toBe(false);
    expect(siteFacts(plainProfile(), 'news/2024/05/a.md').isPost).toBe(true);
  });
});

describe('applySiteOverrides', () => {
  it('the configuration wins over every detected value, and says so', () => {
    const config = resolveConfig({
      titleLevel: 2,
      posts: ['content/aktualnosci/**'],
      site: {
        lang: 'pl-PL',
        flavour: { autolink: false },
        imageTags: { zdjecie: { src: 'plik', alt: 'opis' } },
      },
    });
    const profile = applySiteOverrides(hugo, config.site, config);
    expect(profile).toMatchObject({ lang: 'pl-PL', titleLevel: 2, posts: ['content/aktualnosci/**'] });
    expect(profile.flavour.autolink).toBe(false);
    expect(profile.origins?.lang).toEqual({ kind: 'config', key: 'site.lang' });
    expect(profile.origins?.titleLevel).toEqual({ kind: 'config', key: 'titleLevel' });
    expect(siteFacts(profile, 'site/content/aktualnosci/x.md').imageTags.zdjecie).toEqual({
      src: 'plik',
      alt: 'opis',
    });
    expect(siteFacts(profile, 'site/content/wydarzenia/x.md').isPost).toBe(false);
  });

  it('another generator named in the configuration brings its flavour', () => {
    const profile = applySiteOverrides(plainProfile(), { generator: 'jekyll' });
    expect(profile.generator).toBe('jekyll');
    expect(profile.flavour.templates).toEqual(['liquid']);
  });

  it('no overrides: the same profile', () => {
    expect(applySiteOverrides(hugo, undefined)).toBe(hugo);
  });
});

describe('config keys', () => {
  it('titleAsH1 is the old spelling of titleLevel', () => {
    expect(resolveConfig({ titleAsH1: true }).titleLevel).toBe(1);
    expect(resolveConfig({ titleAsH1: false }).titleLevel).toBe('none');
    expect(resolveConfig({ titleAsH1: true, titleLevel: 2 }).titleLevel).toBe(2);
  });

  it.each([
    [{ titleLevel: 7 }, /titleLevel/],
    [{ titleLevel: 'h2' }, /titleLevel/],
    [{ posts: 'content/**' }, /"posts" must be a list/],
    [{ site: { generator: 'wordpress' } }, /site.generator/],
    [{ site: { langauge: 'pl' } }, /no setting "langauge"/],
    [{ site: { flavour: { autolinks: true } } }, /site.flavour/],
    [{ site: { imageTags: { foto: { source: 'src' } } } }, /site.imageTags.foto.source/],
  ])('rejects %j', (user, message) => {
    expect(() => resolveConfig(user as never)).toThrow(message);
  });
});
