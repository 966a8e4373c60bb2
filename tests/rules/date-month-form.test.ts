import { md, ruleTester } from '../helpers/rule-tester.js';

const pl = (body: string) => md(body, { lang: 'pl' });

ruleTester('date-month-form', {
  valid: [
    { name: 'genitive after a day', content: pl('Sesja 15 marca 2021 r.\n') },
    { name: 'nominative with a year only', content: pl('Plan na marzec 2021.\n') },
    { name: 'nominative on its own', content: pl('Kwiecień był chłodny.\n') },
    { name: 'range in the genitive', content: pl('W dniach 28-29 kwietnia 2021 r.\n') },
    { name: 'maja', content: pl('Święto 3 maja.\n') },
    { name: 'not Polish: English "15 March"', content: md('Held on 15 March.\n') },
    { name: 'de: 15. März', content: md('Am 15. März.\n', { lang: 'de' }) },
    { name: 'fr: 15 mars', content: md('Le 15 mars.\n', { lang: 'fr' }) },
    { name: 'es: 15 de marzo', content: md('El 15 de marzo.\n', { lang: 'es' }) },
    { name: 'a number before a month name in code', content: pl('`15 marzec`\n') },
    { name: 'a count, not a day', content: pl('Mamy 150 marzec? Nie.\n') },
  ],
  invalid: [
    {
      name: '15 marzec 2021',
      content: pl('Sesja odbędzie się 15 marzec 2021 r.\n'),
      errors: [{ line: 7, suggestion: '15 marca 2021 r.', excerpt: '15 marzec 2021 r.', message: /marca/ }],
      output: pl('Sesja odbędzie się 15 marca 2021 r.\n'),
    },
    { name: '1 maj', content: pl('Pochód 1 maj.\n'), errors: [{ line: 7, suggestion: '1 maja' }] },
    {
      name: "a capitalised month is written in the language's case",
      content: pl('Dnia 3 Październik 2020 r.\n'),
      errors: [{ line: 7, suggestion: '3 października 2020 r.' }],
      output: pl('Dnia 3 października 2020 r.\n'),
    },
    {
      name: 'both ends of a range',
      content: pl('Od 28 kwiecień – 3 maj 2021 r.\n'),
      errors: [{ line: 7 }, { line: 7 }],
      output: pl('Od 28 kwietnia – 3 maja 2021 r.\n'),
    },
    {
      name: 'in a heading',
      content: pl('## Zebranie 12 styczeń\n\nTekst.\n'),
      errors: [{ line: 7, suggestion: '12 stycznia' }],
      output: pl('## Zebranie 12 stycznia\n\nTekst.\n'),
    },
  ],
});
