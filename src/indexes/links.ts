// Links (`<a href>`) with their text and accessible name.
import type { Element } from 'hast';
import { accessibleName } from '../hast/accessible-name.js';
import { attr, collapseWhitespace, rangeOf, textOf } from '../hast/util.js';
import type { LinkInfo, PostIndex } from '../types.js';

export function buildLinkIndex(index: PostIndex): LinkInfo[] {
  const links: LinkInfo[] = [];
  for (const el of index.byTag('a')) {
    const href = attr(el, 'href');
    if (href === undefined) continue;
    links.push({
      element: el,
      href,
      text: collapseWhitespace(textOf(el)),
      name: accessibleName(el, index),
      images: collectImages(el),
      position: rangeOf(el),
    });
  }
  return links;
}

function collectImages(el: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'img' || child.tagName === 'svg' || attr(child, 'role') === 'img')
        out.push(child);
      else visit(child);
    }
  };
  visit(el);
  return out;
}
