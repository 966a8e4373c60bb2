// Headings in document order: `<h1>`–`<h6>` (Markdown `#`, setext, raw HTML) and role="heading".
import type { Element } from 'hast';
import { accessibleName } from '../hast/accessible-name.js';
import { collapseWhitespace, headingLevel, rangeOf, textOf } from '../hast/util.js';
import type { SourceRange } from '../types.js';
import type { PostIndex } from './post-index.js';

export interface HeadingInfo {
  element: Element;
  level: number;
  /** Visible text, whitespace collapsed. */
  text: string;
  /** Accessible name (includes image alts and aria-label). */
  name: string;
  position?: SourceRange;
}

export function buildHeadingIndex(index: PostIndex): HeadingInfo[] {
  const headings: HeadingInfo[] = [];
  for (const el of index.elements) {
    const level = headingLevel(el);
    if (level === undefined) continue;
    headings.push({
      element: el,
      level,
      text: collapseWhitespace(textOf(el)),
      name: accessibleName(el, index),
      position: rangeOf(el),
    });
  }
  return headings;
}
