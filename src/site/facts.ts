// What a site decides about one file: its language, whether it is a post, its title level and
// Markdown flavour. Pure (no file system): the browser build and CMS hosts use it too.
import { globMatcher } from './glob.js';
import type {
  Generator,
  ImageTagMapping,
  MarkdownFlavour,
  SiteFacts,
  SiteLanguage,
  SiteOverrides,
  SiteProfile,
  TemplateSyntax,
  ValueOrigin,
} from './types.js';

/** What each generator renders when its config says nothing (its documented defaults). */
export const GENERATOR_FLAVOURS: Record<Generator, MarkdownFlavour> = {
  // Goldmark: linkify, definition lists, footnotes and heading attributes are on by default.
  hugo: { autolink: true, definitionLists: true, attributeLists: true, footnotes: true, templates: ['hugo'] },
  // kramdown (Jekyll's default) never links a bare URL.
  jekyll: {
    autolink: false,
    definitionLists: true,
    attributeLists: true,
    footnotes: true,
    templates: ['liquid'],
  },
  // Octopress 2 renders with rdiscount; its stock _config.yml turns autolink on (read from config).
  octopress: {
    autolink: false,
    definitionLists: false,
    attributeLists: false,
    footnotes: true,
    templates: ['liquid'],
  },
  // pulldown-cmark: footnotes and heading ids, no linkify.
  zola: {
    autolink: false,
    definitionLists: false,
    attributeLists: true,
    footnotes: true,
    templates: ['zola'],
  },
  // markdown-it with Eleventy's options: html on, linkify off; Liquid runs over Markdown first.
  eleventy: {
    autolink: false,
    definitionLists: false,
    attributeLists: false,
    footnotes: false,
    templates: ['liquid', 'nunjucks'],
  },
  // remark + remark-gfm.
  astro: { autolink: true, definitionLists: false, attributeLists: false, footnotes: true, templates: [] },
  // MDX 3 + remark-gfm; `.md` is MDX too unless markdown.format is "detect".
  docusaurus: {
    autolink: true,
    definitionLists: false,
    attributeLists: false,
    footnotes: true,
    templates: ['mdx'],
  },
  // hexo-renderer-marked: GFM with autolinks; tag plugins use {% %}.
  hexo: {
    autolink: true,
    definitionLists: false,
    attributeLists: false,
    footnotes: false,
    templates: ['nunjucks'],
  },
  // Python-Markdown: everything is an extension (read from mkdocs.yml).
  mkdocs: { autolink: false, definitionLists: false, attributeLists: false, footnotes: false, templates: [] },
  // No site: CommonMark + GFM, as most editors preview it.
  plain: { autolink: true, definitionLists: false, attributeLists: false, footnotes: true, templates: [] },
};

/** Files no generator publishes as a post, whatever the site: section pages, stubs, repo docs. */
export const NEVER_POSTS = [
  '**/_index.{md,markdown,html}',
  '**/archetypes/**',
  '**/scaffolds/**',
  '**/_drafts/**',
  '**/drafts/**',
  '**/{README,CHANGELOG,CONTRIBUTING,LICENSE,CODE_OF_CONDUCT,SECURITY,SUPPORT}.{md,markdown,txt}',
];

/** Documentation folders: pages, not posts, in a folder with no site config. */
export const DOCS_FOLDERS = [
  '**/{docs,doc,documentation,reference,learn,guide,guides,manual,handbook,wiki}/**',
];

export function plainProfile(root = ''): SiteProfile {
  return {
    generator: 'plain',
    root,
    flavour: { ...GENERATOR_FLAVOURS.plain },
    notPosts: [...NEVER_POSTS, ...DOCS_FOLDERS],
    origins: { generator: { kind: 'default' } },
  };
}

/** The configuration's `site`, `titleLevel` and `posts` laid over a detected (or plain) profile. */
export function applySiteOverrides(
  profile: SiteProfile,
  overrides: SiteOverrides | undefined,
  config: { titleLevel?: SiteProfile['titleLevel']; posts?: string[] } = {},
): SiteProfile {
  if (!overrides && config.titleLevel === undefined && config.posts === undefined) return profile;
  const out: SiteProfile = { ...profile, origins: { ...profile.origins } };
  const origins = out.origins!;
  const fromConfig = (key: string): ValueOrigin => ({ kind: 'config', key });
  if (overrides?.generator && overrides.generator !== profile.generator) {
    out.generator = overrides.generator;
    out.flavour = { ...GENERATOR_FLAVOURS[overrides.generator] };
    origins.generator = fromConfig('site.generator');
  }
  if (overrides?.lang) {
    out.lang = overrides.lang;
    origins.lang = fromConfig('site.lang');
  }
  if (overrides?.languages) {
    const languages: Record<string, SiteLanguage> = {};
    for (const [key, value] of Object.entries(overrides.languages)) {
      languages[key] = typeof value === 'string' ? { tag: value } : value;
    }
    out.languages = languages;
    origins.languages = fromConfig('site.languages');
  }
  if (overrides?.flavour) {
    out.flavour = { ...out.flavour };
    for (const [key, value] of Object.entries(overrides.flavour)) {
      if (value === undefined) continue;
      (out.flavour as unknown as Record<string, unknown>)[key] = value;
      origins[`flavour.${key}`] = fromConfig(`site.flavour.${key}`);
    }
  }
  if (overrides?.imageTags) {
    out.imageTags = { ...out.imageTags, ...overrides.imageTags };
    origins.imageTags = fromConfig('site.imageTags');
  }
  if (config.titleLevel !== undefined) {
    out.titleLevel = config.titleLevel;
    origins.titleLevel = fromConfig('titleLevel');
  }
  if (config.posts !== undefined) {
    out.posts = config.posts;
    origins.posts = fromConfig('posts');
  }
  return out;
}

