import { describe, expect, it } from 'vitest';
import { md, ruleTester, runRule } from '../helpers/rule-tester.js';

ruleTester('date-numeric-in-title', {
  valid: [
    {
      name: 'pl: month in words',
      content: md('Tekst.\n', { lang: 'pl', title: 'Warsztaty 28 kwietnia 2021 r.' }),
    },
    { name: 'pl: numeric date in body text only', content: md('Spotkanie 28.04.2021.\n', { lang: 'pl' }) },
    { name: 'en: version number in title', content: md('Text.\n', { title: 'Release v2.10.2021 notes' }) },
    { name: 'en: semver in heading', content: md('## Version 1.2.3\n\nText.\n') },
    { name: 'en: score in heading', content: md('## Poland wins 3-2\n\nText.\n') },
    { name: 'de: time in heading', content: md('## Beginn 10.30 Uhr\n\nText.\n', { lang: 'de' }) },
    {
      name: 'fr: phone number in heading',
      content: md('## Appelez le 01 23 45 67 89\n\nTexte.\n', { lang: 'fr' }),
    },
    { name: 'es: money in heading', content: md('## Precio 12.50 €\n\nTexto.\n', { lang: 'es' }) },
    { name: 'a KB number', content: md('## Microsoft KB 925568 and MS07-042\n\nText.\n') },
    { name: 'front matter date is metadata, not a title', content: md('Text.\n', { date: '2021-04-28' }) },
  ],
  invalid: [
    {
      name: 'pl: the seed title',
      content: md('Tekst.\n', { lang: 'pl', title: '"W dniach 28.04- 29.04.2021 r. odbyły się warsztaty"' }),
      errors: [{ line: 2, suggestion: '28–29 kwietnia 2021 r.', message: /Tytuł/ }],
    },
    {
      name: 'pl: heading',
      content: md('## Spotkanie 28.04.2021\n\nTekst.\n', { lang: 'pl' }),
      errors: [{ line: 7, suggestion: '28 kwietnia 2021', excerpt: '28.04.2021' }],
      output: md('## Spotkanie 28 kwietnia 2021\n\nTekst.\n', { lang: 'pl' }),
    },
    {
      name: 'en: alt text',
      content: md('![Crowd at the fair on 04/05/2021](a.jpg)\n'),
      errors: [{ line: 7, suggestion: 'April 5, 2021' }],
      output: null,
    },
    {
      name: 'de: heading',
      content: md('## Treffen am 14.09.2024\n\nText.\n', { lang: 'de' }),
      errors: [{ line: 7, suggestion: '14. September 2024' }],
      output: md('## Treffen am 14. September 2024\n\nText.\n', { lang: 'de' }),
    },
    {
      name: 'fr: title',
      content: md('Texte.\n', { lang: 'fr', title: 'Réunion du 03/05/2024' }),
      errors: [{ line: 2, suggestion: '3 mai 2024' }],
    },
    {
      name: 'es: heading',
      content: md('## Reunión 03/05/2024\n\nTexto.\n', { lang: 'es' }),
      errors: [{ line: 7, suggestion: '3 de mayo de 2024' }],
    },
    {
      name: 'html: <title> and <h1>',
      format: 'html',
      content:
        '<!doctype html><html lang="pl"><head>\n<title>Warsztaty 28.04.2021</title></head><body>\n<h1>Warsztaty 28.04.2021</h1>\n<p>Opublikowano: <time datetime="2021-04-29">29 kwietnia 2021 r.</time></p></body></html>',
      errors: [{ line: 2 }, { line: 3 }],
    },
  ],
});

describe('date-numeric-in-title suggestions', () => {
  it('offers both readings of a date whose day and month can be swapped', () => {
    const [finding] = runRule('date-numeric-in-title', {
      name: 'case',
      content: md('## Fair on 04/05/2021\n\nText.\n'),
    });
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.map((s) => s.fix.text)).toEqual(['April 5, 2021', 'May 4, 2021']);
  });
  it('offers the words for an English post without a region, whose word order is a choice', () => {
    const [finding] = runRule('date-numeric-in-title', {
      name: 'case',
      content: md('## Fair on 4/28/2021\n\nText.\n'),
    });
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.map((s) => s.fix.text)).toEqual(['April 28, 2021']);
  });
  it('fixes an en-GB heading, whose order is known', () => {
    const [finding] = runRule('date-numeric-in-title', {
      name: 'case',
      content: md('## Fair on 28/04/2021\n\nText.\n', { lang: 'en-GB' }),
    });
    expect(finding?.fix?.text).toBe('28 April 2021');
  });
});
