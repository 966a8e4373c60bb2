// Builds DOM nodes straight from the post's hast (no HTML serialising and re-parsing), remembering
// for every element where it came from in the original file, so axe's results map back to lines.
// Nothing here runs or loads anything: the nodes are created in a window that has no resource
// loader and never runs the page's scripts.
import type { Element, Nodes, Root, RootContent } from 'hast';
import { find, html, svg } from 'property-information';
import type { SourceRange } from '../types.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

export type Positions = WeakMap<object, SourceRange>;

/** Where the post's title and language go when the post is only a fragment of a page. */
export interface PageWrapper {
  lang?: string;
  title?: string;
  /** The template renders the title as the page's h1: put it there so heading rules see it. */
  titleAsH1: boolean;
}

/**
 * Replaces `document`'s root with the post: a full HTML page as it is, a fragment (Markdown, text,
 * a CMS body, an HTML fragment) inside a page carrying the post's title and language.
 */
export function renderPost(document: Document, hast: Root, wrapper: PageWrapper): Positions {
  const positions: Positions = new WeakMap();
  const pageRoot = hast.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  let htmlEl: globalThis.Element;
  if (pageRoot) {
    htmlEl = build(document, pageRoot, positions, HTML_NS);
  } else {
    htmlEl = document.createElementNS(HTML_NS, 'html');
    if (wrapper.lang) htmlEl.setAttribute('lang', wrapper.lang);
    const head = document.createElementNS(HTML_NS, 'head');
    if (wrapper.title !== undefined) {
      const title = document.createElementNS(HTML_NS, 'title');
      title.textContent = wrapper.title;
      head.append(title);
    }
    const body = document.createElementNS(HTML_NS, 'body');
    if (wrapper.titleAsH1 && wrapper.title) {
      const h1 = document.createElementNS(HTML_NS, 'h1');
      h1.textContent = wrapper.title;
      body.append(h1);
    }
    appendChildren(document, body, hast.children, positions, HTML_NS);
    htmlEl.append(head, body);
  }
  document.replaceChild(htmlEl, document.documentElement);
  return positions;
}

function build(document: Document, el: Element, positions: Positions, parentNs: string): globalThis.Element {
  const dom = createElement(document, el, parentNs, positions);
  const ns = dom.namespaceURI ?? HTML_NS;
  const childNs = ns === SVG_NS && el.tagName.toLowerCase() === 'foreignobject' ? HTML_NS : ns;
  const content = (el as Element & { content?: Root }).content;
  if (el.tagName === 'template' && content && 'content' in dom) {
    appendChildren(document, (dom as HTMLTemplateElement).content, content.children, positions, HTML_NS);
  }
  appendChildren(document, dom, el.children, positions, childNs);
  return dom;
}

/** Iterative over siblings, recursive over depth (the depth limit is the parser's and axe's). */
function appendChildren(
  document: Document,
  parent: globalThis.Node,
  children: ReadonlyArray<RootContent | Nodes>,
  positions: Positions,
  ns: string,
): void {
  for (const child of children) {
    if (child.type === 'element') {
      const dom = build(document, child, positions, ns);
      parent.appendChild(dom);
    } else if (child.type === 'text') {
      parent.appendChild(document.createTextNode(child.value));
    } else if (child.type === 'comment') {
      parent.appendChild(document.createComment(child.value));
    }
    // doctype and raw nodes are not content: raw HTML was re-parsed into elements already.
  }
}

function createElement(
  document: Document,
  el: Element,
  parentNs: string,
  positions: Positions,
): globalThis.Element {
  const name = el.tagName;
  let ns = parentNs;
  if (name === 'svg') ns = SVG_NS;
  else if (name === 'math') ns = MATHML_NS;
  let dom: globalThis.Element;
  try {
    dom = document.createElementNS(ns, name);
  } catch {
    // A tag name the DOM refuses (hast allows more): keep the content, lose the tag.
    dom = document.createElementNS(HTML_NS, 'span');
  }
  const schema = ns === SVG_NS ? svg : html;
  for (const [prop, value] of Object.entries(el.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const info = find(schema, prop);
    let text: string;
    if (value === true) text = '';
    else if (Array.isArray(value)) text = value.join(info.commaSeparated ? ', ' : ' ');
    else text = String(value);
    try {
      dom.setAttribute(info.attribute, text);
    } catch {
      // An attribute name the DOM refuses: it cannot matter to assistive technology either.
    }
  }
  const range = rangeOf(el.position);
  if (range) positions.set(dom, range);
  return dom;
}

/** Raw HTML re-parsed inside Markdown can carry a position with no start or end: no range then. */
function rangeOf(p: Element['position']): SourceRange | undefined {
  if (!p?.start?.line || !p.end?.line) return undefined;
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset },
  };
}
