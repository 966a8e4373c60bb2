// A simplified accessible-name computation (ARIA accname 1.2) for the elements posts contain:
// enough to tell an empty link or heading from a named one without a browser.

import type { Element, ElementContent } from 'hast';
import type { PostIndex } from '../types.js';
import { attr, collapseWhitespace, NON_CONTENT_TAGS } from './util.js';

/** `aria-hidden="true"` (ARIA's true/false tokens are read case-insensitively: "TRUE" hides too) or `hidden`. */
export function isHiddenFromAccessibility(el: Element): boolean {
  return attr(el, 'aria-hidden')?.trim().toLowerCase() === 'true' || attr(el, 'hidden') !== undefined;
}

/** Name from `aria-labelledby`, `aria-label`, then content (text and image alts), then `title`. */
export function accessibleName(el: Element, index: PostIndex, depth = 0): string {
  const labelledBy = attr(el, 'aria-labelledby');
  // Followed for the element and for its direct content (an image named by aria-labelledby inside a link).
  if (labelledBy && depth < 2) {
    const parts = labelledBy
      .split(/\s+/)
      .map((id) => index.byId(id))
      .filter((target): target is Element => target !== undefined)
      .map((target) => accessibleName(target, index, depth + 1) || nameFromContent(target, index, depth + 1));
    const name = collapseWhitespace(parts.join(' '));
    if (name) return name;
  }
  const label = attr(el, 'aria-label');
  if (label?.trim()) return collapseWhitespace(label);
  if (
    el.tagName === 'img' ||
    el.tagName === 'area' ||
    (el.tagName === 'input' && attr(el, 'type') === 'image')
  ) {
    const alt = attr(el, 'alt');
    if (alt?.trim()) return collapseWhitespace(alt);
    return collapseWhitespace(attr(el, 'title') ?? '');
  }
  const fromContent = nameFromContent(el, index, depth);
  if (fromContent) return fromContent;
  return collapseWhitespace(attr(el, 'title') ?? '');
}

function nameFromContent(el: Element, index: PostIndex, depth: number): string {
  let out = '';
  // An explicit stack, not recursion: deeply nested links must not overflow the call stack.
  const visit = (children: ElementContent[]) => {
    const stack = [{ nodes: children, i: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = frame.nodes[frame.i++];
      if (!child) {
        stack.pop();
        continue;
      }
      if (child.type === 'text') out += child.value;
      else if (child.type === 'element') {
        if (NON_CONTENT_TAGS.has(child.tagName) || isHiddenFromAccessibility(child)) continue;
        if (child.tagName === 'img' || child.tagName === 'svg' || attr(child, 'aria-label')) {
          out += ` ${accessibleName(child, index, depth + 1)} `;
        } else if (child.tagName === 'br') out += ' ';
        else stack.push({ nodes: child.children, i: 0 });
      }
    }
  };
  visit(el.children);
  return collapseWhitespace(out);
}
