import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('date-weekday-mismatch', {
  valid: [
    { name: 'en: Thursday 15 June 2023 is right', content: md('Opens Thursday 15 June 2023.\n') },
    { name: 'en: month first, right', content: md('Opens Thursday, June 15, 2023.\n') },
    { name: 'en: no year, cannot check', content: md('Opens Friday 15 June.\n') },
    {
      name: 'en: a weekday elsewhere in the sentence',
      content: md('On Friday we said 15 June 2023 was late.\n'),
    },
    {
      name: 'pl: w czwartek 28 kwietnia 2022 r.',
      content: md('Spotkanie w czwartek 28 kwietnia 2022 r.\n', { lang: 'pl' }),
    },
    {
      name: 'pl: accusative w środę',
      content: md('Spotkanie w środę 27 kwietnia 2022 r.\n', { lang: 'pl' }),
    },
    { name: 'de: Donnerstag', content: md('Am Donnerstag, dem 14. September 2023.\n', { lang: 'de' }) },
    { name: 'fr: vendredi 3 mai 2024', content: md('Le vendredi 3 mai 2024.\n', { lang: 'fr' }) },
    { name: 'es: viernes 3 de mayo de 2024', content: md('El viernes 3 de mayo de 2024.\n', { lang: 'es' }) },
    { name: 'a weekday in code', content: md('`Friday 15 June 2023`\n') },
    {
      name: "a weekday ending the sentence before is not the date's",
      content: md('Open Monday to Friday. 28 April 2021: closed.\n'),
    },
    {
      name: 'a weekday range against a date range, end to end',
      content: md('Open Wednesday to Friday, 28–30 April 2021.\n'),
    },
    {
      name: 'pl: od środy do piątku',
      content: md('Czynne od środy do piątku, 28–30 kwietnia 2021 r.\n', { lang: 'pl' }),
    },
    {
      name: 'a weekday range before a single date says nothing',
      content: md('Monday–Friday, 28 April 2021.\n'),
    },
  ],
  invalid: [
    {
      name: 'en: Friday 15 June 2023 was a Thursday',
      content: md('The fair opens on Friday 15 June 2023.\n'),
      errors: [
        { line: 7, excerpt: 'Friday 15 June 2023', suggestion: 'Thursday 15 June 2023', message: /Thursday/ },
      ],
    },
    {
      name: 'en: month first with a comma',
      content: md('Open through Monday, April 5th, 2020.\n'),
      errors: [{ line: 7, suggestion: 'Sunday, April 5th, 2020' }],
    },
    {
      name: 'pl: w piątek 28 kwietnia 2022 r.',
      content: md('Spotkanie w piątek 28 kwietnia 2022 r.\n', { lang: 'pl' }),
      errors: [{ line: 7, suggestion: 'czwartek 28 kwietnia 2022 r.' }],
    },
    {
      name: 'pl: accusative w sobotę',
      content: md('Spotkanie w sobotę 27 kwietnia 2022 r.\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /środa/ }],
    },
    {
      name: 'de: Am Freitag, dem 14. September 2023',
      content: md('Am Freitag, dem 14. September 2023.\n', { lang: 'de' }),
      errors: [{ line: 7, suggestion: 'Donnerstag, dem 14. September 2023' }],
    },
    {
      name: 'fr: mardi 1er juin 2018',
      content: md('Le mardi 1er juin 2018.\n', { lang: 'fr' }),
      errors: [
        { line: 7, suggestion: 'vendredi 1er juin 2018', message: /^"mardi 1er juin 2018": 1er juin 2018 / },
      ],
    },
    {
      name: 'es: lunes 3 de mayo de 2024',
      content: md('El lunes 3 de mayo de 2024.\n', { lang: 'es' }),
      errors: [{ line: 7, suggestion: 'viernes 3 de mayo de 2024' }],
    },
    {
      name: 'en: an abbreviated weekday',
      content: md('Tues 28 April 2021 is the day.\n'),
      errors: [{ line: 7, suggestion: 'Wednesday 28 April 2021' }],
    },
    {
      name: 'pl: the weekday of the second date of a range, kept in the genitive',
      content: md('Od środy 28 kwietnia do czwartku 30 kwietnia 2021 r.\n', { lang: 'pl' }),
      errors: [
        {
          line: 7,
          message: /30 kwietnia 2021 r\. to piątek, nie czwartek\.$/,
          suggestion: 'piątku 30 kwietnia 2021 r.',
        },
      ],
    },
    {
      name: 'pl: after "w" the suggestion is in the accusative (w sobotę, not w sobota)',
      content: md('Kolejne spotkanie odbędzie się w piątek, 1 maja 2021 r.\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /to sobota, nie piątek\.$/, suggestion: 'sobotę, 1 maja 2021 r.' }],
    },
    {
      name: 'pl: an accusative weekday is named in the nominative (nie środa, not nie środę)',
      content: md('Spotkanie odbędzie się w środę, 29 kwietnia 2021 r.\n', { lang: 'pl' }),
      errors: [
        { line: 7, message: /to czwartek, nie środa\.$/, suggestion: 'czwartek, 29 kwietnia 2021 r.' },
      ],
    },
    {
      name: 'pl: an abbreviation after "w" takes its case from "w"',
      content: md('Zapraszamy w pt. 1 maja 2021 r.\n', { lang: 'pl' }),
      errors: [{ line: 7, suggestion: 'sobotę 1 maja 2021 r.' }],
    },
    {
      name: 'pl: a weekday standing alone stays in the nominative',
      content: md('Piątek, 1 maja 2021 r. – zebranie.\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /to sobota, nie Piątek\.$/, suggestion: 'Sobota, 1 maja 2021 r.' }],
    },
    {
      name: 'cs: ve středu → ve čtvrtek',
      content: md('Schůze bude ve středu 29. dubna 2021.\n', { lang: 'cs' }),
      errors: [{ line: 7, suggestion: 'čtvrtek 29. dubna 2021', message: /čtvrtek, not a středa\.$/ }],
    },
    {
      name: 'cs: v pátek → v sobotu',
      content: md('Schůze bude v pátek 1. května 2021.\n', { lang: 'cs' }),
      errors: [{ line: 7, suggestion: 'sobotu 1. května 2021' }],
    },
    {
      name: 'uk: у пʼятницю → у суботу',
      content: md('Засідання відбудеться у пʼятницю 1 травня 2021 р.\n', { lang: 'uk' }),
      errors: [{ line: 7, suggestion: 'суботу 1 травня 2021 р.', message: /субота, not a пʼятниця\.$/ }],
    },
    {
      name: 'in an alt text',
      content: md('![Calendar with Tuesday June 1, 2018 selected](a.png)\n'),
      errors: [{ line: 7 }],
    },
  ],
});
