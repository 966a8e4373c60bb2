import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('date-ambiguous', {
  valid: [
    { name: 'pl: 28.04.2021 is the Polish form', content: md('Spotkanie 28.04.2021 r.\n', { lang: 'pl' }) },
    { name: 'pl: 04.05.2021 is the Polish form', content: md('Spotkanie 04.05.2021 r.\n', { lang: 'pl' }) },
    { name: 'de: 04.05.2021 is the German form', content: md('Treffen am 04.05.2021.\n', { lang: 'de' }) },
    { name: 'en: 28/04/2021 cannot be swapped', content: md('Held on 28/04/2021.\n') },
    { name: 'en: ISO', content: md('Held on 2021-04-05.\n') },
    { name: 'en: same day and month', content: md('Held on 05/05/2021.\n') },
    { name: 'en: version 1.2.3', content: md('Upgrade to 1.2.3 today.\n') },
    { name: 'en: v2.10.2021 is a version', content: md('Upgrade to v2.10.2021 today.\n') },
    { name: 'en: version word', content: md('Upgrade to version 2.10.2021 today.\n') },
    { name: 'fr: times 10.30', content: md('Rendez-vous à 10.30 ou 11.45.\n', { lang: 'fr' }) },
    { name: 'es: score 3-2', content: md('Ganamos 3-2 el domingo.\n', { lang: 'es' }) },
    { name: 'en: phone number', content: md('Call 555-12-34 or 01 23 45 67 89.\n') },
    { name: 'en: IP address', content: md('Server 192.168.10.12 is down.\n') },
    { name: 'en: money', content: md('It costs $1,204.50.\n') },
    { name: 'en: URL', content: md('See https://example.com/04/05/2021/post.\n') },
    { name: 'en: code', content: md('Run `date 04/05/2021`.\n') },
    { name: 'en: Microsoft KB and bulletin numbers', content: md('See KB 925568 and MS07-042.\n') },
  ],
  invalid: [
    {
      name: 'en: 04/05/2021',
      content: md('The fair opens on 04/05/2021.\n'),
      errors: [{ line: 7, excerpt: '04/05/2021', suggestion: 'April 5, 2021', message: /5 May|May 4/ }],
    },
    {
      name: 'pl: slashes are ambiguous in any language',
      content: md('Targi 04/05/2021.\n', { lang: 'pl' }),
      errors: [{ line: 7, suggestion: '4 maja 2021' }],
    },
    {
      name: 'pl: two-digit year',
      content: md('Spotkanie 28.04.21 r.\n', { lang: 'pl' }),
      errors: [{ line: 7, suggestion: '28 kwietnia 2021 r.', message: /dwucyfrowy/ }],
    },
    {
      name: 'de: slashes',
      content: md('Treffen am 04/05/2021.\n', { lang: 'de' }),
      errors: [{ line: 7, suggestion: '4. Mai 2021' }],
    },
    {
      name: 'fr: slashes',
      content: md('Réunion le 04/05/2021.\n', { lang: 'fr' }),
      errors: [{ line: 7, suggestion: '4 mai 2021' }],
    },
    {
      name: 'es: slashes',
      content: md('Reunión el 04/05/2021.\n', { lang: 'es' }),
      errors: [{ line: 7, suggestion: '4 de mayo de 2021' }],
    },
    {
      name: 'en: dotted dates are not the English form',
      content: md('Held on 04.05.2021.\n'),
      errors: [{ line: 7 }],
    },
  ],
});
