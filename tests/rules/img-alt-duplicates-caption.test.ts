import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('img-alt-duplicates-caption', {
  valid: [
    {
      name: 'a presentational image is not read, so its alt repeats nothing',
      format: 'html',
      content:
        '<p><a href="/lit">This is lit <img src="fire.gif" alt="This is lit" role="presentation"></a></p>',
    },
    {
      name: 'en: caption gives context, alt describes',
      format: 'html',
      content:
        '<figure><img src="a.jpg" alt="Crowd in front of the stage at dusk"><figcaption>Summer festival 2021</figcaption></figure>',
    },
    {
      name: 'pl: tekst obok mówi co innego',
      content: md('![Rynek nocą](a.jpg)\n\nRynek w Kielcach po remoncie.\n', { lang: 'pl' }),
    },
    {
      name: 'linked image with empty alt and text',
      format: 'html',
      content: '<a href="/fb"><img src="fb.png" alt=""> Facebook</a>',
    },
    {
      name: 'de: anders',
      format: 'html',
      content: '<figure><img src="a" alt="Rathaus bei Nacht"><figcaption>Das Rathaus</figcaption></figure>',
    },
    {
      name: 'fr: différent',
      format: 'html',
      content: '<figure><img src="a" alt="Mairie la nuit"><figcaption>La mairie</figcaption></figure>',
    },
    {
      name: 'es: distinto',
      format: 'html',
      content: '<figure><img src="a" alt="Plaza de noche"><figcaption>La plaza</figcaption></figure>',
    },
  ],
  invalid: [
    {
      name: 'pl: podpis powtarza opis',
      format: 'html',
      lang: 'pl',
      content:
        '<figure>\n<img src="a.jpg" alt="Rynek w Kielcach">\n<figcaption>Rynek w Kielcach.</figcaption>\n</figure>',
      errors: [{ line: 2, message: /taki sam jak jego podpis/ }],
    },
    {
      name: 'en: link text repeats the alt',
      format: 'html',
      content: '<a href="/fb"><img src="fb.png" alt="Facebook"> Facebook</a>',
      errors: [{ line: 1, message: /link text/ }],
    },
    {
      name: 'en: paragraph right after repeats the alt',
      content: md('![Annual report 2023](cover.png)\n\nAnnual report 2023\n'),
      errors: [{ line: 7, message: /text next to it/ }],
    },
    {
      name: 'de: Bildunterschrift gleich',
      format: 'html',
      content: '<figure><img src="a" alt="Das Rathaus"><figcaption>das Rathaus</figcaption></figure>',
      errors: [{ line: 1 }],
    },
    {
      name: 'fr: légende identique',
      format: 'html',
      content: '<figure><img src="a" alt="La mairie"><figcaption>La mairie</figcaption></figure>',
      errors: [{ line: 1 }],
    },
    {
      name: 'es: pie de foto idéntico',
      format: 'html',
      content: '<figure><img src="a" alt="La plaza"><figcaption>La plaza</figcaption></figure>',
      errors: [{ line: 1 }],
    },
  ],
});
