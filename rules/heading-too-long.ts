import { defineRule } from '../src/engine/rule.js';

interface Options {
  max: number;
}

/** A heading longer than a sentence (2.4.6): headings label sections, they are not paragraphs. */
export default defineRule<Options>({
  id: 'heading-too-long',
  severity: 'warning',
  wcag: ['2.4.6'],
  tags: ['headings'],
  description: { en: 'Heading is too long', pl: 'Nagłówek jest za długi' },
  why: {
    en: 'People scan headings, and screen-reader users hear them as a list; a paragraph-long heading hides what the section is about.',
    pl: 'Nagłówki się przegląda, a użytkownicy czytników ekranu słyszą je jako listę; nagłówek długi jak akapit ukrywa, o czym jest sekcja.',
  },
  fix: {
    en: 'Keep the heading to a short phrase and move the rest into the first paragraph of the section.',
    pl: 'Skróć nagłówek do krótkiej frazy, a resztę przenieś do pierwszego akapitu sekcji.',
  },
  messages: {
    long: {
      en: 'The heading has {length} characters (more than {max}).',
      pl: 'Nagłówek jest za długi (liczba znaków: {length}, limit: {max}).',
    },
  },
  options: {
    max: {
      type: 'number',
      default: 160,
      description: { en: 'Longest heading, in characters.', pl: 'Najdłuższy nagłówek w znakach.' },
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A whole paragraph marked as a heading',
        format: 'markdown',
        content: `## ${'Spotkanie Grupy Tematycznej ds. diagnozy sektora ekonomii społecznej odbyło się w dniach 28–29 kwietnia 2021 r. '.repeat(2)}\n`,
        expected: [{ line: 1, messageId: 'long' }],
      },
    ],
    correct: [{ title: 'A short heading', format: 'markdown', content: '## Program spotkania\n' }],
  },
  check({ index, options, report }) {
    for (const heading of index.headings) {
      const length = [...heading.text].length;
      if (length <= options.max) continue;
      report({
        node: heading.element,
        messageId: 'long',
        data: { length, max: options.max },
        excerpt: heading.text,
      });
    }
  },
});
