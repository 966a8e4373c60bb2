// Ukrainian dates through the date rules: the genitive after a day ("20 травня 2024 р."), the
// nominative as the mistake ("20 травень"), weekdays in their inflected forms with any of the
// three apostrophes, and Latin look-alike letters inside a Cyrillic month.
import { md, ruleTester } from '../helpers/rule-tester.js';

const uk = (body: string) => md(body, { lang: 'uk', title: 'Оголошення сільської ради', date: '2024-05-20' });

ruleTester('date-month-form', {
  valid: [
    { name: 'uk: 20 травня 2024 р.', content: uk('Сесія відбудеться 20 травня 2024 р. о 10:00.\n') },
    { name: 'uk: року', content: uk('Прийом заяв триває до 31 грудня 2024 року.\n') },
    { name: 'uk: nominative with a year only', content: uk('План заходів на травень 2024 року.\n') },
    { name: 'uk: nominative on its own', content: uk('Травень видався дощовим.\n') },
    { name: 'uk: a range in the genitive', content: uk('Прийом документів 20–22 травня 2024 р.\n') },
  ],
  invalid: [
    {
      name: 'uk: 20 травень 2024',
      content: uk('Заявки приймаються до 20 травень 2024 р.\n'),
      errors: [{ line: 7, suggestion: '20 травня 2024 р.', message: /травня/ }],
      output: uk('Заявки приймаються до 20 травня 2024 р.\n'),
    },
    {
      name: 'uk: a capitalised month takes the lower case',
      content: uk('Свято села 1 Червень.\n'),
      errors: [{ line: 7, suggestion: '1 червня' }],
      output: uk('Свято села 1 червня.\n'),
    },
    {
      name: 'uk: a Latin p inside травень',
      content: uk('Прийом заяв до 20 тpавень 2024 року.\n'),
      errors: [{ line: 7, suggestion: '20 травня 2024 року' }],
      output: uk('Прийом заяв до 20 травня 2024 року.\n'),
    },
  ],
});

ruleTester('date-weekday-mismatch', {
  valid: [
    { name: 'uk: у понеділок 20 травня 2024', content: uk('Рада не працює у понеділок 20 травня 2024 р.\n') },
    { name: 'uk: у середу (accusative)', content: uk('Зустріч у середу 22 травня 2024 р.\n') },
    {
      name: "uk: у п'ятницю with a keyboard apostrophe",
      content: uk("Зустріч у п'ятницю 24 травня 2024 р.\n"),
    },
    { name: 'uk: до суботи (genitive)', content: uk('Виставка працює до суботи 25 травня 2024 р.\n') },
  ],
  invalid: [
    {
      name: 'uk: у пʼятницю 20 травня 2024 was a Monday',
      content: uk('Зустріч у пʼятницю 20 травня 2024 р. у залі.\n'),
      errors: [{ line: 7, message: /понеділок/ }],
    },
    {
      name: 'uk: у п’ятницю with a typographic apostrophe',
      content: uk('Зустріч у п’ятницю 21 травня 2024 р.\n'),
      errors: [{ line: 7, message: /вівторок/ }],
    },
  ],
});

ruleTester('date-ambiguous', {
  valid: [
    { name: 'uk: dotted numeric date is day first', content: uk('Термін подання: 12.05.2024.\n') },
    { name: 'uk: an act number is not a date', content: uk('Рішення № 12.05 від 3 червня 2024 р.\n') },
  ],
  invalid: [
    {
      name: 'uk: a two-digit year',
      content: uk('Термін подання: 20.05.24.\n'),
      errors: [{ line: 7, messageId: 'twoDigitYear' }],
    },
    {
      name: 'uk: a slash date can be swapped',
      content: uk('Термін подання: 05/06/2024.\n'),
      errors: [{ line: 7, messageId: 'swappable' }],
    },
  ],
});
