import { md, ruleTester } from '../helpers/rule-tester.js';

const img = (alt: string, lang = 'en') => md(`![${alt}](a.jpg)\n`, { lang });

ruleTester('img-alt-placeholder', {
  valid: [
    { name: 'en: photo as the subject', content: img('A photographer adjusting a tripod') },
    { name: 'en: image in a longer description', content: img('Image of the new library at night') },
    { name: 'pl: opis ze słowem zdjęcie', content: img('Zdjęcie grupowe absolwentów 2021', 'pl') },
    { name: 'de: Bildhauer', content: img('Bildhauer', 'de') },
    { name: 'fr: photo de groupe', content: img('Photo de groupe des bénévoles', 'fr') },
    { name: 'es: descripción', content: img('Imagen de la plaza mayor', 'es') },
    { name: 'HTML decorative', format: 'html', content: '<img src="a.png" alt="">' },
    { name: 'a product name', content: img('Photoshop') },
  ],
  invalid: [
    {
      name: 'en: image',
      content: img('image'),
      errors: [{ line: 7, excerpt: 'image', message: /only a placeholder/ }],
    },
    { name: 'en: Photo 3', content: img('Photo 3'), errors: [{ line: 7 }] },
    { name: 'en: an image', content: img('An image.'), errors: [{ line: 7 }] },
    { name: 'en: alt text', content: img('alt text'), errors: [{ line: 7 }] },
    {
      name: 'pl: zdjęcie',
      content: img('Zdjęcie', 'pl'),
      errors: [{ line: 7, message: /to tylko wypełniacz/ }],
    },
    { name: 'pl: zdjęcie ilustracyjne', content: img('zdjęcie ilustracyjne', 'pl'), errors: [{ line: 7 }] },
    { name: 'pl: grafika bez ogonków', content: img('GRAFIKA', 'pl'), errors: [{ line: 7 }] },
    { name: 'pl: obrazek nr 2', content: img('obrazek nr 2', 'pl'), errors: [{ line: 7 }] },
    { name: 'pl: fot.', content: img('fot.', 'pl'), errors: [{ line: 7 }] },
    { name: 'de: Symbolbild', content: img('Symbolbild', 'de'), errors: [{ line: 7 }] },
    { name: 'de: Das Bild', content: img('Das Bild', 'de'), errors: [{ line: 7 }] },
    { name: "fr: photo d'illustration", content: img("Photo d'illustration", 'fr'), errors: [{ line: 7 }] },
    { name: 'es: imagen ilustrativa', content: img('Imagen ilustrativa', 'es'), errors: [{ line: 7 }] },
    { name: 'es: foto', content: img('foto', 'es'), errors: [{ line: 7 }] },
    {
      name: 'only punctuation',
      format: 'html',
      content: '<img src="a.png" alt="--">',
      errors: [{ line: 1, message: /has no words/ }],
    },
    {
      name: 'English placeholder in a Polish post',
      content: img('photo', 'pl'),
      errors: [{ line: 7 }],
    },
  ],
});
