// The page a browser would receive for a post, as HTML text, and the way back from an offset in it
// to the post's source. axe-core judges the DOM a browser builds, so the post is not handed over as
// our tree: an HTML post is its own text; a Markdown post is what a site generator renders (raw
// HTML passed through as written, not re-parsed); a text post or a CMS body is its tree written out.
// jsdom then parses that text the way a browser does (an unclosed `<i>` before a list wraps the
// list, it does not end up inside it), and ./axe-check.ts maps every element back through here.
import type { Element, Nodes, Root } from 'hast';
import { find, html as htmlSchema, svg as svgSchema } from 'property-information';
import { markdownBody } from '../parse/front-matter.js';
import { markdownToRenderedHast } from '../parse/markdown.js';
import type { Post, SourceRange } from '../types.js';

/** Where the post's title and language go when the post is only a fragment of a page. */
export interface PageWrapper {
  lang?: string;
  title?: string;
  /** The template renders the title as the page's h1: put it there so heading rules see it. */
  titleAsH1: boolean;
}

export interface RenderedPage {
  html: string;
  /** True when the post is a whole HTML document; otherwise the page around it is ours. */
  fullDocument: boolean;
  /** Where markup that starts at `start` and ends at `end` (offsets in `html`) was written in the post. */
  locate(start: number, end: number | undefined): SourceRange | undefined;
}

/** A stretch of `html` copied from the source: character for character, or line by line when a
 * Markdown container (`> `, list indentation) was stripped from the start of each line. */
interface Segment {
  htmlStart: number;
  htmlEnd: number;
  sourceStart: number;
  verbatim: boolean;
  /** For line-by-line segments: offsets in the segment where each of its lines starts. */
  lineStarts?: number[];
  startLine?: number;
  startColumn?: number;
}

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose text the HTML parser reads as it is, so it must be written as it is. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);

// One rendering of a Markdown post for both questions asked of it: is any of it raw markup
// (./axe-needed.ts), and what is the page (renderPage).
const renderedMarkdown = new WeakMap<Post, Root>();

/** The tree a site generator renders from a Markdown post, raw HTML kept as `raw` nodes. */
export function renderedMarkdownTree(post: Post): Root {
  let tree = renderedMarkdown.get(post);
  if (!tree) {
    tree = markdownToRenderedHast(markdownBody(post.source, post.meta.frontMatter));
    renderedMarkdown.set(post, tree);
  }
  return tree;
}

export function renderPage(post: Post, wrapper: PageWrapper): RenderedPage {
  const writer = new PageWriter(post);
  const fullDocument = post.format === 'html' && post.meta.fullDocument;
  if (!fullDocument) writer.openWrapper(wrapper);
  if (post.format === 'html') writer.verbatim(post.source, 0);
  else if (post.format === 'markdown') writer.tree(renderedMarkdownTree(post));
  else writer.tree(post.hast);
  if (!fullDocument) writer.closeWrapper();
  return writer.page(fullDocument);
}

class PageWriter {
  private out = '';
  private readonly segments: Segment[] = [];
  private readonly elementStarts = new Map<number, SourceRange>();

  constructor(private readonly post: Post) {}

  openWrapper(w: PageWrapper): void {
    const lang = w.lang ? ` lang="${escapeAttribute(w.lang)}"` : '';
    const title = w.title !== undefined ? `<title>${escapeText(w.title)}</title>` : '';
    const h1 = w.titleAsH1 && w.title ? `<h1>${escapeText(w.title)}</h1>` : '';
    this.out += `<!DOCTYPE html><html${lang}><head>${title}</head><body>${h1}\n`;
  }

  closeWrapper(): void {
    this.out += '\n</body></html>';
  }

  verbatim(text: string, sourceStart: number): void {
    const htmlStart = this.out.length;
    this.out += text;
    this.segments.push({ htmlStart, htmlEnd: this.out.length, sourceStart, verbatim: true });
  }

