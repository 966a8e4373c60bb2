// Sites configured in JavaScript — Eleventy, Astro, Docusaurus — read statically (never run), and
// MkDocs (mkdocs.yml).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteLanguage, SiteProfile } from '../types.js';
import { type ConfigFile, dirExists, get, isRecord, readConfigFile, readText, str } from './config-file.js';
import { readJsConfig, type StaticConfig } from './js-config.js';
import {
  htmlLangFromLayouts,
  named,
  type TemplatePattern,
  templateFiles,
  titleLevelFromLayouts,
} from './layouts.js';
import { baseProfile, originAt } from './profile-base.js';

export const JS_CONFIGS = {
  eleventy: [
    'eleventy.config.js',
    'eleventy.config.mjs',
    'eleventy.config.cjs',
    'eleventy.config.ts',
    '.eleventy.js',
  ],
  astro: ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'],
  docusaurus: [
    'docusaurus.config.js',
    'docusaurus.config.ts',
    'docusaurus.config.mjs',
    'docusaurus.config.cjs',
  ],
} as const;

function readStatic(root: string, file: string): StaticConfig {
  return readJsConfig(readText(root, file) ?? '', file);
}

const lineOf = (root: string, file: string, key: string) => {
  const text = readText(root, file) ?? '';
  const m = new RegExp(`\\b${key}\\b`).exec(text);
  return m ? text.slice(0, m.index).split('\n').length : undefined;
};

export function readEleventy(root: string, file: string): SiteProfile {
  const profile = baseProfile('eleventy', file);
  const config = readStatic(root, file);
  const exported = config.exported ?? {};
  const input = str(get(exported, 'dir.input'))?.replace(/^\.\/|\/$/g, '') ?? '';
  const includes = str(get(exported, 'dir.includes')) ?? '_includes';
  const layouts = str(get(exported, 'dir.layouts'));
  const data = str(get(exported, 'dir.data')) ?? '_data';
  const prefix = input && input !== '.' ? `${input}/` : '';
  const engine = get(exported, 'markdownTemplateEngine');
  if (engine === false) profile.flavour.templates = [];
  else if (typeof engine === 'string')
    profile.flavour.templates = engine === 'njk' ? ['nunjucks'] : ['liquid'];
  // markdown-it's options and plugins, as the site sets them up.
  const options = config.callArguments.get('markdown-it')?.[0];
  if (options && typeof options.linkify === 'boolean') {
    profile.flavour.autolink = options.linkify;
    profile.origins!['flavour.autolink'] = {
      kind: 'file',
      file,
      line: lineOf(root, file, 'linkify'),
      key: 'linkify',
    };
  }
  if (config.modules.has('markdown-it-footnote')) profile.flavour.footnotes = true;
  if (config.modules.has('markdown-it-deflist')) profile.flavour.definitionLists = true;
  if (config.modules.has('markdown-it-attrs')) profile.flavour.attributeLists = true;
  profile.notPosts!.push(
    `${prefix}${includes}/**`,
    `${prefix}${data}/**`,
    ...(layouts ? [`${prefix}${layouts}/**`] : []),
    '_site/**',
  );
  // Posts: folders whose directory data file tags them "posts" (eleventy-base-blog), else
  // `posts/` or `blog/` folders, else every page.
  const tagged = taggedPostFolders(root, prefix);
  if (tagged.length > 0) {
    profile.posts = tagged.map((dir) => `${dir}/**`);
    profile.origins!.posts = {
      kind: 'file',
      file: `${tagged[0]}/`,
      key: 'directory data file: tags "posts"',
    };
  } else {
    const folders = ['posts', 'blog', 'news'].filter((d) => dirExists(root, `${prefix}${d}`));
    if (folders.length > 0) {
      profile.posts = folders.map((d) => `${prefix}${d}/**`);
      profile.origins!.posts = { kind: 'default', key: folders.map((d) => `${prefix}${d}/`).join(', ') };
    }
  }
  const templates = templateFiles(root, [
    `${prefix}${includes}`,
    ...(layouts ? [`${prefix}${layouts}`] : []),
  ]);
  layoutFacts(profile, root, templates, [named(['post', 'article', 'blog'], ['.njk', '.liquid', '.html'])]);
  if (!profile.lang) langFromData(profile, root, `${prefix}${data}`);
  return profile;
}

