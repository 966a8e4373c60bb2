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
      text: collapseWhitespace(withoutMdxComments(textOf(el))),
      name: collapseWhitespace(withoutMdxComments(accessibleName(el, index))),
      position: rangeOf(el),
    });
  }
  return headings;
}

// MDX-style heading ids ("## Hooks" followed by an id in a JSX comment, react.dev) are not rendered text.
// Also `{/*id*/}` after Markdown made `*id*` emphasis, `{#id}` attribute lists (kramdown, Zola) and
// Hugo shortcodes (`{{< img … >}}`): syntax of the site generator, not words a reader sees.
function withoutMdxComments(text: string): string {
  if (!text.includes('{')) return text;
  return text
    .replace(/\{\{[<%][^{}]*[%>]\}\}/g, ' ')
    .replace(/\{\/\*?[^{}]*?\*?\/\}/g, ' ')
    .replace(/\{:?\s*[#.][^{}\s]*(?:\s+[#.][^{}\s]*)*\s*\}\s*$/, ' ');
}
