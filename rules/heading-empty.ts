import { defineRule } from '../src/engine/rule.js';
import { isHiddenFromAccessibility } from '../src/hast/accessible-name.js';

/** Headings with no text (F43, H42): screen-reader users jump between headings and land on nothing. */
export default defineRule({
  id: 'heading-empty',
  severity: 'error',
  wcag: ['1.3.1', '2.4.6'],
  techniques: ['F43', 'H42'],
  tags: ['headings'],
  description: { en: 'Heading has no text', pl: 'Nagłówek nie ma treści' },
  why: {
    en: 'Screen-reader users move through a post by its headings; an empty heading is a stop that says nothing.',
    pl: 'Użytkownicy czytników ekranu poruszają się po tekście nagłówkami; pusty nagłówek to przystanek, który nic nie mówi.',
  },
  fix: {
    en: 'Write the heading text, or remove the heading if it was used only for spacing.',
    pl: 'Wpisz treść nagłówka albo usuń go, jeśli służył tylko do zrobienia odstępu.',
  },
  messages: {
    empty: { en: 'Heading h{level} is empty.', pl: 'Nagłówek h{level} jest pusty.' },
  },
  examples: {
    incorrect: [
      {
        title: 'An empty heading used as a spacer',
        format: 'html',
        content: '<h2>Program</h2>\n<p>Tekst.</p>\n<h3> </h3>',
        expected: [{ line: 3, messageId: 'empty' }],
      },
    ],
    correct: [{ title: 'Heading with text', format: 'markdown', content: '## Program spotkania\n' }],
  },
  check({ index, report }) {
    for (const heading of index.headings) {
      if (heading.name) continue;
      if (isHiddenFromAccessibility(heading.element)) continue;
      report({
        node: heading.element,
        messageId: 'empty',
        data: { level: heading.level },
        fingerprintKey: `h${heading.level}`,
      });
    }
  },
});