  /** Iterative, so a deeply nested post cannot overflow the stack here. */
  tree(root: Root): void {
    type Step = { node: Nodes; parent?: Element } | { close: string };
    const stack: Step[] = root.children.map((node) => ({ node })).reverse();
    while (stack.length > 0) {
      const step = stack.pop()!;
      if ('close' in step) {
        this.out += `</${step.close}>`;
        continue;
      }
      const { node, parent } = step;
      if (node.type === 'element') {
        const range = rangeOf(node);
        if (range) this.elementStarts.set(this.out.length, range);
        this.out += startTag(node);
        if (VOID.has(node.tagName)) continue;
        stack.push({ close: node.tagName });
        for (let i = node.children.length - 1; i >= 0; i--)
          stack.push({ node: node.children[i]!, parent: node });
      } else if (node.type === 'text') {
        this.out += parent && RAW_TEXT.has(parent.tagName) ? node.value : escapeText(node.value);
      } else if (node.type === 'comment') {
        this.out += `<!--${node.value}-->`;
      } else if (node.type === 'raw') {
        this.raw(node.value, node.position);
      } else if (node.type === 'doctype') {
        this.out += '<!doctype html>';
      }
    }
  }

  private raw(value: string, position: Nodes['position']): void {
    const start = position?.start.offset;
    const end = position?.end.offset;
    if (start === undefined || end === undefined) {
      this.out += value;
      return;
    }
    if (this.post.source.slice(start, end) === value) {
      this.verbatim(value, start);
      return;
    }
    const htmlStart = this.out.length;
    this.out += value;
    const lineStarts = [0];
    for (let i = 0; i < value.length; i++) if (value[i] === '\n') lineStarts.push(i + 1);
    this.segments.push({
      htmlStart,
      htmlEnd: this.out.length,
      sourceStart: start,
      verbatim: false,
      lineStarts,
      startLine: position!.start.line,
      startColumn: position!.start.column,
    });
  }

  page(fullDocument: boolean): RenderedPage {
    const { segments, elementStarts } = this;
    const lines = this.post.lines;
    const segmentAt = (offset: number): Segment | undefined => {
      let lo = 0;
      let hi = segments.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = segments[mid]!;
        if (offset < s.htmlStart) hi = mid - 1;
        else if (offset >= s.htmlEnd) lo = mid + 1;
        else return s;
      }
      return undefined;
    };
    const pointIn = (s: Segment, offset: number) => {
      const inner = Math.min(offset, s.htmlEnd) - s.htmlStart;
      if (s.verbatim) return lines.point(s.sourceStart + inner);
      let k = 0;
      while (k + 1 < s.lineStarts!.length && s.lineStarts![k + 1]! <= inner) k++;
      const line = s.startLine! + k;
      const columnInValue = inner - s.lineStarts![k]!;
      if (k === 0) return lines.point(s.sourceStart + columnInValue);
      // The stripped container prefix is what the source line has before the value's line.
      const valueLineEnd = (s.lineStarts![k + 1] ?? s.htmlEnd - s.htmlStart + 1) - 1;
      const prefix = Math.max(0, lines.lineText(line).length - (valueLineEnd - s.lineStarts![k]!));
      return lines.point(lines.offset(line, prefix + columnInValue + 1));
    };
    return {
      html: this.out,
      fullDocument,
      locate(start, end) {
        const generated = elementStarts.get(start);
        if (generated) return generated;
        const s = segmentAt(start);
        if (!s) return undefined;
        const from = pointIn(s, start);
        const to = end === undefined || end <= start ? from : pointIn(s, end);
        return { start: from, end: to };
      },
    };
  }
}

function startTag(el: Element): string {
  const schema = el.tagName === 'svg' ? svgSchema : htmlSchema;
  let out = `<${el.tagName}`;
  for (const [prop, value] of Object.entries(el.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const info = find(schema, prop);
    let text: string;
    if (value === true) text = '';
    else if (Array.isArray(value)) text = value.join(info.commaSeparated ? ', ' : ' ');
    else text = String(value);
    out += ` ${info.attribute}="${escapeAttribute(text)}"`;
  }
  return `${out}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function rangeOf(el: Element): SourceRange | undefined {
  const p = el.position;
  if (p?.start?.offset === undefined || p.end?.offset === undefined) return undefined;
  return { start: { ...p.start }, end: { ...p.end } };
}
