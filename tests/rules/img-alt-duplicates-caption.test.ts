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
      name: 'en: a prefix before a different description is not a duplicate',
      format: 'html',
      content:
        '<figure><img src="a.jpg" alt="Photo of the new library at night"><figcaption>The new library</figcaption></figure>',
    },
    {
      name: 'pl: the inflected rest after "Widok" is not the caption word for word',
      format: 'html',
      lang: 'pl',
      content: '<figure><img src="a.jpg" alt="Widok sali obrad"><figcaption>Sala obrad</figcaption></figure>',
    },
    {
      name: 'es: distinto',
      format: 'html',
      content: '<figure><img src="a" alt="Plaza de noche"><figcaption>La plaza</figcaption></figure>',
    },
  ],
  invalid: [
    {
      name: 'en: the caption repeats the alt but for a prefix a screen reader already says',
      content: md(
        '![Photo of Eric Chouinard, project manager at Health Canada](eric.jpg)\n*Eric Chouinard, project manager at Health Canada*\n',
      ),
      errors: [{ line: 7, message: /text next to it/ }],
    },
    {
      name: 'en: the caption carries the prefix, the alt does not (as after the prefix fix)',
      content: md(
        '![Eric Chouinard, project manager at Health Canada](eric.jpg)\n*Photo of Eric Chouinard, project manager at Health Canada*\n',
      ),
      errors: [{ line: 7, message: /text next to it/ }],
    },
    {
      name: 'pl: „Zdjęcie:” przed podpisem, który powtarza opis',
      format: 'html',
      lang: 'pl',
      content:
        '<figure>\n<img src="a.jpg" alt="Sala obrad urzędu gminy">\n<figcaption>Zdjęcie: sala obrad urzędu gminy</figcaption>\n</figure>',
      errors: [{ line: 2, message: /taki sam jak jego podpis/ }],
    },
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
