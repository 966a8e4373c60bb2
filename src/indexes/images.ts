// Every image of a post, with what image rules need to judge its description.
import type { Element } from 'hast';
import { accessibleName, isHiddenFromAccessibility } from '../hast/accessible-name.js';
import { attr, collapseWhitespace, hasAttr, isElement, rangeOf, textOf } from '../hast/util.js';
import type { SourceRange } from '../types.js';
import type { PostIndex } from './post-index.js';

export type ImageKind = 'img' | 'input-image' | 'area' | 'role-img' | 'svg';
/** Where the image was written: Markdown `![]()`, HTML (in an HTML post or raw HTML in Markdown),
 * a plain-text gallery line, or a CMS media record. */
export type ImageOrigin = 'markdown' | 'html' | 'text' | 'cms';

export interface ImageInfo {
  element: Element;
  kind: ImageKind;
  origin: ImageOrigin;
  src?: string;
  /** The alt attribute as written; `undefined` when there is none. */
  alt?: string;
  title?: string;
  /** The name assistive technology announces (alt, aria-label, aria-labelledby, title). */
  name: string;
  /** `alt=""` (or no alt) with role presentation/none, or hidden with aria-hidden. */
  decorative: boolean;
  /** Enclosing `<a href>`, if the image is (part of) a link. */
  link?: Element;
  /** Enclosing `<figure>` and its caption text. */
  figure?: Element;
  caption?: string;
  /** Enclosing `<picture>` for `<img>` inside one. */
  picture?: Element;
  position?: SourceRange;
}

const ROLE_NONE = new Set(['presentation', 'none']);

export function buildImageIndex(index: PostIndex): ImageInfo[] {
  const images: ImageInfo[] = [];
  for (const el of index.elements) {
    const kind = imageKind(el);
    if (!kind) continue;
    // An <svg> inside a named image or link is part of it; count standalone role="img" svgs only.
    if (kind === 'svg' && attr(el, 'role') !== 'img') continue;
    const alt = attr(el, 'alt');
    const role = attr(el, 'role');
    const hidden =
      isHiddenFromAccessibility(el) || index.closest(el, isHiddenFromAccessibility) !== undefined;
    const decorative = hidden || (ROLE_NONE.has(role ?? '') && !alt?.trim());
    const figure = index.closest(el, (a) => a.tagName === 'figure');
    const figcaption = figure?.children.find((c): c is Element => isElement(c, 'figcaption'));
    const caption = figcaption ? collapseWhitespace(textOf(figcaption)) : undefined;
    images.push({
      element: el,
      kind,
      origin: originOf(el, index),
      src: attr(el, 'src') ?? attr(el, 'href') ?? attr(el, 'data'),
      alt,
      title: attr(el, 'title'),
      name: accessibleName(el, index),
      decorative,
      link: index.closest(el, (a) => a.tagName === 'a' && hasAttr(a, 'href')),
      figure,
      caption: caption || undefined,
      picture: index.closest(el, (a) => a.tagName === 'picture'),
      position: rangeOf(el),
    });
  }
  return images;
}

function imageKind(el: Element): ImageKind | undefined {
  if (el.tagName === 'img') return 'img';
  if (el.tagName === 'input' && attr(el, 'type')?.toLowerCase() === 'image') return 'input-image';
  if (el.tagName === 'area' && hasAttr(el, 'href')) return 'area';
  if (el.tagName === 'svg') return 'svg';
  if (attr(el, 'role') === 'img') return 'role-img';
  return undefined;
}

function originOf(el: Element, index: PostIndex): ImageOrigin {
  if (index.format === 'text') return 'text';
  const offset = el.position?.start.offset;
  if (index.format === 'markdown' && offset !== undefined && index.sourceText[offset] === '!')
    return 'markdown';
  return 'html';
}
