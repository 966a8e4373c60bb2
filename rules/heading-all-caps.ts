import { defineRule } from '../src/engine/rule.js';

/** A heading typed in capitals: harder to read, and some screen readers spell it out. */
export default defineRule({
  id: 'heading-all-caps',
  severity: 'info',
  wcag: [],
  tags: ['headings'],
  description: { en: 'Heading typed in capitals', pl: 'Nagłówek napisany wielkimi literami' },
  why: {
    en: 'Text in capitals is harder to read, especially for people with dyslexia, and some screen readers spell capitalised words letter by letter.',
    pl: 'Tekst wielkimi literami czyta się trudniej, zwłaszcza osobom z dysleksją, a niektóre czytniki ekranu literują wyrazy pisane wielkimi literami.',
  },
  fix: {
    en: 'Write the heading in normal case; if the design wants capitals, use CSS text-transform.',
    pl: 'Napisz nagłówek normalnie; jeśli projekt wymaga wielkich liter, użyj CSS text-transform.',
  },
  messages: {
    caps: {
      en: 'The heading "{text}" is typed in capitals.',
      pl: 'Nagłówek „{text}” jest napisany wielkimi literami.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Capitals typed in',
        format: 'markdown',
        content: '## WOJEWÓDZTWO ŁÓDZKIE\n',
        expected: [{ line: 1, messageId: 'caps' }],
      },
    ],
    correct: [
      { title: 'Normal case', format: 'markdown', content: '## Województwo łódzkie\n' },
      { title: 'An acronym is not shouting', format: 'markdown', content: '## NATO i UE\n' },
    ],
  },
  check({ index, lang, report }) {
    for (const heading of index.headings) {
      if (!isShouting(heading.text)) continue;
      report({
        node: heading.element,
        messageId: 'caps',
        data: { text: heading.text },
        excerpt: heading.text,
        suggestion: sentenceCase(heading.text, lang),
      });
    }
  },
});

/** No lower-case letter, at least two words of capitals, one of them too long to be an acronym. */
function isShouting(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const words = text.split(/[^\p{L}]+/u).filter((w) => [...w].length >= 2 && /^\p{Lu}+$/u.test(w));
  return words.length >= 2 && words.some((w) => [...w].length >= 6);
}

function sentenceCase(text: string, lang: string): string {
  const lower = text.toLocaleLowerCase(lang);
  const i = lower.search(/\p{L}/u);
  return i < 0 ? lower : lower.slice(0, i) + lower.charAt(i).toLocaleUpperCase(lang) + lower.slice(i + 1);
}
