import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('img-alt-duplicate', {
  valid: [
    {
      name: 'en: the same picture twice',
      content: md('![Project logo](logo.png)\n\nText.\n\n![Project logo](logo.png)\n'),
    },
    { name: 'pl: różne opisy', content: md('![Sala obrad](a.jpg)\n\n![Scena](b.jpg)\n', { lang: 'pl' }) },
    {
      name: 'placeholders are the placeholder rule’s',
      content: md('![zdjęcie](a.jpg)\n\n![zdjęcie](b.jpg)\n', { lang: 'pl' }),
    },
    {
      name: 'text export galleries have no src to compare',
      format: 'text',
      content: 'Tytuł\n\nGaleria zdjęć\n\n  • Sala\n  • Sala\n',
      lang: 'pl',
    },
    { name: 'de: verschiedene', content: md('![Rathaus](a.jpg)\n![Markt](b.jpg)\n', { lang: 'de' }) },
    { name: 'fr: différentes', content: md('![Mairie](a.jpg)\n![Port](b.jpg)\n', { lang: 'fr' }) },
    { name: 'es: distintas', content: md('![Plaza](a.jpg)\n![Puerto](b.jpg)\n', { lang: 'es' }) },
  ],
  invalid: [
    {
      name: 'en: two photos, one description',
      content: md('![Volunteers at the desk](a.jpg)\n\nText.\n\n![Volunteers at the desk](b.jpg)\n'),
      errors: [{ line: 11, message: /line 7/ }],
    },
    {
      name: 'pl: różna wielkość liter i kropka',
      content: md('![Uczestnicy warsztatów](a.jpg)\n\n![uczestnicy warsztatów.](b.jpg)\n', { lang: 'pl' }),
      errors: [{ line: 9, message: /wierszu 7/ }],
    },
    {
      name: 'de, fr, es: three images, two reports',
      content: md('![Rathaus](a.jpg)\n![Rathaus](b.jpg)\n![Rathaus](c.jpg)\n', { lang: 'de' }),
      errors: [{ line: 8 }, { line: 9 }],
    },
    {
      name: 'HTML and Markdown images together',
      content: md('![Plaza mayor](a.jpg)\n\n<img src="b.jpg" alt="Plaza Mayor">\n', { lang: 'es' }),
      errors: [{ line: 9 }],
    },
    {
      name: 'fr',
      content: md('![La mairie](a.jpg)\n\n![La mairie](b.jpg)\n', { lang: 'fr' }),
      errors: [{ line: 9 }],
    },
  ],
});
