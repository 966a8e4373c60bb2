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

const HTML_LANG = /<html\b[^>]*?\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/i;

/** The `<html lang>` printed by the first template that has one (base layouts first). */
export function htmlLangFromLayouts(root: string, files: string[]): LayoutFinding<HtmlLang> | undefined {
  const ordered = [...files].sort((a, b) => baseRank(a) - baseRank(b));
  for (const file of ordered) {
    const text = readText(root, file);
    if (!text) continue;
    const m = HTML_LANG.exec(text);
    if (!m) continue;
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    const line = text.slice(0, m.index).split('\n').length;
    const origin: ValueOrigin = { kind: 'file', file, line, key: '<html lang>' };
    const expression = /\{\{-?\s*(.+?)\s*-?\}\}|\{%.*?%\}|<%=?\s*(.+?)\s*%>/.exec(raw);
    if (m[3] !== undefined) return { value: { expression: raw }, origin };
    if (expression) return { value: { expression: (expression[1] ?? expression[2] ?? raw).trim() }, origin };
    if (raw) return { value: { literal: raw }, origin };
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
  String.raw`\{\{-?\s*title\b`, // Eleventy
  String.raw`<%[=-]?\s*(?:page|post)\.title\b`, // Hexo ejs
  String.raw`\{\s*(?:frontmatter\.|data\.|entry\.data\.|post\.data\.)?title\s*\}`, // Astro
];
const TITLE_HEADING = new RegExp(
  // `<h1>`, maybe a link, maybe `{% if … %}` / `{{ with … }}` first, then the title.
  String.raw`<h([1-6])\b[^>]*>\s*(?:<a\b[^>]*>\s*)?(?:\{%[^%]*%\}\s*|\{\{-?\s*(?:if|with)\b[^}]*\}\}\s*)*(?:${TITLE_EXPRESSIONS.join('|')})`,
  'i',
);

/**
 * The level the post's title is rendered at, from the page templates named in `preferred` (in
 * order: `_default/single.html`, `post.html`…), else any template that renders it.
 */
export function titleLevelFromLayouts(
  root: string,
  files: string[],
  preferred: RegExp[],
): LayoutFinding<TitleLevel> | undefined {
  const ranked = [...files].sort((a, b) => rank(a, preferred) - rank(b, preferred));
  for (const file of ranked) {
    if (rank(file, preferred) === preferred.length) break;
    // The page template, then the partials it includes (a page header is often one).
    for (const candidate of [file, ...includedTemplates(root, file, files)]) {
      const text = readText(root, candidate);
      const m = text ? TITLE_HEADING.exec(text) : null;
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

function rank(file: string, preferred: RegExp[]): number {
  const i = preferred.findIndex((re) => re.test(file));
  return i < 0 ? preferred.length : i;
}
