import type { Element } from 'hast';
import { defineRule } from '../src/engine/rule.js';
import { isHiddenFromAccessibility } from '../src/hast/accessible-name.js';
import { textOf } from '../src/hast/util.js';
import type { PostIndex } from '../src/types.js';

/** A link with no text and no accessible name: screen readers announce only "link" or the URL. */
export default defineRule({
  id: 'link-empty',
  severity: 'error',
  wcag: ['2.4.4', '4.1.2'],
  techniques: ['F89'],
  tags: ['links'],
  description: { en: 'Link has no text', pl: 'Link nie ma tekstu' },
  why: {
    en: 'A link without text is announced as "link" or as its address; nobody can tell where it goes, and keyboard users land on an invisible stop.',
    pl: 'Link bez tekstu czytnik ekranu ogłasza jako „link” albo odczytuje jego adres; nie wiadomo, dokąd prowadzi, a użytkownik klawiatury trafia na niewidoczny przystanek.',
  },
  fix: {
    en: 'Put the name of the destination inside the link, or remove the link if it was left over from editing.',
    pl: 'Wpisz w link nazwę strony docelowej albo usuń link, jeśli został po edycji.',
  },
  messages: {
    empty: {
      en: 'The link to "{href}" has no text.',
      pl: 'Link do „{href}” nie ma tekstu.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A Markdown link with no text',
        format: 'markdown',
        content: 'Zobacz [](https://example.org/raport).\n',
        expected: [{ line: 1, messageId: 'empty' }],
      },
    ],
    correct: [
      {
        title: 'A link with text',
        format: 'markdown',
        content: 'Zobacz [raport roczny](https://example.org/raport).\n',
      },
    ],
  },
  check({ index, report }) {
    for (const link of index.links) {
      if (link.name || link.images.length > 0) continue; // image-only links are img-link-no-name's
      if (isHiddenFromAccessibility(link.element) || index.closest(link.element, isHiddenFromAccessibility))
        continue;
      if (splitByAutolink(link.element, index)) continue;
      report({
        node: link.element,
        messageId: 'empty',
        data: { href: link.href },
        excerpt: link.href,
        fingerprintKey: link.href,
      });
    }
  },
});

/** `<a href="…">https://…</a>` in Markdown: GFM turns the address inside into a link of its own, and
 * HTML cannot nest links, so the outer `<a>` ends up empty right before it. The reader sees one link. */
function splitByAutolink(el: Element, index: PostIndex): boolean {
  const parent = index.parent(el);
  if (!parent) return false;
  const siblings = parent.children;
  const next = siblings[siblings.indexOf(el) + 1];
  if (next?.type !== 'element' || next.tagName !== 'a') return false;
  const end = el.position?.end?.offset;
  const start = next.position?.start?.offset;
  if (end !== undefined && start !== undefined && end !== start) return false;
  // The inner link is GFM's: its text is its own address (without the scheme GFM adds).
  const text = textOf(next).trim();
  const href = String(next.properties.href ?? '');
  return (
    text !== '' &&
    href.replace(/^(?:https?:\/\/|mailto:)/, '') === text.replace(/^(?:https?:\/\/|mailto:)/, '')
  );
}