function taggedPostFolders(root: string, prefix: string): string[] {
  const out: string[] = [];
  const stack = [prefix.replace(/\/$/, '')];
  while (stack.length > 0 && out.length < 20) {
    const dir = stack.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(join(root, dir || '.'), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (
        e.isDirectory() &&
        !e.name.startsWith('_') &&
        !e.name.startsWith('.') &&
        e.name !== 'node_modules'
      ) {
        if (rel.split('/').length < 4) stack.push(rel);
      } else if (e.isFile() && directoryDataFile(dir, e.name)) {
        const tags = get(dataFile(root, rel), 'tags');
        if ((Array.isArray(tags) ? tags : [tags]).some((t) => t === 'posts' || t === 'post')) out.push(dir);
      }
    }
  }
  return out;
}

/** Eleventy's directory data file names: `posts/posts.json`, `posts.11tydata.json`, `posts.11tydata.js`. */
function directoryDataFile(dir: string, name: string): boolean {
  const base = dir.split('/').at(-1);
  return [
    `${base}.json`,
    `${base}.11tydata.json`,
    `${base}.11tydata.js`,
    `${base}.11tydata.cjs`,
    `${base}.11tydata.mjs`,
  ].includes(name);
}

/** A data file's contents: JSON/YAML parsed, JavaScript read statically (never run). */
function dataFile(root: string, rel: string): Record<string, unknown> | undefined {
  if (/\.[cm]?js$/.test(rel)) return readJsConfig(readText(root, rel) ?? '', rel).exported;
  return readConfigFile(root, rel)?.data;
}

/** A site data file (`_data/metadata.js`, `site.json`) naming the language the layout prints. */
function langFromData(profile: SiteProfile, root: string, dataDir: string): void {
  for (const base of ['metadata', 'site', 'meta', 'config']) {
    for (const ext of ['json', 'js', 'mjs', 'cjs', 'yaml', 'yml']) {
      const rel = `${dataDir}/${base}.${ext}`;
      const data = dataFile(root, rel);
      const key = ['language', 'lang', 'locale'].find((k) => str(get(data, k)));
      if (!data || !key) continue;
      profile.lang = str(get(data, key));
      profile.origins!.lang = { kind: 'file', file: rel, line: lineOf(root, rel, key), key };
      profile.files!.push(rel);
      return;
    }
  }
}

function layoutFacts(
  profile: SiteProfile,
  root: string,
  templates: string[],
  preferred: TemplatePattern[],
): void {
  const title = titleLevelFromLayouts(root, templates, [...preferred, /\.(njk|liquid|html|astro)$/], {
    bareTitle: true,
  });
  if (title) {
    profile.titleLevel = title.value;
    profile.origins!.titleLevel = title.origin;
  }
  const html = htmlLangFromLayouts(root, templates);
  if (html?.value.literal) {
    profile.lang = html.value.literal;
    profile.origins!.lang = html.origin;
  }
}

