import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('date-modified-before-published', {
  valid: [
    { name: 'updated after', content: md('Text.\n', { date: '2021-04-28', updated: '2021-05-02' }) },
    {
      name: 'updated the same day',
      content: md('Text.\n', { date: '2021-04-28T10:00:00Z', updated: '2021-04-28' }),
    },
    {
      name: 'local and UTC of the same moment',
      content: md('Text.\n', { date: '2021-04-28T10:00:00+02:00', lastmod: '2021-04-28T08:30:00Z' }),
    },
    {
      name: 'pl: visible fields in order',
      format: 'text',
      lang: 'pl',
      content: 'Tytuł\n\nOpublikowano: 5 listopada 2007 | Zaktualizowano: 11 grudnia 2007\n\nTekst.\n',
    },
    {
      name: 'a visible update is not compared with a front matter date',
      content: md('Updated: 11 December 2007\n', { date: '2017-01-01' }),
    },
    {
      name: 'de: sichtbar',
      format: 'text',
      lang: 'de',
      content: 'Titel\n\nVeröffentlicht am 14. September 2024 | Aktualisiert am 15. September 2024\n',
    },
  ],
  invalid: [
    {
      name: 'en: updated a year before',
      content: md('Text.\n', { date: '2021-04-28', updated: '2020-04-28' }),
      errors: [{ line: 5, message: /2020-04-28/ }],
    },
    {
      name: 'pl: Zaktualizowano before Opublikowano',
      format: 'text',
      lang: 'pl',
      content: 'Tytuł\n\nOpublikowano: 5 listopada 2007 | Zaktualizowano: 11 października 2007\n\nTekst.\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'fr: mis à jour avant',
      format: 'text',
      lang: 'fr',
      content: 'Titre\n\nPublié le : 3 mai 2024\n\nMis à jour le : 2 mai 2024\n',
      errors: [{ line: 5 }],
    },
    {
      name: 'es: actualizado antes',
      format: 'text',
      lang: 'es',
      content: 'Título\n\nPublicado el 3 de mayo de 2024\n\nActualizado el 1 de mayo de 2024\n',
      errors: [{ line: 5 }],
    },
    {
      name: 'UTC instants a minute apart',
      content: md('Text.\n', { date: '2021-04-28T10:00:00Z', modified: '2021-04-28T09:59:00Z' }),
      errors: [{ line: 5 }],
    },
  ],
});
