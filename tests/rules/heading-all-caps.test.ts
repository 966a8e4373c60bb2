import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('heading-all-caps', {
  valid: [
    { name: 'pl: normal case', content: md('## Województwo łódzkie\n', { lang: 'pl' }) },
    { name: 'en: acronym in a sentence-case heading', content: md('## How NASA uses APIs\n') },
    { name: 'a single acronym', content: md('## FAQ\n') },
    { name: 'short acronyms only', content: md('## GSA FAQ\n') },
    { name: 'capitals in a paragraph are not a heading', content: md('WOJEWÓDZTWO ŁÓDZKIE\n') },
  ],
  invalid: [
    {
      name: 'pl: Unicode capitals count',
      content: md('## WOJEWÓDZTWO ŁÓDZKIE\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /wielkimi literami/, suggestion: 'Województwo łódzkie' }],
    },
    {
      name: 'en',
      content: md('## TECHNOLOGY IS NOT PARTISAN\n'),
      errors: [{ line: 7, suggestion: 'Technology is not partisan' }],
    },
    { name: 'de', content: md('## ÖFFNUNGSZEITEN DER BIBLIOTHEK\n', { lang: 'de' }), errors: [{ line: 7 }] },
    { name: 'fr', content: md('## HORAIRES D’OUVERTURE\n', { lang: 'fr' }), errors: [{ line: 7 }] },
    { name: 'es', content: md('## HORARIO DE ATENCIÓN\n', { lang: 'es' }), errors: [{ line: 7 }] },
  ],
});
