import { md, ruleTester } from '../helpers/rule-tester.js';

const now = new Date('2026-11-27T12:00:00Z');

ruleTester('date-future', {
  valid: [
    { name: 'a past date', content: md('Text.\n', { date: '2024-03-14' }), now },
    { name: 'today, date only', content: md('Text.\n', { date: '2026-11-27' }), now },
    {
      name: 'tomorrow in floating local time could be today in Kiribati',
      content: md('Text.\n', { date: '2026-11-28' }),
      now,
    },
    { name: 'a draft in the future', content: md('Text.\n', { date: '2099-01-01', draft: 'true' }), now },
    { name: 'a scheduled status', content: md('Text.\n', { date: '2099-01-01', status: 'scheduled' }), now },
    {
      name: 'a floating time a few hours ahead of UTC',
      content: md('Text.\n', { date: '2026-11-27T20:00:00' }),
      now,
    },
    {
      name: 'pl: a future date in the text is not the publication date',
      content: md('Spotkanie 12 grudnia 2099 r.\n', { lang: 'pl' }),
      now,
    },
    {
      name: 'de: a labelled past date',
      format: 'text',
      lang: 'de',
      content: 'Titel\n\nVeröffentlicht am 14. September 2024\n\nText.\n',
      now,
    },
  ],
  invalid: [
    {
      name: 'en: a year typed wrong',
      content: md('Text.\n', { date: '2099-04-28' }),
      now,
      errors: [{ line: 3, message: /2099-04-28/ }],
    },
    {
      name: 'en: an exact instant one hour from now',
      content: md('Text.\n', { date: '2026-11-27T13:00:00Z' }),
      now,
      errors: [{ line: 3 }],
    },
    {
      name: 'pl: labelled field',
      format: 'text',
      lang: 'pl',
      content: 'Tytuł\n\nData opublikowania: 5 listopada 2099\n\nTekst.\n',
      now,
      errors: [{ line: 3 }],
    },
    {
      name: 'fr: Publié le',
      format: 'text',
      lang: 'fr',
      content: 'Titre\n\nPublié le : 3 mai 2098\n\nTexte.\n',
      now,
      errors: [{ line: 3 }],
    },
    {
      name: 'es: Publicado el',
      format: 'text',
      lang: 'es',
      content: 'Título\n\nPublicado el 3 de mayo de 2098\n\nTexto.\n',
      now,
      errors: [{ line: 3 }],
    },
    {
      name: 'the same day from two sources is reported once',
      format: 'html',
      content:
        '<html lang="en"><head><title>x</title><meta property="article:published_time" content="2099-01-02"></head><body><h1>x</h1><p><time class="published" datetime="2099-01-02">2 January 2099</time></p></body></html>',
      now,
      errors: [{ line: 1 }],
    },
  ],
});
