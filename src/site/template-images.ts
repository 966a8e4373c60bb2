// After the Markdown is parsed: generator image tags become `<img>` elements (in a `<figure>` when
// they have a caption) at the place of their tag, with the tag's position, so image rules judge
// them like any image and a finding points at the tag's line. Also removes the filler the
// template pass left where a tag opened a line.
import type { Element, ElementContent, Parents, Root } from 'hast';
import type { LineIndex } from '../parse/positions.js';
import { TAG_FILLER, type TemplateImage } from './template-pass.js';

const VOID_OR_CODE = new Set(['img', 'br', 'hr', 'input', 'pre', 'code', 'script', 'style']);

export function insertTemplateImages(root: Root, images: TemplateImage[], lines: LineIndex): void {
  for (const image of images) {
    const container = deepestContaining(root, image.start);
    const element = imageElement(image, lines);
    const children = container.children as ElementContent[];
    splitTextAt(children, image.start, image.end, lines);
    let at = children.findIndex((c) => (startOf(c) ?? -1) >= image.end);
    if (at < 0) at = children.length;
    children.splice(at, 0, element);
  }
}

/** A text node the tag stands inside of ("Before {% img %} after") is cut in two around it, when
 * its value is the source text as written (so offsets into it are offsets into the source). */
function splitTextAt(children: ElementContent[], start: number, end: number, lines: LineIndex): void {
  const i = children.findIndex(
    (c) => c.type === 'text' && (startOf(c) ?? start) < start && end <= (endOf(c) ?? -1),
  );
  const node = children[i];
  if (node?.type !== 'text') return;
  const from = startOf(node)!;
  const to = endOf(node)!;
  if (node.value.length !== to - from) return;
  const before = {
    type: 'text' as const,
    value: node.value.slice(0, start - from),
    position: lines.range(from, start),
  };
  const after = {
    type: 'text' as const,
    value: node.value.slice(end - from),
    position: lines.range(end, to),
  };
  children.splice(i, 1, before, ...(after.value ? [after] : []));
}

function deepestContaining(root: Root, offset: number): Parents {
  let current: Parents = root;
  for (;;) {
    const inside: Element | undefined = (current.children as Array<Root['children'][number]>).find(
      (c): c is Element =>
        c.type === 'element' &&
        !VOID_OR_CODE.has(c.tagName) &&
        (startOf(c) ?? offset + 1) <= offset &&
        offset < (endOf(c) ?? -1),
    );
    if (!inside) return current;
    current = inside;
  }
}

interface Positioned {
  position?: { start?: { offset?: number }; end?: { offset?: number } };
  children?: Positioned[];
}

// Nodes rehype-raw re-parsed from raw HTML can have a position with no start or no end, and
// elements the HTML parser implies (a table's <tbody>) none: their span is their children's.
function startOf(node: Positioned): number | undefined {
  for (let n: Positioned | undefined = node; n; n = n.children?.[0]) {
    if (n.position?.start?.offset !== undefined) return n.position.start.offset;
  }
  return undefined;
}

function endOf(node: Positioned): number | undefined {
  for (let n: Positioned | undefined = node; n; n = n.children?.at(-1)) {
    if (n.position?.end?.offset !== undefined) return n.position.end.offset;
  }
  return undefined;
}

function imageElement(image: TemplateImage, lines: LineIndex): Element {
  const position = lines.range(image.start, image.end);
  const properties: Element['properties'] = {};
  if (image.src !== undefined) properties.src = image.src;
  if (image.alt !== undefined) properties.alt = image.alt;
  if (image.title !== undefined) properties.title = image.title;
  const img: Element = { type: 'element', tagName: 'img', properties, children: [], position };
  if (image.caption === undefined || image.caption.trim() === '') return img;
  const caption: Element = {
    type: 'element',
    tagName: 'figcaption',
    properties: {},
    children: [{ type: 'text', value: image.caption, position }],
    position,
  };
  return { type: 'element', tagName: 'figure', properties: {}, children: [img, caption], position };
}

/** Removes the template filler from text; a paragraph left with nothing in it goes too. */
export function removeTagFiller(root: Root): void {
  // An explicit stack: a hostile post nested 50,000 deep must not overflow the call stack.
  const stack: Parents[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    cleanText(parent);
    parent.children = (parent.children as Array<Root['children'][number]>).filter((child) => {
      if (child.type !== 'element') return true;
      if (child.tagName === 'p') {
        cleanText(child);
        if (child.children.every((c) => c.type === 'text' && !c.value.trim())) return false;
      }
      stack.push(child);
      return true;
    }) as typeof parent.children;
  }
}

function cleanText(parent: Parents): void {
  if (!parent.children.some((c) => c.type === 'text' && c.value.includes(TAG_FILLER))) return;
  parent.children = (parent.children as Array<Root['children'][number]>).filter((c) => {
    if (c.type !== 'text' || !c.value.includes(TAG_FILLER)) return true;
    c.value = c.value.split(TAG_FILLER).join('');
    return c.value !== '';
  }) as typeof parent.children;
}
