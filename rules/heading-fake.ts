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
const ITALIC = new Set(['em', 'i']);
/**
 * Ends a sentence, a label or a quotation, in any script: `.`, `:`, `…`, `。`, `！`, `」`, `”`, `’`,
 * and `“`, which many posts close a quotation with. A line in quotation marks is a pull quote more
 * often than a heading.
 */
const CLOSING_PUNCTUATION = /[\p{Po}\p{Pe}\p{Pf}\p{Pi}]$/u;
/** What an italic line right after these is: their caption, not a heading. */
const CAPTIONED = new Set([
  'figure',
  'picture',
  'img',
  'pre',
  'table',
  'blockquote',
  'iframe',
  'video',
  'audio',
]);
/**
 * Italic headings are short labels ("SWOT analysis", "Part 2: the lending desk"); a longer italic
 * line is a caption, a byline, a note or a stage direction ("Sound of dog barking and doorbell
 * ringing" in an interview transcript).
 */
const ITALIC_MAX_WORDS = 6;

/**
 * A paragraph that is only bold text, used as a heading (F2): it looks like one but is not. An
 * italic-only paragraph counts too (markdownlint MD036), but only when it reads like a label — a
 * few words, no comma or sentence inside, not right after an image, code block or table — since
 * italic lines in posts are mostly captions, bylines and notes.
 */
export default defineRule<Options>({
  id: 'heading-fake',
  severity: 'warning',
  wcag: ['1.3.1'],
  techniques: ['F2'],
  tags: ['headings'],
  description: {
    en: 'Bold or italic text used as a heading',
    pl: 'Pogrubiony lub pochylony tekst zamiast nagłówka',
  },
  why: {
    en: 'A bold or italic line looks like a heading, but screen-reader users who jump from heading to heading never reach it. An italic line counts only when it reads like a label (a few words, starting with a capital, no comma, not right after an image, table or code block), since italic lines are mostly captions, bylines and notes.',
    pl: 'Pogrubiona lub pochylona linia wygląda jak nagłówek, ale użytkownicy czytników ekranu, którzy przechodzą od nagłówka do nagłówka, nigdy na nią nie trafią. Pochylona linia liczy się tylko wtedy, gdy wygląda jak etykieta (kilka słów, wielka litera na początku, bez przecinka, nie tuż po obrazie, tabeli czy bloku kodu), bo pochylone linie to zwykle podpisy, informacje o autorze i przypisy.',
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
    fakeItalic: {
      en: '"{text}" is an italic line standing as a heading; make it a heading (h{level}).',
      pl: '„{text}” to pochylona linia udająca nagłówek; zrób z niej nagłówek (h{level}).',
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
      {
        title: 'An italic label before a list',
        format: 'markdown',
        content: 'Metody warsztatu:\n\n*Mapa empatii*\n\n- Co użytkownik mówi\n- Co użytkownik robi\n',
        expected: [{ line: 3, messageId: 'fakeItalic' }],
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
      {
        title: 'An italic caption under an image',
        format: 'markdown',
        content:
          '![Uczestnicy przy tablicy](warsztat.jpg)\n\n*Mapa empatii zespołu*\n\nTablica ma cztery pola.\n',
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
      const emphasis = el.tagName === 'p' ? emphasisOnly(el) : undefined;
      if (!emphasis) continue;
      const raw = textOf(el);
      // A heading is one line: bold wrapped over several lines is an emphasised paragraph.
      if (raw.trim().includes('\n')) continue;
      const text = collapseWhitespace(raw);
      const length = [...text].length;
      if (length < options.minLength || length > options.maxLength) continue;
      if (CLOSING_PUNCTUATION.test(text) || !/\p{L}/u.test(text)) continue;
      const parent = index.parent(el);
      const parentName = parent?.type === 'element' ? parent.tagName : parent?.type;
      if (!parentName || !SECTION_PARENTS.has(parentName)) continue;
      if (!followedByContent(el, index)) continue;
      if (emphasis === 'italic' && !readsLikeLabel(el, text, index)) continue;
      const suggested = Math.min(6, previousLevel === undefined ? settings.startLevel : previousLevel + 1);
      report({
        node: el,
        messageId: emphasis === 'italic' ? 'fakeItalic' : 'fake',
        data: { text, level: suggested },
        excerpt: text,
        suggestion: `h${suggested}`,
      });
    }
  },
});

/**
 * `bold` when every non-blank child is bold (or bold inside italic), `italic` when every one is
 * italic only; no link, image or code inside (a bold link is a call to action).
 */
function emphasisOnly(p: Element): 'bold' | 'italic' | undefined {
  let bold = true;
  let any = false;
  for (const child of p.children) {
    if (child.type === 'text') {
      if (child.value.trim()) return undefined;
    } else if (child.type === 'element') {
      const tag = child.tagName;
      if (!BOLD.has(tag) && !ITALIC.has(tag)) return undefined;
      if (containsAny(child, ['a', 'img', 'code', 'br']) || hasComment(child)) return undefined;
      if (!BOLD.has(tag) && !onlyBoldInside(child)) bold = false;
      any = true;
    }
  }
  if (!any) return undefined;
  return bold ? 'bold' : 'italic';
}

/** `_**Text**_`: italic around bold is still a bold line. */
function onlyBoldInside(el: Element): boolean {
  const content = el.children.filter((c) => c.type !== 'text' || c.value.trim());
  return content.length > 0 && content.every((c) => c.type === 'element' && BOLD.has(c.tagName));
}

/** A short label with nothing before it that it could be the caption of. */
function readsLikeLabel(p: Element, text: string, index: PostIndex): boolean {
  if (text.split(' ').length > ITALIC_MAX_WORDS) return false;
  // An aside that starts in lower case ("*crickets chirping*") is part of the prose, not a title.
  if (/^\P{L}*\p{Ll}/u.test(text)) return false;
  // A comma or a sentence inside: "Jane Doe, Department of Agriculture", "Photo by … . Source: …".
  if (/[,;]|[.!?。]\s/u.test(text)) return false;
  const before = previousElement(p, index);
  return !before || !(CAPTIONED.has(before.tagName) || isImageOnly(before));
}

function previousElement(el: Element, index: PostIndex): Element | undefined {
  const parent = index.parent(el);
  if (!parent) return undefined;
  const siblings = parent.children;
  for (let i = siblings.indexOf(el) - 1; i >= 0; i--) {
    const prev = siblings[i]!;
    if (prev.type === 'element') return prev;
    if (prev.type === 'text' && prev.value.trim()) return undefined;
  }
  return undefined;
}

/** A paragraph or link holding nothing but an image. */
function isImageOnly(el: Element): boolean {
  const content = el.children.filter((c) => c.type !== 'text' || c.value.trim());
  return (
    content.length > 0 &&
    content.every(
      (c) => c.type === 'element' && (CAPTIONED.has(c.tagName) || (c.tagName === 'a' && isImageOnly(c))),
    )
  );
}

/** `*Part 6: the <!-- old --> rooms*`: edited markup, left alone (as markdownlint does). */
function hasComment(el: Element): boolean {
  return el.children.some((c) => c.type === 'comment' || (c.type === 'element' && hasComment(c)));
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
