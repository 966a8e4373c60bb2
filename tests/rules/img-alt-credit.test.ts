import { md, ruleTester } from '../helpers/rule-tester.js';

const img = (alt: string, lang = 'en') => md(`![${alt}](a.jpg)\n`, { lang });

ruleTester('img-alt-credit', {
  valid: [
    { name: 'en: photo by the lake', content: img('Children taking a photo by the lake') },
    { name: 'en: a photographer as subject', content: img('A photographer adjusting a tripod') },
    { name: 'en: photo: then a description', content: img('Photo: children planting trees') },
    { name: 'pl: fotografia jako temat', content: img('Wystawa fotografii w holu urzędu', 'pl') },
    { name: 'de: Fotograf als Motiv', content: img('Ein Fotograf bei der Arbeit', 'de') },
    { name: 'fr: crédit dans la légende', content: img('La mairie illuminée', 'fr') },
    { name: 'es: foto de is ambiguous, not a credit', content: img('Foto de Ana en la plaza', 'es') },
  ],
  invalid: [
    {
      name: 'pl: fot. po opisie',
      content: img('Rynek w Kielcach nocą, fot. Jan Kowalski', 'pl'),
      errors: [{ line: 7, suggestion: 'Rynek w Kielcach nocą', message: /„fot\. Jan Kowalski”/ }],
    },
    {
      name: 'pl: tylko fot.',
      content: img('Fot. archiwum UM', 'pl'),
      errors: [{ line: 7, message: /to tylko informacja o autorze/ }],
    },
    {
      name: 'pl: w nawiasie',
      content: img('Uczestnicy warsztatów (fot. PAP) przy stole', 'pl'),
      errors: [{ line: 7, suggestion: 'Uczestnicy warsztatów przy stole' }],
    },
    {
      name: 'en: photo by a name',
      content: img('Volunteers at the food bank. Photo by Jane Doe'),
      errors: [{ line: 7, suggestion: 'Volunteers at the food bank' }],
    },
    {
      name: 'en: copyright sign',
      content: img('© Reuters'),
      errors: [{ line: 7, message: /only a credit/ }],
    },
    {
      name: 'en: courtesy of',
      content: img('Launch pad at dawn, courtesy of NASA'),
      errors: [{ line: 7, suggestion: 'Launch pad at dawn' }],
    },
    {
      name: 'de: Foto: Name',
      content: img('Rathaus am Abend. Foto: Max Mustermann', 'de'),
      errors: [{ line: 7, suggestion: 'Rathaus am Abend' }],
    },
    {
      name: 'fr: crédit photo',
      content: img('La mairie illuminée – Crédit photo : Jean Dupont', 'fr'),
      errors: [{ line: 7, suggestion: 'La mairie illuminée' }],
    },
    {
      name: 'es: cortesía de',
      content: img('La plaza mayor, cortesía de Ayuntamiento de Madrid', 'es'),
      errors: [{ line: 7, suggestion: 'La plaza mayor' }],
    },
  ],
});
