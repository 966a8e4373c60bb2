// Jekyll and Octopress (_config.yml), Hexo (_config.yml with Hexo's keys): language, Markdown
// engine, posts folders, layouts.
import type { SiteProfile, TitleLevel } from '../types.js';
import { type ConfigFile, dirExists, fileExists, get, str } from './config-file.js';
import { htmlLangFromLayouts, named, templateFiles, titleLevelFromLayouts } from './layouts.js';
import { baseProfile, originAt } from './profile-base.js';

/** What well-known theme gems (not in the repository) print: documented in their layouts. */
const THEME_DEFAULTS: Record<string, { lang: string; titleLevel: TitleLevel }> = {
  // minima's default.html: lang="{{ page.lang | default: site.lang | default: "en" }}"; post.html: <h1 class="post-title">
  minima: { lang: 'en', titleLevel: 1 },
  // Chirpy's default layout: lang="{{ site.alt_lang | default: site.lang }}", and the post title is an h1.
  'jekyll-theme-chirpy': { lang: 'en', titleLevel: 1 },
};

export function isHexoConfig(root: string, file: ConfigFile): boolean {
  const keys = Object.keys(file.data);
  return (
    keys.includes('new_post_name') ||
    keys.includes('post_asset_folder') ||
    (dirExists(root, 'scaffolds') && dirExists(root, 'source/_posts'))
  );
}

export function isOctopress(root: string, file: ConfigFile): boolean {
  return (
    str(get(file.data, 'source')) === 'source' ||
    (dirExists(root, 'source/_posts') && (dirExists(root, 'plugins') || fileExists(root, 'Rakefile')))
  );
}

export function readJekyll(root: string, file: ConfigFile, octopress: boolean): SiteProfile {
  const profile = baseProfile(octopress ? 'octopress' : 'jekyll', file.file);
  const source = str(get(file.data, 'source')) ?? '';
  const base = source ? `${source.replace(/^\.\/|\/$/g, '')}/` : '';
  const collectionsDir = str(get(file.data, 'collections_dir'));
  const lang = str(get(file.data, 'lang')) ?? str(get(file.data, 'locale'));
  if (lang) {
    profile.lang = lang;
    profile.origins!.lang = originAt(file, get(file.data, 'lang') ? 'lang' : 'locale');
  }
  markdownEngine(profile, file);
  profile.posts = [`${base}${collectionsDir ? `${collectionsDir}/` : ''}**/_posts/**`, `${base}_posts/**`];
  profile.origins!.posts = { kind: 'default', key: '_posts/' };
  profile.notPosts!.push(`${base}_layouts/**`, `${base}_includes/**`, '_site/**', 'vendor/**');
  profile.templateDirs = [
    `${base}_layouts`,
    `${base}_includes`,
    '_site',
    ...(octopress ? ['public', '_deploy'] : []),
  ];
  const templates = templateFiles(root, [`${base}_layouts`, `${base}_includes`]);
  const title = titleLevelFromLayouts(root, templates, [
    /_layouts\/post\.html$/,
    (file: string) => file.includes('_includes/') && named(['post', 'article'], ['.html'])(file),
    /_layouts\/[^/]+\.html$/,
  ]);
  if (title) {
    profile.titleLevel = title.value;
    profile.origins!.titleLevel = title.origin;
  }
  const html = htmlLangFromLayouts(root, templates);
  if (html?.value.literal && !profile.lang) {
    profile.lang = html.value.literal;
    profile.origins!.lang = html.origin;
  }
  const theme =
    str(get(file.data, 'theme')) ??
    str(get(file.data, 'remote_theme'))?.split('/').at(-1)?.replace(/@.*/, '');
  // A theme gem's layouts are not in the repository: what the well-known ones print is documented.
  const known = theme ? THEME_DEFAULTS[theme] : undefined;
  if (known) {
    const origin = { kind: 'default' as const, key: `theme ${theme}` };
    if (!profile.lang && !html) {
      profile.lang = known.lang;
      profile.origins!.lang = origin;
    }
    if (profile.titleLevel === undefined) {
      profile.titleLevel = known.titleLevel;
      profile.origins!.titleLevel = origin;
    }
  }
  return profile;
}

/** kramdown (default) links no bare URL; rdiscount/redcarpet/CommonMark do when told to. */
function markdownEngine(profile: SiteProfile, file: ConfigFile): void {
  const engine = (str(get(file.data, 'markdown')) ?? 'kramdown').toLowerCase();
  const origin = originAt(file, 'markdown');
  if (engine === 'kramdown') {
    profile.flavour.definitionLists = true;
    profile.flavour.attributeLists = true;
    return;
  }
  profile.flavour.definitionLists = false;
  profile.flavour.attributeLists = false;
  const extensions = [
    ...asList(get(file.data, `${engine}.extensions`)),
    ...asList(get(file.data, 'rdiscount.extensions')),
    ...asList(get(file.data, 'redcarpet.extensions')),
    ...asList(get(file.data, 'commonmark.extensions')),
  ].map((e) => e.toLowerCase());
  const ghPages = engine.includes('ghpages');
  profile.flavour.autolink = ghPages || extensions.includes('autolink');
  profile.origins!['flavour.autolink'] = origin;
  if (extensions.includes('footnotes')) profile.flavour.footnotes = true;
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function readHexo(root: string, file: ConfigFile): SiteProfile {
  const profile = baseProfile('hexo', file.file);
  const language = get(file.data, 'language');
  const lang = Array.isArray(language) ? str(language[0]) : str(language);
  if (lang && lang !== 'default') {
    profile.lang = lang;
    profile.origins!.lang = originAt(file, 'language');
  }
  const source = str(get(file.data, 'source_dir')) ?? 'source';
  profile.posts = [`${source}/_posts/**`];
  profile.origins!.posts = { kind: 'default', key: `${source}/_posts/` };
  const autolink = get(file.data, 'marked.autolink');
  if (typeof autolink === 'boolean') {
    profile.flavour.autolink = autolink;
    profile.origins!['flavour.autolink'] = originAt(file, 'autolink');
  }
  const theme = str(get(file.data, 'theme'));
  profile.templateDirs = ['themes', 'layout', 'public', 'scaffolds'];
  const templates = templateFiles(root, ['layout', ...(theme ? [`themes/${theme}/layout`] : [])]);
  const title = titleLevelFromLayouts(root, templates, [
    named(['post', 'article'], ['.ejs', '.njk', '.swig', '.html']),
  ]);
  if (title) {
    profile.titleLevel = title.value;
    profile.origins!.titleLevel = title.origin;
  }
  const html = htmlLangFromLayouts(root, templates);
  if (html?.value.literal && !profile.lang) {
    profile.lang = html.value.literal;
    profile.origins!.lang = html.origin;
  }
  return profile;
}
