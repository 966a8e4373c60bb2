import { md, ruleTester } from '../helpers/rule-tester.js';

const LONG_PL = 'Spotkanie Grupy Tematycznej ds. diagnozy sektora ekonomii społecznej '.repeat(3).trim();

ruleTester('heading-too-long', {
  valid: [
    { name: 'short heading', content: md('## Program spotkania\n') },
    { name: 'exactly 160 characters', content: md(`## ${'a'.repeat(160)}\n`) },
    { name: '160 letters with diacritics count as 160', content: md(`## ${'ż'.repeat(160)}\n`) },
    {
      name: 'MDX heading ids are not counted',
      content: md(`## ${'a'.repeat(150)} {/*${'b'.repeat(30)}*/}\n`),
    },
    { name: 'long paragraph is not a heading', content: md(`${LONG_PL}\n`) },
  ],
  invalid: [
    {
      name: 'pl: a paragraph as a heading',
      content: md(`## ${LONG_PL}\n`, { lang: 'pl' }),
      errors: [{ line: 7, message: /liczba znaków: 206/ }],
    },
    {
      name: 'max option',
      content: md('## A heading of forty-one characters long!!!\n'),
      options: { max: 40 },
      errors: [{ line: 7, message: /41 characters/ }],
    },
  ],
});
