// Markdown (CommonMark + GFM + front matter) to hast, raw HTML re-parsed so an inline <img> is an
// image; positions stay those of the original file, front matter lines included. The site's
// flavour decides the extensions (bare-URL autolinks, definition lists, footnotes), and its
// template tags are blanked first (src/site/template-pass.ts) with the same offsets.
import type { Root } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { defListFromMarkdown, defListHastHandlers } from 'mdast-util-definition-list';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { defList } from 'micromark-extension-definition-list';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Processor, unified } from 'unified';
import { insertTemplateImages, removeTagFiller } from '../site/template-images.js';
import { maskTemplates, TAG_FILLER } from '../site/template-pass.js';
import type { ImageTagMapping, MarkdownFlavour } from '../site/types.js';
import { lezerMdast } from './lezer-mdast.js';
import type { LineIndex } from './positions.js';

export interface MarkdownOptions {
  /** The site's Markdown flavour; default: CommonMark + GFM with autolinks, no templates. */
  flavour?: MarkdownFlavour;
  /** The site's image tags and shortcodes (Hugo `figure`, Octopress `img`, its own). */
  imageTags?: Record<string, ImageTagMapping>;
}

export interface MarkdownBody {
  /** Where the front matter (if any) starts and the body begins. */
  frontMatter?: { start: number; bodyOffset: number };
  lines?: LineIndex;
}

interface Parsers {
  parse: ReturnType<typeof parserFor>;
  withRaw: Processor<undefined, undefined, undefined, Root>;
  plain: Processor<undefined, undefined, undefined, Root>;
}

const DEFAULT_SYNTAX = { autolink: true, footnotes: true, definitionLists: false };

/**
 * Whether Markdown is read by @lezer/markdown (src/parse/lezer-mdast.ts), 7.5 times faster than
 * micromark over the corpus (bench row 9a), micromark then reading only what that path leaves to
 * it. CONTENT_A11Y_MICROMARK=1 makes micromark read everything: bench row 9b compares the findings
 * of both runs.
 */
const useLezer =
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
    ?.CONTENT_A11Y_MICROMARK !== '1';

// Built once per flavour per process: freezing a unified processor is the expensive part.
const parsers = new Map<string, Parsers>();

/**
 * The syntax extensions the site's flavour asks for: front matter (YAML, TOML), GFM without the
 * parts a site's renderer lacks (kramdown and Zola link no bare URL), definition lists. Only the
 * reading halves: remark-gfm, remark-frontmatter and remark-definition-list also register their
 * Markdown serialisers (mdast-util-to-markdown and its handlers): nothing here writes Markdown,
 * and they were 25 KB of the minified browser bundle.
 */
function syntaxFor(flavour: Pick<MarkdownFlavour, 'autolink' | 'footnotes' | 'definitionLists'>) {
  return function (this: Processor) {
    const data = this.data() as {
      micromarkExtensions?: unknown[];
      fromMarkdownExtensions?: unknown[];
    };
    data.micromarkExtensions ??= [];
    data.fromMarkdownExtensions ??= [];
    const micromark = data.micromarkExtensions;
    const fromMarkdown = data.fromMarkdownExtensions;
    micromark.push(frontmatter(['yaml', 'toml']));
    fromMarkdown.push(frontmatterFromMarkdown(['yaml', 'toml']));
    if (flavour.autolink && flavour.footnotes) {
      micromark.push(gfm());
      fromMarkdown.push(gfmFromMarkdown());
    } else {
      micromark.push(gfmTable(), gfmStrikethrough(), gfmTaskListItem());
      fromMarkdown.push(
        gfmTableFromMarkdown(),
        gfmStrikethroughFromMarkdown(),
        gfmTaskListItemFromMarkdown(),
      );
      if (flavour.footnotes) {
        micromark.push(gfmFootnote());
        fromMarkdown.push(gfmFootnoteFromMarkdown());
      }
    }
    if (flavour.definitionLists) {
      micromark.push(defList);
      fromMarkdown.push(defListFromMarkdown);
    }
  };
}

function parserFor(flavour: Pick<MarkdownFlavour, 'autolink' | 'footnotes' | 'definitionLists'>) {
  return unified().use(remarkParse).use(syntaxFor(flavour)).freeze();
}

function parsersFor(flavour: MarkdownFlavour | undefined): Parsers {
  const f = flavour ?? DEFAULT_SYNTAX;
  const key = `${f.autolink}|${f.footnotes}|${f.definitionLists}`;
  let found = parsers.get(key);
  if (!found) {
    const handlers = f.definitionLists ? defListHastHandlers : undefined;
    found = {
      parse: parserFor(f),
      withRaw: unified()
        .use(remarkRehype, { allowDangerousHtml: true, ...(handlers ? { handlers } : {}) })
        .use(rehypeRaw)
        .freeze() as never,
      plain: unified()
        .use(remarkRehype, handlers ? { handlers } : {})
        .freeze() as never,
    };
    parsers.set(key, found);
  }
  return found;
}

