// The site a post lives in, as plain data: what its generator, config and layout templates decide
// about a post's page (language, title level, Markdown flavour, template tags, which files are
// posts). Pure data, so the core receives it as an option: the Node layer reads it from disk
// (src/site/locate.ts), a CMS or the browser build passes its own.

export const GENERATORS = [
  'hugo',
  'jekyll',
  'octopress',
  'zola',
  'eleventy',
  'astro',
  'docusaurus',
  'hexo',
  'mkdocs',
  'plain',
] as const;
export type Generator = (typeof GENERATORS)[number];

/** Template languages whose tags can appear inside a post's Markdown. */
export type TemplateSyntax = 'liquid' | 'hugo' | 'zola' | 'nunjucks' | 'mdx';

/** The heading level at which the layout renders the post's title; `none`: not as a heading. */
export type TitleLevel = 1 | 2 | 3 | 4 | 5 | 6 | 'none';

export interface MarkdownFlavour {
  /** Bare URLs become links (GFM/Goldmark linkify, markdown-it linkify); kramdown and Zola: no. */
  autolink: boolean;
  /** `Term` + `: definition` lines (kramdown, Goldmark, PHP Markdown Extra, def_list). */
  definitionLists: boolean;
  /** `{: .class #id}` attribute lists and `## Heading {#id}` (kramdown, Goldmark, attr_list). */
  attributeLists: boolean;
  footnotes: boolean;
  /** Template tags to read as tags, not prose (none for a plain folder). */
  templates: TemplateSyntax[];
}

/** A site's own image shortcode or tag: `{{< photo file="…" text="…" >}}` → `{ src: 'file', alt: 'text' }`. */
export interface ImageTagMapping {
  /** Parameter holding the image address (a name, or a position: 0 = the first positional one). */
  src?: string | number;
  /** Parameter holding the alt text; missing from the tag means the image has no alt. */
  alt?: string | number;
  caption?: string | number;
  title?: string | number;
  /** Parameter the tag falls back to for the alt (Hugo's figure uses its caption). */
  altFallback?: string | number;
  /** What the page gets when the tag has no alt parameter: no alt (default), `alt=""`, or
   * something the checker cannot know (a template default): then the image is not judged. */
  whenAltMissing?: 'absent' | 'empty' | 'unknown';
}

/** Where a detected value came from: a file (relative to the site root) and a line, or a default. */
export interface ValueOrigin {
  /** `config` (content-a11y configuration), `file` (a site file), `default` (generator default), `path`. */
  kind: 'config' | 'file' | 'default' | 'path';
  file?: string;
  line?: number;
  /** The key or pattern the value was read from (`languageCode`, `<html lang>`, `<h1>{{ .Title }}`). */
  key?: string;
}

export interface SiteLanguage {
  /** BCP 47 tag as the site writes it (`de-de`, `pl`). */
  tag: string;
  /** Folder holding this language's content, relative to the site root (Hugo `contentDir`). */
  contentDir?: string;
}

export interface SiteProfile {
  generator: Generator;
  /** Directory of the site, as a path the post paths are relative to (posix, `''` = same base). */
  root: string;
  /** Default language of the site's pages. */
  lang?: string;
  /** Other languages, by key as used in paths (`fr` for `content/fr/`, `post.fr.md`). */
  languages?: Record<string, SiteLanguage>;
  /** Language from a post's file suffix (`post.fr.md`): Hugo, Zola. */
  langFromFileSuffix?: boolean;
  /** `<lang>/…` folders under these directories are content per language (Hugo `content/fr/`). */
  langDirs?: string[];
  titleLevel?: TitleLevel;
  /** Globs (relative to `root`) of files that are posts; files outside them are pages. */
  posts?: string[];
  /** Globs of files that are never posts (section pages, archetypes, drafts), even inside `posts`. */
  notPosts?: string[];
  flavour: MarkdownFlavour;
  /** Image tags and shortcodes by name, on top of the generator's own (`figure`, `img`…). */
  imageTags?: Record<string, ImageTagMapping>;
  /** Layout and template folders (relative to root): template code, never content to check. */
  templateDirs?: string[];
  /** Site files the profile was read from (relative to root), for the `site` command and the cache. */
  files?: string[];
  /** Where each value came from, by field name (`lang`, `titleLevel`, `flavour.autolink`…). */
  origins?: Record<string, ValueOrigin>;
}

/** What the configuration may override (`site: { … }` in content-a11y.config.json). */
export interface SiteOverrides {
  generator?: Generator;
  lang?: string;
  languages?: Record<string, string | SiteLanguage>;
  flavour?: Partial<MarkdownFlavour>;
  imageTags?: Record<string, ImageTagMapping>;
  /** A directory to read the site from instead of searching upward from each file (`--site`). */
  root?: string;
}

/** What the site decides about one file. */
export interface SiteFacts {
  generator: Generator;
  /** The site's language for this file, and where it came from. */
  lang?: string;
  langOrigin?: ValueOrigin;
  /** Posts get the post-only rules (date-missing, title-missing, img-cover-alt-missing). */
  isPost: boolean;
  /** Why a file is not a post (`section page`, `archetype`, `outside the posts globs`…). */
  notPostReason?: string;
  titleLevel?: TitleLevel;
  flavour: MarkdownFlavour;
  imageTags: Record<string, ImageTagMapping>;
}
