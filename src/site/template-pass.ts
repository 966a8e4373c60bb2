// A pass over a post's Markdown before it is parsed: the site's template tags (Liquid, Hugo and
// Zola shortcodes, Nunjucks, MDX expressions, kramdown attribute lists) are blanked out character
// for character, so every other offset stays that of the original file and the Markdown parser
// never reads a tag as prose. Code-like block tags (`highlight`, `codeblock`) become fences;
// image tags (Hugo `figure`, Octopress `img`, Jekyll includes, a site's own shortcode) are
// returned as images for the parser to insert at the tag's place. Pure string work, no parsing
// of the Markdown itself.
import type { ImageTagMapping, MarkdownFlavour, TemplateSyntax } from './types.js';

/**
 * Stands in for a tag that opens a line with text after it: spaces there would indent the text
 * into a code block. A word joiner is inline content to Markdown; the parser strips it again.
 */
export const TAG_FILLER = '\u2060';

export interface TemplateImage {
  /** Offsets of the whole tag in the source. */
  start: number;
  end: number;
  /** The tag or shortcode name (`figure`, `img`, `include image.html`). */
  tag: string;
  src?: string;
  /** Undefined when the tag has no alt parameter at all. */
  alt?: string;
  caption?: string;
  title?: string;
}

export interface TemplatePassResult {
  /** The source with template syntax blanked (same length, same line breaks). */
  text: string;
  images: TemplateImage[];
  /** True when anything was changed. */
  changed: boolean;
}

export interface TemplatePassOptions {
  templates: readonly TemplateSyntax[];
  attributeLists: boolean;
  imageTags: Record<string, ImageTagMapping>;
  /** Offset where the body starts (after front matter): nothing before it is touched. */
  from?: number;
}

/** Longest tag read: an unclosed `{{` must not swallow the rest of a long post. */
const MAX_TAG = 4000;
/** Block tags whose content is code (shown as a code block, never read as Markdown). */
const CODE_TAGS = new Set(['highlight', 'codeblock', 'code', 'include_code', 'gist', 'jsfiddle']);
const END_OF = (name: string) => [`end${name}`, `/${name}`, 'end'];

interface Tag {
  start: number;
  end: number;
  /** `{{ … }}` prints a value; `{% … %}`, `{{< … >}}` run a tag; comments print nothing. */
  kind: 'output' | 'tag' | 'comment';
  name: string;
  args: string;
  syntax: TemplateSyntax | 'attributes';
}

export function maskTemplates(source: string, options: TemplatePassOptions): TemplatePassResult {
  const from = options.from ?? 0;
  const active = new Set(options.templates);
  if (active.size === 0 && !options.attributeLists) return { text: source, images: [], changed: false };
  if (source.indexOf('{', from) < 0 && !(active.has('mdx') && /^(import|export)\s/m.test(source))) {
    return { text: source, images: [], changed: false };
  }
  const pass = new Pass(source, from, active, options);
  pass.run();
  return pass.result();
}

class Pass {
  private readonly out: string[];
  private readonly fences: Array<[number, number]>;
  readonly images: TemplateImage[] = [];
  private changed = false;

  constructor(
    private readonly src: string,
    private readonly from: number,
    private readonly active: Set<TemplateSyntax>,
    private readonly options: TemplatePassOptions,
  ) {
    this.out = src.split('');
    this.fences = fencedCode(src, from);
  }

  result(): TemplatePassResult {
    return { text: this.changed ? this.out.join('') : this.src, images: this.images, changed: this.changed };
  }

  run(): void {
    const { src } = this;
    if (this.active.has('mdx')) this.blankEsmBlocks();
    let i = this.from;
    while (i < src.length) {
      const open = src.indexOf('{', i);
      if (open < 0) break;
      const tag = this.readTag(open);
      if (!tag) {
        i = open + 1;
        continue;
      }
      i = this.handle(tag);
    }
  }