/** The mdast micromark reads, with the site flavour's extensions: the reference tree. */
export function micromarkMdast(text: string, flavour?: MarkdownFlavour): MdastRoot {
  return parsersFor(flavour).parse.parse(text);
}

export function markdownToHast(source: string, options: MarkdownOptions = {}, body: MarkdownBody = {}): Root {
  const { flavour } = options;
  let text = source;
  // Front matter after blank lines (Hugo reads it) is not front matter to remark: blank it so its
  // comments and keys are not read as headings and text.
  const fm = body.frontMatter;
  if (fm && fm.start > 0)
    text =
      text.slice(0, fm.start) +
      blankKeepingLines(text.slice(fm.start, fm.bodyOffset)) +
      text.slice(fm.bodyOffset);
  const pass =
    flavour && (flavour.templates.length > 0 || flavour.attributeLists)
      ? maskTemplates(text, {
          templates: flavour.templates,
          attributeLists: flavour.attributeLists,
          imageTags: options.imageTags ?? {},
          from: fm?.bodyOffset ?? 0,
        })
      : undefined;
  if (pass?.changed) text = pass.text;
  const mdast =
    (useLezer && lezerMdast(text, flavour ?? DEFAULT_SYNTAX, body.lines)) || micromarkMdast(text, flavour);
  if (body.lines) positionLiteralAutolinks(mdast, text, body.lines);
  const hast = mdastToHast(mdast, flavour);
  if (pass?.changed && text.includes(TAG_FILLER)) removeTagFiller(hast);
  if (pass && pass.images.length > 0 && body.lines) insertTemplateImages(hast, pass.images, body.lines);
  return hast;
}

/** A Markdown tree (ours, or one a host's remark pipeline built) to hast, positions kept. */
export function mdastToHast(mdast: MdastRoot, flavour?: MarkdownFlavour): Root {
  const { withRaw, plain } = parsersFor(flavour);
  // Re-parsing the whole tree through parse5 (rehype-raw) costs as much as parsing the Markdown;
  // most posts have no raw HTML at all, and for them the plain conversion gives the same tree.
  const convert = hasRawHtml(mdast) ? withRaw : plain;
  const hast = convert.runSync(mdast) as Root;
  if (flavour?.definitionLists) addMissingProperties(hast);
  return hast;
}

/**
 * GFM finds some bare URLs after parsing (inside brackets that are not a link, `[youtube https://…]`)
 * and gives those links no position, so their findings fell to 1:1. They get the position of
 * their text, found in the source within their paragraph.
 */
function positionLiteralAutolinks(root: MdastRoot, source: string, lines: LineIndex): void {
  const stack: MdastNodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    let cursor = node.position?.start.offset;
    const end = node.position?.end.offset;
    for (const child of node.children as MdastNodes[]) {
      if (child.position?.end.offset !== undefined) cursor = child.position.end.offset;
      else if (child.type === 'link' && cursor !== undefined && end !== undefined) {
        const found = findLabel(
          source,
          child.children.map((c) => ('value' in c ? c.value : '')).join(''),
          cursor,
        );
        if (found && found.end <= end) {
          child.position = lines.range(found.start, found.end);
          for (const c of child.children) c.position = lines.range(found.start, found.end);
          cursor = found.end;
        }
      }
      stack.push(child);
    }
  }
}

/** Where an autolink's text is in the source: the whole text, else (when the text ends in a decoded
 * character reference such as `&#8243;`, which GFM keeps in the URL) its plain-URL beginning. */
function findLabel(source: string, label: string, from: number): { start: number; end: number } | undefined {
  const at = label ? source.indexOf(label, from) : -1;
  if (at >= 0) return { start: at, end: at + label.length };
  const plain = /^[\w:/.~?#@!$&'()*+,;=%[\]-]+/.exec(label)?.[0];
  const start = plain && plain.length > 8 ? source.indexOf(plain, from) : -1;
  return start >= 0 ? { start, end: start + plain!.length } : undefined;
}

function blankKeepingLines(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

// For the rendered-DOM checks: raw HTML kept as `raw` nodes for a browser's parser to read.
const toRenderedHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();

/**
 * The page a site generator renders from the post: raw HTML stays as written (`raw` nodes), not
 * re-parsed, so the rendered-DOM checks can let a browser's parser read it (src/dom/rendered-html.ts).
 * Read by the same reader as the post itself: whether axe must run at all is decided on this tree
 * (src/dom/axe-needed.ts), and micromark reading it made check() 2.5 times checkSync()'s time on
 * the posts axe then skipped.
 */
export function markdownToRenderedHast(source: string): Root {
  const mdast = (useLezer && lezerMdast(source, DEFAULT_SYNTAX)) || micromarkMdast(source);
  return toRenderedHast.runSync(mdast) as Root;
}

function hasRawHtml(root: MdastRoot): boolean {
  const stack: MdastNodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') return true;
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return false;
}

/** mdast-util-definition-list's hast handlers leave `properties` off `<dl>`; every hast element must have them. */
function addMissingProperties(root: Root): void {
  const stack: Array<Root | Root['children'][number]> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') node.properties ??= {};
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}
