import { defineRule } from '../src/engine/rule.js';
import { altTexts } from '../src/indexes/images.js';

/** An alt longer than `max` characters (G94, G95): a long alt cannot be paused, re-read or
 * skimmed like text; what does not fit a short alt belongs in a caption or long description. */
export default defineRule<{ max: number }>({
  id: 'img-alt-too-long',
  severity: 'warning',
  wcag: ['1.1.1'],
  techniques: ['G94', 'G95'],
  tags: ['images'],
  description: { en: 'Image description is too long', pl: 'Opis obrazu jest za długi' },
  why: {
    en: 'Screen readers read an alt in one go: it cannot be navigated word by word in many of them, and long ones are tiring and easy to lose.',
    pl: 'Czytnik ekranu czyta opis alternatywny jednym ciągiem — w wielu nie da się go przeglądać po słowie — a długi opis męczy i łatwo się w nim zgubić.',
  },
  fix: {
    en: 'Keep the alt to the essentials (about a sentence) and put details in a caption or the text next to the image.',
    pl: 'Zostaw w opisie to, co najważniejsze (mniej więcej jedno zdanie), a szczegóły przenieś do podpisu albo tekstu obok obrazu.',
  },
  messages: {
    tooLong: {
      en: 'The image description has {length} characters (more than {max}): move details to a caption or the text.',
      pl: 'Opis obrazu ma {length} znaków (więcej niż {max}): przenieś szczegóły do podpisu albo treści.',
    },
  },
  options: {
    max: {
      type: 'number',
      default: 150,
      description: { en: 'Longest alt, in characters.', pl: 'Największa długość opisu w znakach.' },
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A paragraph in the alt',
        format: 'html',
        content: `<img src="a.jpg" alt="${'Uczestnicy warsztatów siedzą przy stołach ustawionych w podkowę, '.repeat(3)}">`,
        expected: [{ line: 1, messageId: 'tooLong' }],
      },
    ],
    correct: [
      {
        title: 'One sentence',
        format: 'html',
        content: '<img src="a.jpg" alt="Uczestnicy warsztatów przy stołach">',
      },
    ],
  },
  check({ index, post, options, report }) {
    for (const alt of altTexts(index, post.meta)) {
      const length = [...alt.text.replace(/\s+/g, ' ').trim()].length;
      if (length <= options.max) continue;
      report({
        position: alt.position,
        field: alt.field,
        messageId: 'tooLong',
        data: { length, max: options.max },
        excerpt: alt.text,
      });
    }
  },
});
