// Markdown (CommonMark + GFM + front matter) to hast, raw HTML re-parsed so an inline <img> is an
// image; positions stay those of the original file, front matter lines included. The site's
// flavour decides the extensions (bare-URL autolinks, definition lists, footnotes), and its
// template tags are blanked first (src/site/template-pass.ts) with the same offsets.
import type { Root } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { part } from '../parts/registry.js';
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

/**
 * The mdast micromark reads, with the site flavour's extensions: the reference tree, and the reader
 * of what lezer leaves (the `micromark` part, src/parts/micromark.ts).
 */
export function micromarkMdast(text: string, flavour?: MarkdownFlavour): MdastRoot {
  return part('micromark').mdast(text, flavour ?? DEFAULT_SYNTAX);
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
  // A site's template tags and attribute lists (the `templates` part), read apart from the prose.
  const templates =
    flavour && (flavour.templates.length > 0 || flavour.attributeLists) ? part('templates') : undefined;
  const pass =
    templates && flavour
      ? templates.maskTemplates(text, {
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
  if (templates && pass?.changed && text.includes(templates.TAG_FILLER)) templates.removeTagFiller(hast);
  if (templates && pass && pass.images.length > 0 && body.lines)
    templates.insertTemplateImages(hast, pass.images, body.lines);
  return hast;
}

/** A Markdown tree (ours, or one a host's remark pipeline built) to hast, positions kept. */
export function mdastToHast(mdast: MdastRoot, flavour?: MarkdownFlavour): Root {
  const handlers = flavour?.definitionLists ? { handlers: part('micromark').defListHastHandlers } : {};
  // Re-parsing the whole tree through parse5 (hast-util-raw, the `html` part) costs as much as
  // parsing the Markdown; most posts have no raw HTML at all, and for them the plain conversion
  // gives the same tree. remark-rehype and rehype-raw do the same two calls inside unified.
  const hast = hasRawHtml(mdast)
    ? part('html').raw(toHast(mdast, { allowDangerousHtml: true, ...handlers }) as Root)
    : (toHast(mdast, handlers) as Root);
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

/**
 * The page a site generator renders from the post: raw HTML stays as written (`raw` nodes), not
 * re-parsed, so the rendered-DOM checks can let a browser's parser read it (src/dom/rendered-html.ts).
 * Read by the same reader as the post itself: whether axe must run at all is decided on this tree
 * (src/dom/axe-needed.ts), and micromark reading it made check() 2.5 times checkSync()'s time on
 * the posts axe then skipped.
 */
export function markdownToRenderedHast(source: string): Root {
  const mdast = (useLezer && lezerMdast(source, DEFAULT_SYNTAX)) || micromarkMdast(source);
  // Raw HTML kept as `raw` nodes, for a browser's parser to read.
  return toHast(mdast, { allowDangerousHtml: true }) as Root;
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
