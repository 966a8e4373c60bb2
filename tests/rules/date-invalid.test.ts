import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('date-invalid', {
  valid: [
    { name: 'leap day in a leap year', content: md('Text.\n', { date: '2024-02-29' }) },
    {
      name: 'digitalgov date with offset and one-digit hour',
      content: md('Text.\n', { date: '2013-10-30 8:45:15 -0400' }),
    },
    { name: 'RSS date', content: md('Text.\n', { date: '"Mon, 02 Jan 2006 15:04:05 -0700"' }) },
    { name: 'pl: 28.04.2021 in text', content: md('Spotkanie 28.04.2021 r.\n', { lang: 'pl' }) },
    { name: 'en: 31 March', content: md('Due 31 March 2024.\n') },
    { name: 'de: 29. Februar 2024', content: md('Am 29. Februar 2024.\n', { lang: 'de' }) },
    { name: 'fr: 31 mai', content: md('Le 31 mai 2024.\n', { lang: 'fr' }) },
    { name: 'es: 30 de abril', content: md('El 30 de abril de 2024.\n', { lang: 'es' }) },
    {
      name: 'a number that is not a date shape is left alone',
      content: md('Codes 13/13/2021 and 45.67.2021.\n'),
    },
    { name: 'an unknown value is not called invalid', content: md('Text.\n', { date: 'spring 2021' }) },
    { name: 'a version', content: md('Use v31.02.2021.\n') },
    {
      name: 'a valid <time datetime>',
      format: 'html',
      content: '<h1>x</h1><p><time datetime="2021-04-28T10:00:00+02:00">28 April</time></p>',
    },
  ],
  invalid: [
    {
      name: 'February 30 in front matter',
      content: md('Text.\n', { date: '2021-02-30' }),
      errors: [{ line: 3, message: /in front matter "date" is not/ }],
    },
    {
      name: 'month 13 in an update field',
      content: md('Text.\n', { updated: '2021-13-01' }),
      errors: [{ line: 5, message: /month 13/ }],
    },
    { name: 'hour 25', content: md('Text.\n', { date: '2021-04-28 25:00:00' }), errors: [{ line: 3 }] },
    {
      name: 'pl: 31 kwietnia 2021 in text',
      content: md('Spotkanie 31 kwietnia 2021 r.\n', { lang: 'pl' }),
      errors: [{ line: 7, excerpt: '31 kwietnia 2021 r.' }],
    },
    {
      name: 'pl: 31.04.2021',
      content: md('Spotkanie 31.04.2021 r.\n', { lang: 'pl' }),
      errors: [{ line: 7 }],
    },
    { name: 'en: 2021-02-30 in text', content: md('Released 2021-02-30.\n'), errors: [{ line: 7 }] },
    {
      name: 'de: 30. Februar 2023',
      content: md('Am 30. Februar 2023.\n', { lang: 'de' }),
      errors: [{ line: 7 }],
    },
    { name: 'fr: 31 juin 2024', content: md('Le 31 juin 2024.\n', { lang: 'fr' }), errors: [{ line: 7 }] },
    {
      name: 'es: 31 de abril de 2024',
      content: md('El 31 de abril de 2024.\n', { lang: 'es' }),
      errors: [{ line: 7 }],
    },
    {
      name: 'an impossible <time datetime>',
      format: 'html',
      content: '<h1>x</h1>\n<p><time datetime="2021-02-30">30 lutego</time></p>',
      errors: [{ line: 2 }],
    },
  ],
});
