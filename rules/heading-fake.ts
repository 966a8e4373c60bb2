import type { Element } from 'hast';
import { defineRule } from '../src/engine/rule.js';
import { collapseWhitespace, headingLevel, textOf } from '../src/hast/util.js';
import type { PostIndex } from '../src/types.js';

interface Options {
  minLength: number;
  maxLength: number;
}

/** Containers a section heading can stand in; a bold line in a list item, cell or quote is not one. */
const SECTION_PARENTS = new Set(['root', 'body', 'main', 'article', 'section', 'div']);
const BOLD = new Set(['strong', 'b']);

/** A paragraph that is only bold text, used as a heading (F2): it looks like one but is not. */
export default defineRule<Options>({
  id: 'heading-fake',
  severity: 'warning',
  wcag: ['1.3.1'],
  techniques: ['F2'],
  tags: ['headings'],
  description: { en: 'Bold text used as a heading', pl: 'Pogrubiony tekst zamiast nagłówka' },
  why: {
    en: 'A bold line looks like a heading, but screen-reader users who jump from heading to heading never reach it.',
    pl: 'Pogrubiona linia wygląda jak nagłówek, ale użytkownicy czytników ekranu, którzy przechodzą od nagłówka do nagłówka, nigdy na nią nie trafią.',
  },
  fix: {
    en: 'Make it a real heading ("## Text" in Markdown, the Heading style in the editor) at the right level.',
    pl: 'Zrób z niej prawdziwy nagłówek („## Tekst” w Markdown, styl „Nagłówek” w edytorze) na właściwym poziomie.',
  },
  messages: {
    fake: {
      en: '"{text}" is bold text standing as a heading; make it a heading (h{level}).',
      pl: '„{text}” to pogrubiony tekst udający nagłówek; zrób z niego nagłówek (h{level}).',
    },
  },
  options: {
    minLength: {
      type: 'number',
      default: 3,
      description: { en: 'Shortest text considered.', pl: 'Najkrótszy rozpatrywany tekst.' },
    },
    maxLength: {
      type: 'number',
      default: 120,
      description: { en: 'Longest text considered.', pl: 'Najdłuższy rozpatrywany tekst.' },
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A bold paragraph before a section',
        format: 'markdown',
        content: '## Program\n\n**Dzień pierwszy**\n\nRejestracja uczestników i powitanie.\n',
        expected: [{ line: 3, messageId: 'fake' }],
      },
    ],
    correct: [
      {
        title: 'A bold label ending with a colon',
        format: 'markdown',
        content: '**Zasoby:**\n\n- Biuro Obsługi Klienta\n',
      },
      {
        title: 'A bold sentence',
        format: 'markdown',
        content: '**Rejestracja jest bezpłatna.**\n\nZapraszamy.\n',
      },
    ],
  },
  check({ index, options, settings, report }) {
    let previousLevel: number | undefined;
    for (const el of index.elements) {
      const level = headingLevel(el);
      if (level !== undefined) {
        previousLevel = level;
        continue;
      }
      if (el.tagName !== 'p' || !isBoldOnly(el)) continue;
      const text = collapseWhitespace(textOf(el));
      const length = [...text].length;
      if (length < options.minLength || length > options.maxLength) continue;
      if (/[.!?:;,…)\]"'”»]$/u.test(text) || !/\p{L}/u.test(text)) continue;
      const parent = index.parent(el);
      const parentName = parent?.type === 'element' ? parent.tagName : parent?.type;
      if (!parentName || !SECTION_PARENTS.has(parentName)) continue;
      if (!followedByContent(el, index)) continue;
      const suggested = Math.min(6, previousLevel === undefined ? settings.startLevel : previousLevel + 1);
      report({
        node: el,
        messageId: 'fake',
        data: { text, level: suggested },
        excerpt: text,
        suggestion: `h${suggested}`,
      });
    }
  },
});

/** Every non-blank child is bold; no link, image or code inside (a bold link is a call to action). */
function isBoldOnly(p: Element): boolean {
  let bold = 0;
  for (const child of p.children) {
    if (child.type === 'text') {
      if (child.value.trim()) return false;
    } else if (child.type === 'element') {
      if (!BOLD.has(child.tagName) || containsAny(child, ['a', 'img', 'code', 'br'])) return false;
      bold++;
    }
  }
  return bold > 0;
}

function containsAny(el: Element, tags: string[]): boolean {
  return el.children.some((c) => c.type === 'element' && (tags.includes(c.tagName) || containsAny(c, tags)));
}

/** The next element sibling exists and is content, not a heading. */
function followedByContent(el: Element, index: PostIndex): boolean {
  const parent = index.parent(el);
  if (!parent) return false;
  const siblings = parent.children;
  for (let i = siblings.indexOf(el) + 1; i < siblings.length; i++) {
    const next = siblings[i]!;
    if (next.type === 'text' && !next.value.trim()) continue;
    if (next.type === 'comment') continue;
    if (next.type !== 'element') return true;
    return headingLevel(next) === undefined && next.tagName !== 'hr';
  }
  return false;
}
