import { accessibleName } from '../hast/accessible-name.js';
import { collapseWhitespace, headingLevel, rangeOf, textOf } from '../hast/util.js';
import type { HeadingInfo, PostIndex } from '../types.js';

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
