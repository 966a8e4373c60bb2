// A site's layout templates, when they are in the repository: the `<html lang>` they print and the
// heading level they render the post's title at (`<h1>{{ .Title }}</h1>`, `<h2>{{ page.title }}</h2>`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TitleLevel, ValueOrigin } from '../types.js';
import { readText } from './config-file.js';

export interface LayoutFinding<T> {
  value: T;
  origin: ValueOrigin;
}

export interface HtmlLang {
  /** A literal tag (`en`), or undefined when the template prints a variable. */
  literal?: string;
  /** The template expression printed (`.Site.LanguageCode`, `lang`, `site.lang`). */
  expression?: string;
}

/** Template files under `dirs` (relative to root), the named ones first. Bounded: themes can be big. */
export function templateFiles(
  root: string,
  dirs: string[],
  extensions = /\.(html|njk|liquid|astro|ejs|hbs|tera|jinja2?)$/,
): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    const stack = [dir];
    while (stack.length > 0 && out.length < 400) {
      const current = stack.pop()!;
      let entries: import('node:fs').Dirent[];
      try {
        entries = readdirSync(join(root, current), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const rel = current ? `${current}/${e.name}` : e.name;
        if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) stack.push(rel);
        else if (e.isFile() && extensions.test(e.name)) out.push(rel);
      }
    }
  }
  return out;
}

/** The `lang` of the first `<html …>` tag in a template, as written (literal or expression). */
function htmlLangAttribute(text: string): { raw: string; braces: boolean; index: number } | undefined {
  const lower = text.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf('<html', from);
    if (at < 0) return undefined;
    from = at + 5;
    if (/[\w-]/.test(lower[from] ?? '')) continue;
    const end = lower.indexOf('>', from);
    const tag = text.slice(from, end < 0 ? undefined : Math.min(end, from + 2000));
    const value = attributeValue(tag, 'lang');
    if (value === undefined) return undefined;
    return { raw: value.text.trim(), braces: value.braces, index: at };
  }
}

/** An attribute's value in a tag's text (`lang="…"`, `lang='…'`, JSX `lang={…}`), read by hand. */
function attributeValue(tag: string, name: string): { text: string; braces: boolean } | undefined {
  const lower = tag.toLowerCase();
  for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
    if (!/\s/.test(lower[i - 1] ?? '')) continue;
    let j = i + name.length;
    while (lower[j] === ' ' || lower[j] === '\t' || lower[j] === '\n') j++;
    if (lower[j] !== '=') continue;
    j++;
    while (lower[j] === ' ' || lower[j] === '\t' || lower[j] === '\n') j++;
    const open = tag[j];
    const close = open === '{' ? '}' : open === '"' || open === "'" ? open : undefined;
    if (!close) continue;
    const end = tag.indexOf(close, j + 1);
    if (end < 0) return undefined;
    return { text: tag.slice(j + 1, end), braces: open === '{' };
  }
  return undefined;
}

/** The template expression inside `{{ … }}`, `{% … %}` or `<%= … %>`, if the value is one. */
function templateExpression(raw: string): string | undefined {
  for (const [open, close] of [
    ['{{', '}}'],
    ['{%', '%}'],
    ['<%', '%>'],
  ] as const) {
    const at = raw.indexOf(open);
    const end = raw.indexOf(close, at + open.length);
    if (at < 0 || end < 0) continue;
    let inner = raw.slice(at + open.length, end);
    if (inner.startsWith('-') || inner.startsWith('=')) inner = inner.slice(1);
    if (inner.endsWith('-')) inner = inner.slice(0, -1);
    return inner.trim();
  }
  return undefined;
}

/** The `<html lang>` printed by the first template that has one (base layouts first). */
export function htmlLangFromLayouts(root: string, files: string[]): LayoutFinding<HtmlLang> | undefined {
  const ordered = [...files].sort((a, b) => baseRank(a) - baseRank(b));
  for (const file of ordered) {
    const text = readText(root, file);
    if (!text) continue;
    const found = htmlLangAttribute(text);
    if (!found) continue;
    const line = text.slice(0, found.index).split('\n').length;
    const origin: ValueOrigin = { kind: 'file', file, line, key: '<html lang>' };
    if (found.braces) return { value: { expression: found.raw }, origin };
    const expression = templateExpression(found.raw);
    if (expression !== undefined) return { value: { expression }, origin };
    if (found.raw) return { value: { literal: found.raw }, origin };
  }
  return undefined;
}

