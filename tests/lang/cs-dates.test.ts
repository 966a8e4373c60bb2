// Czech dates through the date rules: the genitive after a day ("20. května"), the nominative
// as the mistake ("20. květen"), weekdays in their inflected forms, Roman months, and the
// numbers in legal references that are not dates.
import { md, ruleTester } from '../helpers/rule-tester.js';

const cs = (body: string) => md(body, { lang: 'cs', title: 'Oznámení obecního úřadu', date: '2024-05-20' });

ruleTester('date-month-form', {
  valid: [
    { name: 'cs: 20. května 2024', content: cs('Zastupitelstvo zasedá 20. května 2024 od 17 hodin.\n') },
    {
      name: 'cs: nominative with a year only',
      content: cs('Plán akcí na květen 2024 je na úřední desce.\n'),
    },
    { name: 'cs: nominative on its own', content: cs('Květen byl v obci deštivý.\n') },
    { name: 'cs: září is the same in both cases', content: cs('Škola začíná 2. září 2024.\n') },
    { name: 'cs: a range in the genitive', content: cs('Sběr objemného odpadu 20.–22. května 2024.\n') },
    { name: 'cs: numeric date', content: cs('Uzávěrka přihlášek je 20. 5. 2024.\n') },
  ],
  invalid: [
    {
      name: 'cs: 20. květen 2024',
      content: cs('Přihlášky posílejte do 20. květen 2024.\n'),
      errors: [{ line: 7, suggestion: '20. května 2024', message: /května/ }],
      output: cs('Přihlášky posílejte do 20. května 2024.\n'),
    },
    {
      name: 'cs: a capitalised month takes the lower case',
      content: cs('Den otevřených dveří 1. Červen.\n'),
      errors: [{ line: 7, suggestion: '1. června' }],
      output: cs('Den otevřených dveří 1. června.\n'),
    },
    {
      name: 'cs: červenec (July), not červen (June)',
      content: cs('Tábor začíná 15. červenec 2024.\n'),
      errors: [{ line: 7, suggestion: '15. července 2024' }],
    },
    {
      name: 'cs: without diacritics',
      content: cs('Schuze bude 3. brezen 2025.\n'),
      errors: [{ line: 7 }],
    },
  ],
});

ruleTester('date-weekday-mismatch', {
  valid: [
    { name: 'cs: v pondělí 20. května 2024', content: cs('Úřad bude v pondělí 20. května 2024 zavřený.\n') },
    { name: 'cs: ve středu (accusative)', content: cs('Schůze bude ve středu 22. května 2024.\n') },
    { name: 'cs: v pátek 24. V. 2024 (Roman month)', content: cs('Uzávěrka je v pátek 24. V. 2024.\n') },
    { name: 'cs: do soboty (genitive)', content: cs('Výstava je otevřena do soboty 25. května 2024.\n') },
  ],
  invalid: [
    {
      name: 'cs: ve středu 21. května 2024 was a Tuesday',
      content: cs('Schůze bude ve středu 21. května 2024 v sále.\n'),
      errors: [{ line: 7, message: /úterý/ }],
    },
    {
      name: 'cs: a Roman month read as May',
      content: cs('Uzávěrka je v pátek 20. V. 2024.\n'),
      errors: [{ line: 7, message: /pondělí/ }],
    },
  ],
});

ruleTester('date-ambiguous', {
  valid: [
    { name: 'cs: dotted numeric date is day first', content: cs('Termín: 12.05.2024.\n') },
    { name: 'cs: with spaces', content: cs('Termín: 3. 6. 2024.\n') },
    {
      name: 'cs: a law number is not a date',
      content: cs('Podle zákona č. 12/2024 Sb. a vyhlášky č. 3/5/2024 platí od 1. ledna.\n'),
    },
  ],
  invalid: [
    {
      name: 'cs: a two-digit year',
      content: cs('Uzávěrka přihlášek je 20.05.24.\n'),
      errors: [{ line: 7, messageId: 'twoDigitYear' }],
    },
    {
      name: 'cs: a slash date can be swapped',
      content: cs('Uzávěrka přihlášek je 05/06/2024.\n'),
      errors: [{ line: 7, messageId: 'swappable' }],
    },
  ],
});
