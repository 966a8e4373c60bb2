import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('img-link-no-name', {
  valid: [
    {
      name: 'en: alt names the destination',
      format: 'html',
      content: '<a href="/bip"><img src="bip.png" alt="Public Information Bulletin"></a>',
    },
    {
      name: 'pl: opisany obraz w linku Markdown',
      content: md('[![Biuletyn Informacji Publicznej](bip.png)](https://bip.gov.pl)\n', { lang: 'pl' }),
    },
    {
      name: 'link with text beside the image',
      format: 'html',
      content: '<a href="/x"><img src="x.png" alt=""> Program</a>',
    },
    {
      name: 'aria-label on the link',
      format: 'html',
      content: '<a href="/x" aria-label="Programm"><img src="x.png" alt=""></a>',
    },
    {
      name: 'link title as the name',
      format: 'html',
      content: '<a href="/x" title="Programme"><img src="x.png" alt=""></a>',
    },
    {
      name: 'hidden link',
      format: 'html',
      content: '<a href="/x" aria-hidden="true" tabindex="-1"><img src="x.png" alt=""></a>',
    },
    {
      name: 'es: imagen con alt',
      format: 'html',
      content: '<a href="/x"><img src="x.png" alt="Programa"></a>',
    },
  ],
  invalid: [
    {
      name: 'en: linked logo with alt=""',
      format: 'html',
      content: '<p>\n<a href="https://bip.example.pl"><img src="bip.png" alt=""></a>\n</p>',
      errors: [{ line: 2, message: /"https:\/\/bip\.example\.pl"/, excerpt: 'https://bip.example.pl' }],
    },
    {
      name: 'pl: obraz bez alt w linku Markdown',
      content: md('[![](bip.png)](https://bip.gov.pl)\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /nie ma nazwy/ }],
    },
    {
      name: 'de: zwei Bilder ohne alt',
      format: 'html',
      content: '<a href="/x"><img src="a.png"><img src="b.png" alt=""></a>',
      errors: [{ line: 1 }],
    },
    {
      name: 'fr: image sans alt',
      format: 'html',
      content: '<a href="/x"><img src="a.png"></a>',
      errors: [{ line: 1 }],
    },
  ],
});