  /** Recognises the template syntax starting at `open` (a `{`), or undefined for plain text. */
  private readTag(open: number): Tag | undefined {
    const { src, active } = this;
    const next = src[open + 1];
    const inFence = this.inFence(open);
    if (next === '{') {
      const third = src[open + 2];
      if (active.has('hugo') && (third === '<' || third === '%')) {
        const close = third === '<' ? '>}}' : '%}}';
        const end = this.find(close, open + 3);
        if (end < 0) return undefined;
        const inner = src.slice(open + 3, end).trim();
        if (inner.startsWith('/*'))
          return { start: open, end: end + 3, kind: 'comment', name: '', args: '', syntax: 'hugo' };
        const [name, args] = splitName(inner);
        return { start: open, end: end + 3, kind: 'tag', name, args, syntax: 'hugo' };
      }
      if (active.has('liquid') || active.has('nunjucks') || active.has('zola')) {
        const end = this.find('}}', open + 2);
        if (end < 0) return undefined;
        const inner = src
          .slice(open + 2, end)
          .replace(/^-|-$/g, '')
          .trim();
        if (!active.has('liquid') && !active.has('nunjucks')) {
          // Zola reads only shortcode calls `{{ name(…) }}` and `{{/* … */}}` escapes.
          if (!/^[A-Za-z_][\w]*\s*\(/.test(inner) && !inner.startsWith('/*')) return undefined;
        }
        // A call `{{ name(…) }}` is a shortcode (Zola) or a macro (Nunjucks): a tag, not a value.
        const call = /^([A-Za-z_]\w*)\s*\(/.exec(inner);
        if (call) {
          const args = inner.slice(call[1]!.length);
          return { start: open, end: end + 2, kind: 'tag', name: call[1]!, args, syntax: 'liquid' };
        }
        const [name, args] = splitName(inner);
        return { start: open, end: end + 2, kind: 'output', name, args, syntax: 'liquid' };
      }
    }
    if (next === '%' && (active.has('liquid') || active.has('nunjucks') || active.has('zola'))) {
      const end = this.find('%}', open + 2);
      if (end < 0) return undefined;
      const inner = src
        .slice(open + 2, end)
        .replace(/^-|-$/g, '')
        .trim();
      const call = /^([A-Za-z_]\w*)\s*\(/.exec(inner);
      if (!active.has('liquid') && !active.has('nunjucks') && !call && inner !== 'end') return undefined;
      const [name, args] = call ? [call[1]!, inner.slice(call[1]!.length)] : splitName(inner);
      return { start: open, end: end + 2, kind: 'tag', name, args, syntax: 'liquid' };
    }
    if (next === '#' && (active.has('nunjucks') || active.has('zola'))) {
      const end = this.find('#}', open + 2);
      if (end >= 0 && !src.slice(open, end).includes('\n\n')) {
        return { start: open, end: end + 2, kind: 'comment', name: '', args: '', syntax: 'nunjucks' };
      }
    }
    if (this.options.attributeLists && !inFence && /^\{ ?[:#.]/.test(src.slice(open, open + 3))) {
      const attrs = this.attributeList(open);
      if (attrs) return attrs;
    }
    if (active.has('mdx') && !inFence && !this.inCodeSpan(open)) {
      const end = balancedBrace(src, open);
      if (end > open) return { start: open, end, kind: 'output', name: '', args: '', syntax: 'mdx' };
    }
    return undefined;
  }

  /** Handles a recognised tag; returns the offset to continue scanning from. */
  private handle(tag: Tag): number {
    if (tag.syntax === 'mdx') {
      this.blankMdxExpression(tag.start, tag.end);
      return tag.end;
    }
    if (tag.kind === 'comment' || tag.syntax === 'attributes') {
      this.blank(tag.start, tag.end);
      return tag.end;
    }
    const name = tag.name.toLowerCase();
    if (tag.kind === 'tag' && (name === 'raw' || name === 'verbatim')) {
      // Everything up to endraw is shown as written: not read for tags.
      const close = this.findTag(tag.end, [`end${name}`]);
      this.blank(tag.start, tag.end);
      if (!close) return tag.end;
      this.blank(close.start, close.end);
      return close.end;
    }
    if (tag.kind === 'tag' && name === 'comment') {
      const close = this.findTag(tag.end, ['endcomment']);
      this.blank(tag.start, close ? close.end : tag.end);
      return close ? close.end : tag.end;
    }
    if (tag.kind === 'tag' && CODE_TAGS.has(name)) {
      const close = this.findTag(tag.end, END_OF(name));
      if (close && (name === 'highlight' || name === 'codeblock' || name === 'code')) {
        this.codeBlock(tag, close);
        return close.end;
      }
      this.blank(tag.start, tag.end);
      return tag.end;
    }
    // Inside a code block a tag's output is code too: no image to check there.
    const image = tag.kind === 'tag' && !this.inFence(tag.start) ? this.imageOf(tag) : undefined;
    if (image) this.images.push(image);
    // A value printed on a heading line stays: the heading has text there, only not known yet.
    if (tag.kind === 'output' && this.onHeadingLine(tag.start)) return tag.end;
    this.blank(tag.start, tag.end);
    return tag.end;
  }

  private imageOf(tag: Tag): TemplateImage | undefined {
    const { imageTags } = this.options;
    const name = tag.name;
    const lower = name.toLowerCase();
    const liquidLike = tag.syntax === 'liquid';
    if (liquidLike && (lower === 'img' || lower === 'image' || lower === 'asset_img') && !imageTags[name]) {
      return octopressImage(tag);
    }
    if (liquidLike && lower === 'include') {
      const [file, rest] = splitName(tag.args.trim());
      const mapping = imageTags[file];
      if (!mapping) return undefined;
      return mappedImage(tag, `include ${file}`, mapping, parseParams(rest));
    }
    const mapping = imageTags[name];
    if (!mapping) return undefined;
    return mappedImage(tag, name, mapping, parseParams(tag.args));
  }

  /** `{% highlight ruby %}…{% endhighlight %}` → a fenced code block of the same length. */
  private codeBlock(open: Tag, close: { start: number; end: number }): void {
    const { src } = this;
    const lang = /^([\w+#.-]+)/.exec(open.args.trim().replace(/^lang:/, ''))?.[1] ?? '';
    const content = src.slice(open.end, close.start);
    const longest = Math.max(2, ...[...content.matchAll(/`{3,}/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const opener = `${fence}${/^[\w+#.-]+$/.test(lang) && !lang.includes('`') ? lang : ''}`;
    const alone = (s: number, e: number) =>
      /^[ \t]{0,3}$/.test(src.slice(lineStart(src, s), s)) && /^[ \t]*(\r?\n|\r|$)/.test(src.slice(e, e + 2));
    if (
      !this.inFence(open.start) &&
      alone(open.start, open.end) &&
      alone(close.start, close.end) &&
      opener.length <= open.end - open.start &&
      fence.length <= close.end - close.start
    ) {
      this.write(open.start, open.end, opener);
      this.write(close.start, close.end, fence);
      return;
    }
    // Not on lines of their own: the code is still code, never prose.
    this.blank(open.start, close.end);
  }

  private write(start: number, end: number, text: string): void {
    for (let i = start; i < end; i++) this.out[i] = text[i - start] ?? ' ';
    this.changed = true;
  }

  /** Replaces every character but line breaks; a tag opening a line with text after it gets the filler. */
  blank(start: number, end: number): void {
    const { src, out } = this;
    let i = start;
    while (i < end) {
      let lineEnd = i;
      while (lineEnd < end && src[lineEnd] !== '\n' && src[lineEnd] !== '\r') lineEnd++;
      const before = src.slice(lineStart(src, i), i);
      const after = src.slice(lineEnd, nextLineBreak(src, lineEnd));
      const opensLine = /^[ \t]*$/.test(before.replace(new RegExp(TAG_FILLER, 'g'), ''));
      const filler = opensLine && lineEnd === end && after.trim() !== '' ? TAG_FILLER : ' ';
      for (let j = i; j < lineEnd; j++) out[j] = filler;
      i = lineEnd;
      while (i < end && (src[i] === '\n' || src[i] === '\r')) i++;
    }
    this.changed = true;
  }

  /** `={expr}` in a JSX attribute keeps a quoted value (its literal text when it is one). */
  private blankMdxExpression(start: number, end: number): void {
    const { src } = this;
    if (src[start - 1] === '=') {
      const literal = /^\{\s*(["'`])([^"'`\\{}]*)\1\s*\}$/.exec(src.slice(start, end));
      const value = literal ? literal[2]! : '';
      this.write(start, end, `"${value}"`.padEnd(end - start, ' '));
      return;
    }
    this.blank(start, end);
  }

  /** MDX `import`/`export` statements: JavaScript, not prose. */
  private blankEsmBlocks(): void {
    const { src } = this;
    const re = /^(import|export)\s[^\n]*(?:\n(?!\s*\n)[^\n]*)*/gm;
    for (const m of src.slice(this.from).matchAll(re)) {
      const start = this.from + m.index;
      if (this.inFence(start)) continue;
      this.blank(start, start + m[0].length);
    }
  }

  /** kramdown `{: .class #id}`, `{:toc}`, `{::nomarkdown}`; `{#id}` / `{.class}` after a heading or span. */
  private attributeList(open: number): Tag | undefined {
    const { src } = this;
    const lineEnd = nextLineBreak(src, open);
    const close = src.indexOf('}', open);
    if (close < 0 || close > lineEnd) return undefined;
    // Python-Markdown's attr_list also takes `{ .class }`, with spaces inside the braces.
    const inner = src.slice(open + 1, close).trim();
    if (inner.includes('{')) return undefined;
    const tag: Tag = { start: open, end: close + 1, kind: 'tag', name: '', args: '', syntax: 'attributes' };
    if (inner.startsWith(':')) {
      // `{::comment}…{:/comment}` hides everything in between.
      if (/^::comment\b/.test(inner)) {
        const end = src.indexOf('{:/comment}', close);
        if (end >= 0) tag.end = end + '{:/comment}'.length;
      }
      return tag;
    }
    // `{#id}` / `{.class}` / `{#id .class key=value}`: only where attributes go — the end of a
    // line (headings, blocks) or right after a span (`*x*{.y}`), never "{#1}" inside prose.
    if (!isAttributeList(inner)) return undefined;
    const atLineEnd = src.slice(close + 1, lineEnd).trim() === '';
    const afterSpan = /[*_`)\]]$/.test(src.slice(Math.max(0, open - 1), open));
    return atLineEnd || afterSpan ? tag : undefined;
  }

  /** Finds the next `{% name %}` (or `{{< /name >}}`) among `names`, skipping nothing else. */
  private findTag(from: number, names: string[]): { start: number; end: number } | undefined {
    const { src } = this;
    const wanted = new Set(names);
    let i = from;
    while (i < src.length) {
      const open = src.indexOf('{', i);
      if (open < 0) return undefined;
      const tag = this.readTag(open);
      if (tag && tag.kind === 'tag' && wanted.has(tag.name.toLowerCase())) return tag;
      i = tag ? tag.end : open + 1;
    }
    return undefined;
  }

  private find(needle: string, from: number): number {
    const at = this.src.indexOf(needle, from);
    return at < 0 || at - from > MAX_TAG ? -1 : at;
  }

  private inFence(offset: number): boolean {
    for (const [s, e] of this.fences) if (offset >= s && offset < e) return true;
    return false;
  }

  private inCodeSpan(offset: number): boolean {
    const start = lineStart(this.src, offset);
    const ticks = (this.src.slice(start, offset).match(/`/g) ?? []).length;
    return ticks % 2 === 1;
  }

  private onHeadingLine(offset: number): boolean {
    const line = this.src.slice(lineStart(this.src, offset), offset);
    return /^ {0,3}#{1,6}[ \t]/.test(line);
  }
}

/** `#id .class key=value key="a b"`, token by token (a single regex over it backtracks). */
function isAttributeList(inner: string): boolean {
  if (inner[0] !== '#' && inner[0] !== '.') return false;
  const tokens = inner
    .replace(/"[^"]*"/g, '""')
    .split(/\s+/)
    .filter(Boolean);
  return tokens.every((t) => /^[#.][\w-]+$/.test(t) || /^[\w-]+=(?:""|[^\s"]+)$/.test(t));
}

function lineStart(src: string, offset: number): number {
  let i = offset;
  while (i > 0 && src[i - 1] !== '\n' && src[i - 1] !== '\r') i--;
  return i;
}

function nextLineBreak(src: string, offset: number): number {
  let i = offset;
  while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++;
  return i;
}

/** Ranges of fenced code blocks (``` or ~~~) in the original source, from `from` on. */
export function fencedCode(src: string, from: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const re = /^( {0,3})(`{3,}|~{3,})[^\n]*$/gm;
  re.lastIndex = from;
  let open: { at: number; fence: string } | undefined;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const fence = m[2]!;
    if (!open) {
      if (fence[0] === '`' && m[0].slice(m[1]!.length + fence.length).includes('`')) continue;
      open = { at: m.index, fence };
    } else if (fence[0] === open.fence[0] && fence.length >= open.fence.length && m[0].trim() === fence) {
      ranges.push([open.at, m.index + m[0].length]);
      open = undefined;
    }
  }
  if (open) ranges.push([open.at, src.length]);
  return ranges;
}

/** End offset (exclusive) of a `{…}` JavaScript expression, strings and nesting respected; -1 if none. */
function balancedBrace(src: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  const limit = Math.min(src.length, open + MAX_TAG);
  for (let i = open; i < limit; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === '\n' && src[i + 1] === '\n' && src.slice(open, i).indexOf('/*') < 0) return -1;
  }
  return -1;
}

function splitName(inner: string): [string, string] {
  const m = /^\/?([^\s"'=]+)/.exec(inner);
  if (!m) return ['', inner];
  const name = inner.startsWith('/') ? `/${m[1]}` : m[1]!;
  return [name, inner.slice(m[0].length)];
}

interface Params {
  named: Map<string, string>;
  positional: string[];
}

/** `key="value" key=value "positional" bare` — Hugo, Liquid include and Zola call parameters alike. */
export function parseParams(text: string): Params {
  const named = new Map<string, string>();
  const positional: string[] = [];
  const re =
    /([A-Za-z_][\w-]*)\s*[=:]\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`|[^\s,)]+)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,()]+)/g;
  for (const m of text
    .replace(/^\s*\(/, '')
    .replace(/\)\s*$/, '')
    .matchAll(re)) {
    if (m[1] !== undefined) named.set(m[1].toLowerCase(), unquote(m[2]!));
    else positional.push(unquote(m[3]!));
  }
  return { named, positional };
}

function unquote(value: string): string {
  const q = value[0];
  if ((q === '"' || q === "'" || q === '`') && value.endsWith(q) && value.length >= 2) {
    return value.slice(1, -1).replace(/\\(["'\\])/g, '$1');
  }
  return value;
}

function pick(params: Params, key: string | number | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (typeof key === 'number') return params.positional[key];
  return params.named.get(key.toLowerCase());
}

function mappedImage(
  tag: Tag,
  name: string,
  mapping: ImageTagMapping,
  params: Params,
): TemplateImage | undefined {
  const image: TemplateImage = { start: tag.start, end: tag.end, tag: name };
  const src = pick(params, mapping.src);
  let alt = pick(params, mapping.alt) ?? pick(params, mapping.altFallback);
  if (alt === undefined && mapping.whenAltMissing === 'unknown') return undefined;
  if (alt === undefined && mapping.whenAltMissing === 'empty') alt = '';
  const caption = pick(params, mapping.caption);
  const title = pick(params, mapping.title);
  if (src !== undefined) image.src = src;
  if (alt !== undefined) image.alt = alt;
  if (caption !== undefined) image.caption = caption;
  if (title !== undefined) image.title = title;
  return image;
}

/**
 * Octopress/Hexo `{% img [classes] /path [width [height]] [title text ["alt text"]] %}`, read as
 * Octopress's image_tag.rb does: two quoted texts are title and alt; otherwise the rest of the
 * tag is the title and the alt both; nothing after the size means no alt at all.
 */
function octopressImage(tag: Tag): TemplateImage | undefined {
  const words = tag.args.trim().split(/\s+/);
  const at = words.findIndex((w) => /^(https?:\/\/|\/)/.test(w) || (w.includes('/') && !/^["']/.test(w)));
  if (at < 0) return undefined;
  let next = at + 1;
  while (next < words.length && next <= at + 2 && /^\d+$/.test(words[next]!)) next++; // width, height
  const image: TemplateImage = { start: tag.start, end: tag.end, tag: tag.name, src: words[at]! };
  const rest = words.slice(next).join(' ').trim();
  if (!rest) return image;
  const quoted = [...rest.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? '');
  if (quoted.length >= 2 && /^["']/.test(rest)) {
    image.title = quoted[0]!;
    image.alt = quoted[1]!;
  } else {
    const text = rest.replace(/^["']|["']$/g, '');
    image.title = text;
    image.alt = text;
  }
  return image;
}

/** The options a post's flavour and image tags give the pass. */
export function templatePassOptions(
  flavour: MarkdownFlavour,
  imageTags: Record<string, ImageTagMapping>,
  from: number,
): TemplatePassOptions {
  return { templates: flavour.templates, attributeLists: flavour.attributeLists, imageTags, from };
}
