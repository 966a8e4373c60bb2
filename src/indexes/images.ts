// Every image of a post, with what image rules need to judge its description.
import type { Element, ElementContent } from 'hast';
import { accessibleName, isHiddenFromAccessibility } from '../hast/accessible-name.js';
import { attr, classList, collapseWhitespace, hasAttr, isElement, rangeOf, textOf } from '../hast/util.js';
import type {
  ImageInfo,
  ImageKind,
  ImageOrigin,
  MetaField,
  PostIndex,
  PostMeta,
  SourceRange,
} from '../types.js';

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
      bareAlt: alt === '' && hasBareAlt(el, index),
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

/** The start tag as written has `alt` with no `=` after it. */
function hasBareAlt(el: Element, index: PostIndex): boolean {
  const start = el.position?.start.offset;
  if (start === undefined || index.sourceText[start] !== '<') return false;
  const end = index.sourceText.indexOf('>', start);
  const tag = index.sourceText.slice(start, end < 0 ? undefined : end);
  return /\salt(?=[\s/]|$)(?!\s*=)/i.test(tag);
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

/** An alt text to judge: an image's, or the post's cover image's (front matter or CMS field). */
export interface AltText {
  text: string;
  image?: ImageInfo;
  /** True for the cover image's alt field. */
  cover: boolean;
  src?: string;
  position?: SourceRange;
  /** The cover image's alt field (for a CMS record: where to point). */
  field?: MetaField;
}

/** Every alt a reader will hear: non-decorative images with a non-blank alt (or, for `role="img"`
 * and `<svg>`, their name), then the cover image's alt field. */
export function altTexts(index: PostIndex, meta: PostMeta): AltText[] {
  return index.cached('altTexts', () => {
    const out: AltText[] = [];
    for (const image of index.images) {
      if (image.decorative) continue;
      // aria-label / aria-labelledby replace the alt as what is announced: judge what people hear.
      const renamed = hasAttr(image.element, 'aria-label') || hasAttr(image.element, 'aria-labelledby');
      const text = renamed || image.kind === 'role-img' || image.kind === 'svg' ? image.name : image.alt;
      if (!text?.trim()) continue;
      out.push({ text, image, cover: false, src: image.src, position: image.position });
    }
    const cover = meta.cover;
    if (cover?.alt?.value.trim()) {
      out.push({
        text: cover.alt.value,
        cover: true,
        src: cover.src?.value,
        position: cover.alt.position ?? cover.position,
        field: cover.alt,
      });
    }
    return out;
  });
}

const GALLERY_CLASS = /gallery|galeria|galerie|galería|carousel|slider|slideshow/i;

/** The element an image stands for in its container: the image itself, or the link, `<figure>`,
 * `<li>` or paragraph that holds nothing but it (a figure's caption does not count as content). */
export function imageUnit(image: ImageInfo, index: PostIndex): Element {
  const images = index.cached('imageElements', () => new Set(index.images.map((i) => i.element)));
  let unit = image.element;
  for (;;) {
    const parent = index.parent(unit);
    if (parent?.type !== 'element' || BLOCK_STOP.has(parent.tagName)) return unit;
    if (countImages(parent, images) !== 1 || collapseWhitespace(textWithoutCaption(parent))) return unit;
    unit = parent;
  }
}

const BLOCK_STOP = new Set(['body', 'main', 'article', 'section', 'html']);

function countImages(el: Element, images: Set<Element>): number {
  let n = images.has(el) ? 1 : 0;
  for (const c of el.children) if (c.type === 'element') n += countImages(c, images);
  return n;
}

function textWithoutCaption(el: Element): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += c.value;
    else if (c.type === 'element' && c.tagName !== 'figcaption') out += textWithoutCaption(c);
  }
  return out;
}

function isBlank(node: ElementContent): boolean {
  return (
    node.type === 'comment' ||
    (node.type === 'text' && !node.value.trim()) ||
    (node.type === 'element' && node.tagName === 'br')
  );
}

/** Runs of two or more images shown together: in one gallery container (`class="gallery"`, a
 * text post's gallery list), or side by side with nothing but white space between them. */
export function imageGroups(index: PostIndex): ImageInfo[][] {
  return index.cached('imageGroups', () => {
    const groups: ImageInfo[][] = [];
    let current: ImageInfo[] = [];
    let previous: { image: ImageInfo; unit: Element; gallery?: Element } | undefined;
    for (const image of index.images) {
      if (image.kind === 'area') continue;
      const unit = imageUnit(image, index);
      const gallery = index.closest(image.element, isGalleryContainer);
      const together =
        previous !== undefined &&
        ((gallery !== undefined && gallery === previous.gallery) || nextTo(previous.unit, unit, index));
      if (!together) {
        if (current.length > 1) groups.push(current);
        current = [];
      }
      current.push(image);
      previous = { image, unit, gallery };
    }
    if (current.length > 1) groups.push(current);
    return groups;
  });
}

function isGalleryContainer(el: Element): boolean {
  return hasAttr(el, 'data-gallery') || GALLERY_CLASS.test(classList(el).join(' '));
}

function nextTo(a: Element, b: Element, index: PostIndex): boolean {
  const parent = index.parent(a);
  if (!parent || parent !== index.parent(b)) return false;
  const children = parent.children as ElementContent[];
  const from = children.indexOf(a);
  const to = children.indexOf(b);
  if (from === -1 || to <= from) return false;
  return children.slice(from + 1, to).every(isBlank);
}

/** Text right before and right after an image (its unit's nearest non-blank siblings that are not
 * images themselves), for captions written as a paragraph and for alts that repeat nearby text. */
export function neighbourText(image: ImageInfo, index: PostIndex): { before?: string; after?: string } {
  const near = neighbourTexts(image, index, 1);
  return { before: near.before[0], after: near.after[0] };
}

/** Up to `count` texts on each side of an image, nearest first. */
export function neighbourTexts(
  image: ImageInfo,
  index: PostIndex,
  count: number,
): { before: string[]; after: string[] } {
  const unit = imageUnit(image, index);
  const parent = index.parent(unit);
  if (!parent) return { before: [], after: [] };
  const children = parent.children as ElementContent[];
  const at = children.indexOf(unit);
  const images = index.cached('imageElements', () => new Set(index.images.map((i) => i.element)));
  const look = (step: number): string[] => {
    const out: string[] = [];
    for (let i = at + step; i >= 0 && i < children.length && out.length < count; i += step) {
      const node = children[i]!;
      if (isBlank(node)) continue;
      const text = collapseWhitespace(textOf(node));
      if (
        node.type === 'element' &&
        countImages(node, images) > 0 &&
        !collapseWhitespace(textWithoutCaption(node))
      )
        continue;
      if (text) out.push(text);
    }
    return out;
  };
  return { before: look(-1), after: look(1) };
}
