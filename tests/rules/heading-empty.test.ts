import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('heading-empty', {
  valid: [
    {
      name: 'CMS record (JSON) heading with text',
      format: 'json',
      content: JSON.stringify(
        { title: 'Tytuł', lang: 'pl', date: '2024-03-14', body: '<h2>Program</h2>' },
        null,
        2,
      ),
    },
    { name: 'en: heading with text', content: md('## Opening hours\n') },
    { name: 'pl: nagłówek z treścią', content: md('## Godziny otwarcia\n', { lang: 'pl' }) },
    { name: 'de: Überschrift', content: md('## Öffnungszeiten\n', { lang: 'de' }) },
    { name: 'fr: titre', content: md("## Horaires d'ouverture\n", { lang: 'fr' }) },
    { name: 'es: encabezado', content: md('## Horario de apertura\n', { lang: 'es' }) },
    {
      name: 'heading named by an image alt',
      format: 'html',
      content: '<h2><img src="logo.png" alt="Annual report"></h2>',
    },
    { name: 'heading named by aria-label', format: 'html', content: '<h2 aria-label="Annual report"></h2>' },
    { name: 'a "#" line in a code block', content: md('```sh\n#\n##\n```\n') },
    {
      name: 'aria-hidden empty heading is not exposed',
      format: 'html',
      content: '<h2 aria-hidden="true"></h2>',
    },
  ],
  invalid: [
    {
      name: 'CMS record (JSON) empty heading',
      format: 'json',
      content: JSON.stringify(
        { title: 'Tytuł', lang: 'pl', date: '2024-03-14', body: '<p>Tekst</p><h2> </h2>' },
        null,
        2,
      ),
      errors: [{ line: 1, message: /h2 jest pusty/ }],
    },
    {
      name: 'Markdown "##" with nothing after',
      content: md('Text.\n\n##\n'),
      errors: [{ line: 9, message: 'h2' }],
    },
    {
      name: 'pl: pusty nagłówek',
      content: md('##\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /jest pusty/ }],
    },
    {
      name: 'HTML heading with only spaces',
      format: 'html',
      content: '<h2>Program</h2>\n<h3> </h3>',
      errors: [{ line: 2 }],
    },
    {
      name: 'heading with an image without alt',
      format: 'html',
      content: '<h2><img src="x.png" alt=""></h2>',
      errors: [{ line: 1 }],
    },
    {
      name: 'role=heading without text',
      format: 'html',
      content: '<div role="heading" aria-level="2"></div>',
      errors: [{ line: 1 }],
    },
  ],
});