function baseRank(file: string): number {
  if (/baseof|base\.|default\.|head|layout\.|index\./i.test(file)) return 0;
  return 1;
}

/** Title expressions of each generator's page templates. */
const TITLE_EXPRESSIONS = [
  String.raw`\{\{-?\s*(?:\$\.|\.|\$)(?:Title|LinkTitle|title)\b`, // Hugo (and its $title idiom)
  String.raw`\{\{[^}]{0,80}?\b(?:page|post)\.title\b`, // Jekyll, Zola (inside a macro call too), Hexo
  String.raw`<%[=-]?\s*(?:page|post)\.title\b`, // Hexo ejs
  String.raw`\{\s*(?:frontmatter\.|data\.|entry\.data\.|post\.data\.)?title\s*\}`, // Astro
];
/** Eleventy's bare `{{ title }}`: the page's title there, but a Jekyll include's own variable. */
const BARE_TITLE = String.raw`\{\{-?\s*title\b`;

function titleHeading(expressions: string[]): RegExp {
  // `<h1>`, maybe a link, maybe `{% if … %}` / `{{ with … }}` first, then the title.
  return new RegExp(
    String.raw`<h([1-6])\b[^>]*>\s*(?:<a\b[^>]*>\s*)?(?:\{%[^%]*%\}\s*|\{\{-?\s*(?:if|with)\b[^}]*\}\}\s*)*(?:${expressions.join('|')})`,
    'i',
  );
}
const TITLE_HEADING = titleHeading(TITLE_EXPRESSIONS);
const TITLE_HEADING_OR_BARE = titleHeading([...TITLE_EXPRESSIONS, BARE_TITLE]);

/**
 * The level the post's title is rendered at, from the page templates named in `preferred` (in
 * order: `_default/single.html`, `post.html`…), else any template that renders it. `bareTitle`:
 * whether `{{ title }}` is the page's title (Eleventy's data cascade) rather than a local variable.
 */
export function titleLevelFromLayouts(
  root: string,
  files: string[],
  preferred: TemplatePattern[],
  { bareTitle = false }: { bareTitle?: boolean } = {},
): LayoutFinding<TitleLevel> | undefined {
  const heading = bareTitle ? TITLE_HEADING_OR_BARE : TITLE_HEADING;
  const ranked = [...files].sort((a, b) => rank(a, preferred) - rank(b, preferred));
  for (const file of ranked) {
    if (rank(file, preferred) === preferred.length) break;
    // The page template, then the partials it includes (a page header is often one).
    for (const candidate of [file, ...includedTemplates(root, file, files)]) {
      const text = readText(root, candidate);
      const m = text ? heading.exec(text) : null;
      if (!text || !m) continue;
      const line = text.slice(0, m.index).split('\n').length;
      return {
        value: Number(m[1]) as TitleLevel,
        origin: { kind: 'file', file: candidate, line, key: m[0].replace(/\s+/g, ' ').slice(0, 60) },
      };
    }
  }
  return undefined;
}

/** Templates `file` includes: Hugo `partial "x.html"`, Liquid/Nunjucks/Tera `include "x.html"`. */
function includedTemplates(root: string, file: string, files: string[]): string[] {
  const text = readText(root, file) ?? '';
  const names = [
    ...text.matchAll(/\bpartial(?:Cached)?\s+"([^"]+)"/g),
    ...text.matchAll(/\{%-?\s*include\s+["']?([\w./-]+)/g),
  ].map((m) => m[1]!.replace(/^partials\//, ''));
  return names.flatMap((name) => files.filter((f) => f.endsWith(`/${name}`)).slice(0, 1));
}

/** A template path pattern: a regex, or (for "a file named like post…") a test on the file name. */
export type TemplatePattern = RegExp | ((file: string) => boolean);

/** A file whose name contains one of `words` and ends with one of `extensions`. */
export function named(words: string[], extensions: string[]): (file: string) => boolean {
  return (file) => {
    const name = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
    return words.some((w) => name.includes(w)) && extensions.some((e) => name.endsWith(e));
  };
}

function rank(file: string, preferred: TemplatePattern[]): number {
  const i = preferred.findIndex((p) => (typeof p === 'function' ? p(file) : p.test(file)));
  return i < 0 ? preferred.length : i;
}