export function readAstro(root: string, file: string): SiteProfile {
  const profile = baseProfile('astro', file);
  const config = readStatic(root, file);
  const exported = config.exported ?? {};
  if (get(exported, 'markdown.gfm') === false) {
    profile.flavour.autolink = false;
    profile.origins!['flavour.autolink'] = {
      kind: 'file',
      file,
      line: lineOf(root, file, 'gfm'),
      key: 'markdown.gfm',
    };
  }
  const i18n = get(exported, 'i18n');
  const locales = asLocales(get(i18n, 'locales'));
  const defaultLocale = str(get(i18n, 'defaultLocale'));
  if (locales.length > 0) {
    profile.languages = Object.fromEntries(locales.map((l) => [l, { tag: l }]));
    profile.langDirs = ['src/content/docs', 'src/content/blog', 'src/pages'];
    profile.origins!.languages = {
      kind: 'file',
      file,
      line: lineOf(root, file, 'locales'),
      key: 'i18n.locales',
    };
  }
  if (defaultLocale) {
    profile.lang = defaultLocale;
    profile.origins!.lang = {
      kind: 'file',
      file,
      line: lineOf(root, file, 'defaultLocale'),
      key: 'i18n.defaultLocale',
    };
  }
  // Content collections: blog-like ones are posts; Starlight's docs are pages.
  const collections = dirEntries(root, 'src/content');
  const postLike = collections.filter((c) => /^(blog|posts?|news|articles)$/.test(c));
  profile.posts =
    postLike.length > 0 ? postLike.map((c) => `src/content/${c}/**`) : ['src/content/**', 'src/pages/**'];
  profile.origins!.posts = { kind: 'default', key: profile.posts.join(', ') };
  if (postLike.length > 0) profile.notPosts!.push('src/content/docs/**');
  profile.templateDirs = ['src/layouts', 'src/components', 'dist'];
  const templates = templateFiles(root, ['src/layouts', 'src/components'], /\.astro$/);
  const before = profile.lang;
  layoutFacts(profile, root, templates, [named(['post', 'blog', 'article'], ['.astro']), /layouts\//]);
  if (before) {
    profile.lang = before;
    profile.origins!.lang = { kind: 'file', file, key: 'i18n.defaultLocale' };
  }
  return profile;
}

export function readDocusaurus(root: string, file: string): SiteProfile {
  const profile = baseProfile('docusaurus', file);
  const config = readStatic(root, file);
  const exported = config.exported ?? {};
  const i18n = get(exported, 'i18n');
  const defaultLocale = str(get(i18n, 'defaultLocale'));
  // Docusaurus always prints <html lang> from the locale: "en" unless configured.
  profile.lang = defaultLocale ?? 'en';
  profile.origins!.lang = defaultLocale
    ? { kind: 'file', file, line: lineOf(root, file, 'defaultLocale'), key: 'i18n.defaultLocale' }
    : { kind: 'default', key: 'Docusaurus default locale "en"' };
  const locales = asLocales(get(i18n, 'locales'));
  if (locales.length > 0) {
    profile.languages = Object.fromEntries(locales.map((l) => [l, { tag: l } satisfies SiteLanguage]));
    profile.langDirs = ['i18n'];
  }
  if (get(exported, 'markdown.format') === 'detect') {
    profile.flavour.templates = [];
    profile.origins!['flavour.templates'] = { kind: 'file', file, key: 'markdown.format' };
  }
  // presets: [['classic', { docs: { path }, blog: { path } }]]
  let blogPath = 'blog';
  const presets = get(exported, 'presets');
  for (const preset of Array.isArray(presets) ? presets : []) {
    const options = Array.isArray(preset) ? preset[1] : undefined;
    const path = str(get(options, 'blog.path'));
    if (path) blogPath = path;
  }
  profile.posts = [`${blogPath}/**`, 'i18n/*/docusaurus-plugin-content-blog/**'];
  profile.templateDirs = ['src/theme', 'build', '.docusaurus'];
  profile.origins!.posts = { kind: 'default', key: `${blogPath}/` };
  return profile;
}

function asLocales(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((v) => (typeof v === 'string' ? v : isRecord(v) ? (str(v.code) ?? str(v.path)) : undefined))
    .filter((v): v is string => v !== undefined);
}

function dirEntries(root: string, dir: string): string[] {
  try {
    return readdirSync(join(root, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

export function readMkdocs(_root: string, file: ConfigFile): SiteProfile {
  const profile = baseProfile('mkdocs', file.file);
  const themeLang = str(get(file.data, 'theme.language')) ?? str(get(file.data, 'theme.locale'));
  profile.lang = themeLang ?? 'en';
  profile.origins!.lang = themeLang
    ? originAt(file, 'language')
    : { kind: 'default', key: 'MkDocs theme default "en"' };
  const extensions = (
    Array.isArray(get(file.data, 'markdown_extensions'))
      ? (get(file.data, 'markdown_extensions') as unknown[])
      : []
  )
    .map((e) => (typeof e === 'string' ? e : isRecord(e) ? Object.keys(e)[0] : undefined))
    .filter((e): e is string => e !== undefined);
  profile.flavour.definitionLists = extensions.includes('def_list');
  profile.flavour.attributeLists = extensions.includes('attr_list');
  profile.flavour.footnotes = extensions.includes('footnotes');
  profile.flavour.autolink = extensions.includes('pymdownx.magiclink');
  profile.origins!.flavour = originAt(file, 'markdown_extensions');
  const docsDir = str(get(file.data, 'docs_dir')) ?? 'docs';
  const plugins = get(file.data, 'plugins');
  const hasBlog = (Array.isArray(plugins) ? plugins : []).some(
    (p) => p === 'blog' || (isRecord(p) && 'blog' in p),
  );
  // Documentation pages are not posts; Material's blog plugin keeps its posts in blog/posts/.
  profile.posts = [`${docsDir}/blog/posts/**`];
  profile.templateDirs = ['overrides', 'site'];
  profile.origins!.posts = hasBlog
    ? originAt(file, 'blog')
    : { kind: 'default', key: 'documentation pages are not posts' };
  return profile;
}
