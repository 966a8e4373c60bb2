import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('date-not-machine-readable', {
  valid: [
    {
      name: 'pl: date in <time datetime>',
      format: 'html',
      content: '<h1>x</h1><p>Data opublikowania: <time datetime="2021-04-29">29.04.2021</time></p>',
      lang: 'pl',
    },
    { name: 'Markdown is not judged', content: md('Published: 29 April 2021\n') },
    {
      name: 'an empty field is date-missing, not this rule',
      format: 'html',
      content: '<h1>x</h1><p>Data opublikowania: <span></span></p>',
      lang: 'pl',
    },
    {
      name: 'a label followed by words, not a date',
      format: 'html',
      content: '<h1>x</h1><p>Published: by the press office</p>',
    },
  ],
  invalid: [
    {
      name: 'pl: plain text date',
      format: 'html',
      content: '<h1>x</h1>\n<p>Data opublikowania: 29.04.2021</p>',
      lang: 'pl',
      errors: [{ line: 2, suggestion: '<time datetime="2021-04-29">29.04.2021</time>' }],
    },
    {
      name: 'en: Published',
      format: 'html',
      content: '<h1>x</h1>\n<p>Published: 29 April 2021</p>',
      errors: [{ line: 2 }],
    },
    {
      name: 'de: Veröffentlicht am',
      format: 'html',
      content: '<h1>x</h1>\n<p>Veröffentlicht am 14. September 2024</p>',
      lang: 'de',
      errors: [{ line: 2 }],
    },
    {
      name: 'fr: Publié le',
      format: 'html',
      content: '<h1>x</h1>\n<p>Publié le : 3 mai 2024</p>',
      lang: 'fr',
      errors: [{ line: 2 }],
    },
    {
      name: 'es: Publicado el',
      format: 'html',
      content: '<h1>x</h1>\n<p>Publicado el 3 de mayo de 2024</p>',
      lang: 'es',
      errors: [{ line: 2 }],
    },
  ],
});
