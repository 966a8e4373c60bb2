import { md, ruleTester } from '../helpers/rule-tester.js';

const page = (head: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>x</title>${head}</head><body><h1>x</h1>\n${body}</body></html>`;

ruleTester('date-inconsistent', {
  valid: [
    {
      name: 'en: same day everywhere',
      format: 'html',
      content: page(
        '<meta property="article:published_time" content="2021-04-28T09:00:00+02:00">',
        '<p>Published <time datetime="2021-04-28">28 April 2021</time></p>',
      ),
    },
    {
      name: 'pl: visible date and front matter agree',
      content: md('Opublikowano: 28 kwietnia 2021\n', { date: '2021-04-28', lang: 'pl' }),
    },
    {
      name: 'a UTC time late in the day and the next local day',
      format: 'html',
      content: page('', '<p><time datetime="2021-04-28T23:30:00Z">29 April 2021</time></p>'),
    },
    {
      name: 'the file name date is not compared',
      path: '_posts/2021-04-20-x.md',
      content: md('x\n', { date: '2021-04-28' }),
    },
    {
      name: 'de: gleiches Datum',
      format: 'html',
      content: page('', '<p><time datetime="2024-09-14">14. September 2024</time></p>', 'de'),
    },
    {
      name: 'fr: même date',
      format: 'html',
      content: page('', '<p><time datetime="2024-05-03">3 mai 2024</time></p>', 'fr'),
    },
    {
      name: 'es: misma fecha',
      format: 'html',
      content: page('', '<p><time datetime="2024-05-03">3 de mayo de 2024</time></p>', 'es'),
    },
    {
      name: 'a swappable visible date is not judged',
      format: 'html',
      content: page('', '<p><time datetime="2021-05-04">04/05/2021</time></p>'),
    },
  ],
  invalid: [
    {
      name: 'en: time text and datetime differ',
      format: 'html',
      content: page('', '<p>Published <time datetime="2021-04-28">3 May 2021</time></p>'),
      errors: [{ line: 2, message: /3 May 2021/ }],
    },
    {
      name: 'pl: visible field and front matter differ',
      content: md('Opublikowano: 5 listopada 2007\n', { date: '2008-01-10', lang: 'pl' }),
      errors: [{ line: 7, message: /2007-11-05/ }],
    },
    {
      name: 'meta tag and JSON-LD differ',
      format: 'html',
      content: page(
        '<meta property="article:published_time" content="2021-04-28"><script type="application/ld+json">{"datePublished":"2021-05-28"}</script>',
        '<p>x</p>',
      ),
      errors: [{ line: 1 }],
    },
    {
      name: 'de: sichtbares Datum weicht ab',
      format: 'html',
      content: page('', '<p><time datetime="2024-09-14">16. September 2024</time></p>', 'de'),
      errors: [{ line: 2 }],
    },
  ],
});
