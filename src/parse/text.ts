// Plain-text posts (text exports of CMS pages, like the seed): the first line is the title,
// blank lines separate paragraphs, "• item" lines are list items, and a "Galeria zdjęć" /
// "Gallery" line followed by bullet lines lists the gallery's image descriptions.
import type { Element, ElementContent, Root } from 'hast';
import type { LineIndex } from './positions.js';

const BULLET = /^[ \t]*([•·▪◦‣∙*–-])[ \t]+/u;
const GALLERY_LABEL =
  /^(galeria( zdjęć| fotografii)?|fotogaleria|(photo |image )?gallery|photos|bildergalerie|fotogalerie|galerie( photos?| d'images)?|galería( de fotos| de imágenes)?)\s*:?$/iu;

export interface TextPost {
  hast: Root;
  title?: { value: string; start: number; end: number };
}

export function textToHast(source: string, lines: LineIndex): TextPost {
  const children: ElementContent[] = [];
  let title: TextPost['title'];
  let galleryPending = false;
  let list: Element | undefined;
  let paragraph: { start: number; end: number } | undefined;

  const flushParagraph = () => {
    if (!paragraph) return;
    const value = source.slice(paragraph.start, paragraph.end);
    children.push(
      element('p', {}, [textNode(value, paragraph.start, paragraph.end, lines)], paragraph, lines),
    );
    paragraph = undefined;
  };

  let offset = 0;
  for (const raw of source.split(/(?<=\r\n|\r(?!\n)|\n)/)) {
    const lineStart = offset;
    offset += raw.length;
    const content = raw.replace(/\r?\n$|\r$/, '');
    const trimmed = content.trim();
    const start = lineStart + content.indexOf(trimmed);
    const end = start + trimmed.length;
    if (!trimmed) {
      flushParagraph();
      continue;
    }
    if (!title) {
      title = { value: trimmed, start, end };
      continue;
    }
    const bullet = BULLET.exec(content);
    if (bullet) {
      flushParagraph();
      const itemStart = lineStart + bullet[0].length;
      const itemText = content.slice(bullet[0].length).trimEnd();
      const at = { start: itemStart, end: itemStart + itemText.length };
      if (galleryPending || list?.properties.dataGallery) {
        if (!list) {
          list = element('figure', { className: ['gallery'], dataGallery: 'text' }, [], at, lines);
          children.push(list);
        }
        list.children.push(element('img', { alt: itemText }, [], at, lines));
      } else {
        if (!list) {
          list = element('ul', {}, [], at, lines);
          children.push(list);
        }
        list.children.push(element('li', {}, [textNode(itemText, at.start, at.end, lines)], at, lines));
      }
      extendEnd(list, at.end, lines);
      galleryPending = false;
      continue;
    }
    list = undefined;
    if (GALLERY_LABEL.test(trimmed)) {
      flushParagraph();
      children.push(element('p', {}, [textNode(trimmed, start, end, lines)], { start, end }, lines));
      galleryPending = true;
      continue;
    }
    galleryPending = false;
    if (paragraph) paragraph.end = end;
    else paragraph = { start, end };
  }
  flushParagraph();
  return {
    hast: { type: 'root', children, position: position(0, source.length, lines) },
    title,
  };
}

function element(
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
  at: { start: number; end: number },
  lines: LineIndex,
): Element {
  return { type: 'element', tagName, properties, children, position: position(at.start, at.end, lines) };
}

function textNode(value: string, start: number, end: number, lines: LineIndex): ElementContent {
  return { type: 'text', value, position: position(start, end, lines) };
}

function extendEnd(el: Element, end: number, lines: LineIndex) {
  if (el.position) el.position.end = toPoint(end, lines);
}

function position(start: number, end: number, lines: LineIndex) {
  return { start: toPoint(start, lines), end: toPoint(end, lines) };
}

function toPoint(offset: number, lines: LineIndex) {
  const p = lines.point(offset);
  return { line: p.line, column: p.column, offset };
}