const matchers = new Map<string, (path: string) => boolean>();

function matches(globs: string[] | undefined, path: string): boolean {
  if (!globs || globs.length === 0) return false;
  const key = globs.join('\u0000');
  let test = matchers.get(key);
  if (!test) {
    test = globMatcher(globs);
    matchers.set(key, test);
  }
  return test(path);
}

/** `path` relative to the site root, posix, or undefined when it lies outside the site. */
export function pathInSite(profile: SiteProfile, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const posix = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const root = trimTrailingSlashes(profile.root.replace(/\\/g, '/'));
  if (root === '' || root === '.') return posix;
  if (posix === root) return '';
  if (posix.startsWith(`${root}/`)) return posix.slice(root.length + 1);
  return undefined;
}

/** The generator's image tags (Hugo `figure`, Octopress `img`, Jekyll includes) plus the site's own. */
export const GENERATOR_IMAGE_TAGS: Partial<Record<Generator, Record<string, ImageTagMapping>>> = {
  // Hugo's figure prints its caption as the alt when it has no alt, and no alt with neither.
  // Its title is printed as a heading in the figcaption, never as the img's title attribute.
  hugo: { figure: { src: 'src', alt: 'alt', altFallback: 'caption', caption: 'caption' } },
  jekyll: {
    'image.html': { src: 'url', alt: 'alt', caption: 'caption', title: 'title' },
    'figure.html': { src: 'image', alt: 'alt', caption: 'caption' },
  },
  hexo: {},
};

export function siteFacts(
  profile: SiteProfile,
  path: string | undefined,
  options: { sitePath?: string; postKind?: 'post' | 'page' } = {},
): SiteFacts {
  const { postKind } = options;
  const rel = options.sitePath ?? pathInSite(profile, path);
  const lang = languageForPath(profile, rel);
  const flavour =
    path && /\.mdx$/i.test(path) && !profile.flavour.templates.includes('mdx')
      ? { ...profile.flavour, templates: [...profile.flavour.templates, 'mdx' as TemplateSyntax] }
      : profile.flavour;
  const post = postDecision(profile, rel, postKind);
  const facts: SiteFacts = {
    generator: profile.generator,
    isPost: post.isPost,
    flavour,
    imageTags: {
      ...(GENERATOR_IMAGE_TAGS[profile.generator] ?? {}),
      ...(profile.generator === 'octopress' ? GENERATOR_IMAGE_TAGS.jekyll : {}),
      ...(profile.imageTags ?? {}),
    },
  };
  if (post.reason) facts.notPostReason = post.reason;
  if (lang) {
    facts.lang = lang.tag;
    facts.langOrigin = lang.origin;
  }
  if (profile.titleLevel !== undefined) facts.titleLevel = profile.titleLevel;
  return facts;
}

function postDecision(
  profile: SiteProfile,
  rel: string | undefined,
  postKind: 'post' | 'page' | undefined,
): { isPost: boolean; reason?: string } {
  if (postKind === 'page') return { isPost: false, reason: 'a list or index page' };
  if (postKind === 'post') return { isPost: true };
  // A post checked on its own (stdin, a CMS record) is a post unless its path says otherwise.
  if (rel === undefined) return { isPost: true };
  if (matches(profile.notPosts, rel)) return { isPost: false, reason: notPostReason(rel) };
  if (profile.posts && profile.posts.length > 0 && !matches(profile.posts, rel)) {
    return { isPost: false, reason: 'outside the posts globs' };
  }
  return { isPost: true };
}

function notPostReason(rel: string): string {
  if (/(^|\/)_index\.[a-z]+$/.test(rel)) return 'a section page (_index)';
  if (/(^|\/)(archetypes|scaffolds)\//.test(rel)) return 'a template for new posts';
  if (/(^|\/)_?drafts\//.test(rel)) return 'a draft';
  if (/(^|\/)[A-Z_]+\.[a-z]+$/.test(rel)) return 'a repository document';
  return 'a page, not a post';
}

/** The site's language for a file: its language folder or file suffix, else the site default. */
function languageForPath(
  profile: SiteProfile,
  rel: string | undefined,
): { tag: string; origin: ValueOrigin } | undefined {
  const languages = profile.languages ?? {};
  const keys = Object.keys(languages);
  if (rel !== undefined && keys.length > 0) {
    for (const key of keys) {
      const contentDir = languages[key]!.contentDir;
      const dir = contentDir === undefined ? undefined : trimTrailingSlashes(contentDir);
      if (dir && (rel === dir || rel.startsWith(`${dir}/`))) {
        return { tag: languages[key]!.tag, origin: { kind: 'path', key: `${dir}/` } };
      }
    }
    for (const base of profile.langDirs ?? []) {
      const prefix = base ? `${trimTrailingSlashes(base)}/` : '';
      if (!rel.startsWith(prefix)) continue;
      const first = rel.slice(prefix.length).split('/')[0];
      if (first && Object.hasOwn(languages, first) && rel.slice(prefix.length).includes('/')) {
        return { tag: languages[first]!.tag, origin: { kind: 'path', key: `${prefix}${first}/` } };
      }
    }
    if (profile.langFromFileSuffix) {
      const suffix = /\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\.[a-z]+$/.exec(rel)?.[1];
      if (suffix && Object.hasOwn(languages, suffix)) {
        return { tag: languages[suffix]!.tag, origin: { kind: 'path', key: `.${suffix}.` } };
      }
    }
  }
  if (profile.lang) return { tag: profile.lang, origin: profile.origins?.lang ?? { kind: 'default' } };
  return undefined;
}

function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}
