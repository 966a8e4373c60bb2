import { md, ruleTester } from '../helpers/rule-tester.js';

const img = (alt: string, lang = 'en') => md(`![${alt}](a.jpg)\n`, { lang });
const long = (sentence: string) => `${sentence} `.repeat(Math.ceil(160 / sentence.length)).trim();

ruleTester('img-alt-too-long', {
  valid: [
    { name: 'en: exactly 150 characters', content: img('x'.repeat(150)) },
    { name: 'pl: 150 znaków z ogonkami liczonych jako znaki', content: img('ż'.repeat(150), 'pl') },
    { name: 'de: kurz', content: img('Rathaus am Abend', 'de') },
    { name: 'fr: court', content: img('La mairie illuminée', 'fr') },
    { name: 'es: corto', content: img('La plaza mayor', 'es') },
    { name: 'a higher max from options', content: img('x'.repeat(180)), options: { max: 200 } },
  ],
  invalid: [
    {
      name: 'en: 151 characters',
      content: img('x'.repeat(151)),
      errors: [{ line: 7, message: /151 characters/ }],
    },
    {
      name: 'pl: długi opis',
      content: img(long('Uczestnicy warsztatów siedzą przy stołach ustawionych w podkowę.'), 'pl'),
      errors: [{ line: 7, message: /znaków \(więcej niż 150\)/ }],
    },
    {
      name: 'de: lang',
      content: img(long('Die Bürgermeisterin eröffnet das Fest.'), 'de'),
      errors: [{ line: 7 }],
    },
    {
      name: 'fr: long',
      content: img(long('La maire ouvre la fête du quartier.'), 'fr'),
      errors: [{ line: 7 }],
    },
    {
      name: 'es: largo',
      content: img(long('La alcaldesa inaugura la fiesta.'), 'es'),
      errors: [{ line: 7 }],
    },
    {
      name: 'a lower max from options',
      content: img('Twenty characters ok'),
      options: { max: 10 },
      errors: [{ line: 7 }],
    },
  ],
});
