import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('heading-level-skip', {
  valid: [
    {
      name: 'CMS record (JSON) body, levels one at a time',
      format: 'json',
      content: JSON.stringify(
        { title: 'Tytuł', lang: 'pl', date: '2024-03-14', body: '<h2>Program</h2><h3>Dzień</h3>' },
        null,
        2,
      ),
    },
    { name: 'text post has no heading markup', format: 'text', content: 'Tytuł\n\nProgram\n\nTreść.\n' },
    { name: 'en: one level at a time', content: md('## A\n\n### B\n\n## C\n\n### D\n\n#### E\n') },
    { name: 'going back up any number of levels is fine', content: md('## A\n\n### B\n\n#### C\n\n## D\n') },
    { name: 'pl: kolejne poziomy', content: md('## Program\n\n### Dzień pierwszy\n', { lang: 'pl' }) },
    { name: 'headings in code blocks do not count', content: md('## A\n\n```md\n#### not a heading\n```\n') },
    { name: 'a "####" in a blockquote of code', content: md('## A\n\n    #### indented code\n') },
  ],
  invalid: [
    {
      name: 'CMS record (JSON) body: h2 → h4',
      format: 'json',
      content: JSON.stringify(
        { title: 'Tytuł', lang: 'pl', date: '2024-03-14', body: '<h2>Program</h2><h4>Dzień</h4>' },
        null,
        2,
      ),
      errors: [{ line: 1, message: /z h2 na h4/ }],
    },
    {
      name: 'h2 → h4',
      content: md('## Program\n\n#### Day one\n'),
      errors: [{ line: 9, message: /h2 to h4/, suggestion: 'h3' }],
    },
    {
      name: 'pl: h2 → h4',
      content: md('## Program\n\n#### Dzień pierwszy\n', { lang: 'pl' }),
      errors: [{ line: 9, message: /z h2 na h4/ }],
    },
    {
      name: 'de: h2 → h5',
      content: md('## Programm\n\n##### Tag eins\n', { lang: 'de' }),
      errors: [{ line: 9 }],
    },
    {
      name: 'fr: h3 → h5',
      content: md('## A\n\n### Programme\n\n##### Jour un\n', { lang: 'fr' }),
      errors: [{ line: 11 }],
    },
    {
      name: 'es: h2 → h4',
      content: md('## Programa\n\n#### Día uno\n', { lang: 'es' }),
      errors: [{ line: 9 }],
    },
    {
      name: 'HTML h1 → h3',
      format: 'html',
      content: '<h1>News</h1>\n<p>Text</p>\n<h3>Gallery</h3>',
      errors: [{ line: 3 }],
    },
    {
      name: 'raw HTML heading inside Markdown counts',
      content: md('## A\n\n<h4>Deep</h4>\n'),
      errors: [{ line: 9 }],
    },
  ],
});
