import { defineRule } from '../src/engine/rule.js';

/** A heading more than one level deeper than the one before (G141): h2 → h4 hides a level. */
export default defineRule({
  id: 'heading-level-skip',
  severity: 'error',
  wcag: ['1.3.1'],
  techniques: ['G141'],
  tags: ['headings'],
  description: { en: 'Heading level skipped', pl: 'Pominięty poziom nagłówka' },
  why: {
    en: 'Heading levels are the outline a screen reader offers; a skipped level suggests a missing section and breaks navigation by level.',
    pl: 'Poziomy nagłówków tworzą spis treści, który podaje czytnik ekranu; pominięty poziom sugeruje brakującą sekcję i psuje nawigację po poziomach.',
  },
  fix: {
    en: 'Use the next level down (h2 → h3), and change the look with styles, not with the heading level.',
    pl: 'Użyj kolejnego poziomu (h2 → h3), a wygląd zmieniaj stylami, nie poziomem nagłówka.',
  },
  messages: {
    skip: {
      en: 'Heading level jumps from h{from} to h{to}: "{text}".',
      pl: 'Poziom nagłówka przeskakuje z h{from} na h{to}: „{text}”.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'h2 followed by h4',
        format: 'markdown',
        content: '## Program\n\n#### Dzień pierwszy\n',
        expected: [{ line: 3, messageId: 'skip' }],
      },
    ],
    correct: [
      {
        title: 'Levels one step at a time',
        format: 'markdown',
        content: '## Program\n\n### Dzień pierwszy\n\n## Kontakt\n',
      },
    ],
  },
  check({ index, report }) {
    let previous: number | undefined;
    for (const heading of index.headings) {
      // The first heading's level is heading-first-level's concern, so one problem gets one finding.
      if (previous !== undefined && heading.level > previous + 1) {
        report({
          node: heading.element,
          messageId: 'skip',
          data: { from: previous, to: heading.level, text: heading.text },
          excerpt: heading.text,
          suggestion: `h${previous + 1}`,
        });
      }
      previous = heading.level;
    }
  },
});
