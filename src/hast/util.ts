// Small helpers over hast elements, shared by the parsers, indexes and rules.
import type { Element, ElementContent, Nodes, Root, Text } from 'hast';
import { find, html } from 'property-information';
import type { SourceRange } from '../types.js';

export function isElement(node: Nodes | undefined, tagName?: string): node is Element {
  return node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

/** Attribute value as a string (hast stores `class` as an array, booleans as true). */
export function attr(el: Element, name: string): string | undefined {
  const prop = el.properties[propertyName(name)];
  if (prop === undefined || prop === null || prop === false) return undefined;
  if (Array.isArray(prop)) return prop.join(' ');
  if (prop === true) return '';
  return String(prop);
}

export function hasAttr(el: Element, name: string): boolean {
  const prop = el.properties[propertyName(name)];
  return prop !== undefined && prop !== null && prop !== false;
}

/** hast's property names (`aria-labelledby` → `ariaLabelledBy`, `class` → `className`), memoised. */
const propertyNames = new Map<string, string>();
function propertyName(name: string): string {
  let prop = propertyNames.get(name);
  if (prop === undefined) {
    prop = find(html, name).property;
    propertyNames.set(name, prop);
  }
  return prop;
}

export function classList(el: Element): string[] {
  const c: unknown = el.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

/** Elements whose content is never rendered text a reader meets. */
export const NON_CONTENT_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** Block-level elements: text blocks end at their boundaries. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'menu',
  'center',
]);

/** Rendered text of a subtree: `<br>` is a line break, scripts and styles are skipped. */
export function textOf(node: Nodes): string {
  // An explicit stack, not recursion: deeply nested posts must not overflow the call stack.
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') {
      out += current.value;
      continue;
    }
    if (current.type === 'element') {
      if (current.tagName === 'br') {
        out += '\n';
        continue;
      }
      if (NON_CONTENT_TAGS.has(current.tagName)) continue;
    }
    if (!('children' in current)) continue;
    const children = current.children as ElementContent[];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Text of a raw-text element (script, style), which `textOf` skips on purpose. */
export function rawText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function rangeOf(node: { position?: Nodes['position'] }): SourceRange | undefined {
  const p = node.position;
  // rehype-raw can leave a position without start/end on nodes it re-created.
  if (!p?.start || !p.end) return undefined;
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset },
  };
}

export function headingLevel(el: Element): number | undefined {
  const m = /^h([1-6])$/.exec(el.tagName);
  if (m) return Number(m[1]);
  if (attr(el, 'role') === 'heading') {
    const level = Number(attr(el, 'aria-level') ?? '2');
    return Number.isInteger(level) && level > 0 ? level : 2;
  }
  return undefined;
}

export type { Element, Root, Text };
