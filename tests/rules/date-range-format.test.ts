import { md, ruleTester } from '../helpers/rule-tester.js';

const pl = (body: string) => md(body, { lang: 'pl' });

ruleTester('date-range-format', {
  valid: [
    {
      name: 'pl: unspaced hyphen is accepted Polish',
      content: pl('W dniach 28-29 kwietnia 2021 r. były warsztaty.\n'),
    },
    { name: 'pl: en dash', content: pl('W dniach 28–29 kwietnia 2021 r.\n') },
    { name: 'pl: od … do …', content: pl('Od 28 do 29 kwietnia 2021 r.\n') },
    { name: 'pl: spaced en dash between full dates', content: pl('Od 28 kwietnia – 3 maja 2021 r.\n') },
    { name: 'en: en dash', content: md('We met on 28–29 April 2021.\n') },
    { name: 'en: words', content: md('We met from 9 to 10 March.\n') },
    { name: 'de: Bis-Strich', content: md('Vom 14.–15. September 2024.\n', { lang: 'de' }) },
    { name: 'fr: du … au …', content: md('Du 28 au 29 avril 2024.\n', { lang: 'fr' }) },
    { name: 'es: guion sin espacios', content: md('Del 28-29 de abril de 2024.\n', { lang: 'es' }) },
    { name: 'a score is not a range', content: md('The match ended 3 - 2 on 28 April.\n') },
    { name: 'a page range is not a date', content: md('See pages 28 - 29.\n') },
    { name: 'times are not dates', content: md('From 10.30 - 12.00 in the hall.\n') },
    { name: 'code is not text', content: md('Run `28.04- 29.04.2021` now.\n') },
    { name: 'a fenced block is not text', content: md('```\n28.04- 29.04.2021\n```\n') },
  ],
  invalid: [
    {
      name: 'pl: the seed title (front matter)',
      content:
        '---\ntitle: "W dniach 28.04- 29.04.2021 r. odbyły się warsztaty"\ndate: 2021-04-29\nlang: pl\n---\n\nTekst.\n',
      errors: [
        {
          line: 2,
          suggestion: '28–29 kwietnia 2021 r.',
          excerpt: '28.04- 29.04.2021 r.',
          message: /od 28 do 29 kwietnia 2021 r\./,
        },
      ],
    },
    {
      name: 'pl: text post title line',
      format: 'text',
      lang: 'pl',
      content: 'W dniach 28.04- 29.04.2021 r. odbyły się warsztaty\n\nData opublikowania: 29.04.2021\n',
      errors: [{ line: 1, suggestion: '28–29 kwietnia 2021 r.' }],
    },
    {
      name: 'pl: one-sided space before the hyphen',
      content: pl('Spotkania 28 -29 kwietnia 2021 r.\n'),
      errors: [{ line: 7, excerpt: '28 -29 kwietnia 2021 r.', suggestion: '28–29 kwietnia 2021 r.' }],
      output: pl('Spotkania 28–29 kwietnia 2021 r.\n'),
    },
    {
      name: 'pl: spaced hyphen',
      content: pl('Spotkania 28 - 29 kwietnia.\n'),
      errors: [{ line: 7, suggestion: '28–29 kwietnia' }],
    },
    {
      name: 'pl: spaced hyphen between two full dates',
      content: pl('Od 28 kwietnia - 3 maja 2021 r.\n'),
      errors: [{ line: 7, suggestion: '28 kwietnia – 3 maja 2021 r.' }],
      output: pl('Od 28 kwietnia – 3 maja 2021 r.\n'),
    },
    {
      name: 'en: one-sided hyphen',
      content: md('Held 28- 29 April 2021.\n'),
      errors: [{ line: 7, suggestion: '28 to 29 April 2021' }],
      output: md('Held 28–29 April 2021.\n'),
    },
    {
      name: 'en: month first',
      content: md('Held June 15 -16, 2023.\n'),
      // Words in the writer's order, not a second, day-first rewording.
      errors: [
        {
          line: 7,
          suggestion: 'June 15 to 16, 2023',
          message:
            'The date range "June 15 -16, 2023" has a dash spaced on one side only; write "June 15 to 16, 2023".',
        },
      ],
    },
    {
      name: 'pl: the alternative in words',
      content: md('Zjazd 28- 29 kwietnia 2021 r.\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /lub „od 28 do 29 kwietnia 2021 r\.”/ }],
      output: md('Zjazd 28–29 kwietnia 2021 r.\n', { lang: 'pl' }),
    },
    {
      name: 'de: one-sided',
      content: md('Am 14.- 15. September 2024.\n', { lang: 'de' }),
      errors: [{ line: 7, suggestion: '14.–15. September 2024' }],
    },
    {
      name: 'fr: one-sided',
      content: md('Les 28 -29 avril 2024.\n', { lang: 'fr' }),
      errors: [{ line: 7, suggestion: '28–29 avril 2024' }],
    },
    {
      name: 'es: one-sided',
      content: md('Los días 28- 29 de abril de 2024.\n', { lang: 'es' }),
      errors: [{ line: 7, suggestion: '28–29 de abril de 2024' }],
      output: md('Los días 28-29 de abril de 2024.\n', { lang: 'es' }),
    },
    {
      name: 'en-US: an unspaced en dash between full dates (Chicago)',
      content: md('Open Aug 10 - Nov 12, 2013.\n'),
      errors: [{ line: 7 }],
      output: md('Open Aug 10–Nov 12, 2013.\n'),
    },
    {
      name: "en-GB: a spaced en rule between dates with spaces (New Hart's Rules)",
      content: md('Held 17 August 2013 -19 August 2013.\n', { lang: 'en-GB' }),
      errors: [{ line: 7 }],
      output: md('Held 17 August 2013 – 19 August 2013.\n', { lang: 'en-GB' }),
    },
    {
      name: 'pl: a range with r. after each date',
      content: pl('Zapisy 28.04.2021 r.- 3.05.2021 r.\n'),
      errors: [{ line: 7 }],
      output: pl('Zapisy 28.04.2021 r. – 3.05.2021 r.\n'),
    },
    {
      name: 'es: between full dates the RAE asks for words, so no dash is offered',
      content: md('Muestra 28 de abril -3 de mayo de 2021.\n', { lang: 'es' }),
      errors: [{ line: 7 }],
      output: null,
    },
    {
      name: 'the seed title in front matter is fixed in place',
      content:
        '---\ntitle: "W dniach 28.04- 29.04.2021 r. odbyły się warsztaty"\ndate: 2021-04-29\nlang: pl\n---\n\nTekst.\n',
      errors: [{ line: 2 }],
      output:
        '---\ntitle: "W dniach 28.04–29.04.2021 r. odbyły się warsztaty"\ndate: 2021-04-29\nlang: pl\n---\n\nTekst.\n',
    },
    {
      name: 'html: title and h1',
      format: 'html',
      content:
        '<!doctype html><html lang="pl"><head>\n<title>Warsztaty 28.04- 29.04.2021 r.</title></head><body>\n<h1>Warsztaty 28.04- 29.04.2021 r.</h1>\n<p>Opublikowano: <time datetime="2021-04-29">29 kwietnia 2021 r.</time></p></body></html>',
      errors: [{ line: 2 }, { line: 3 }],
    },
  ],
});
