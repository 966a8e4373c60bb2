import { md, ruleTester } from '../helpers/rule-tester.js';
import { zolaTitleH2 } from '../site/profiles.js';

ruleTester('heading-h1-in-body', {
  valid: [
    {
      name: 'titleLevel "none": the first body h1 is the title',
      content: md('# Program\n\n## Day one\n'),
      config: { titleLevel: 'none' },
    },
    {
      name: 'titleAsH1: false still works (the old spelling)',
      content: md('# Program\n\n## Day one\n'),
      config: { titleAsH1: false },
    },
    { name: 'front-matter title, body from ##', content: md('Intro.\n\n## Program\n\n### Day one\n') },
    {
      name: 'pl: tytuł w nagłówku pliku, treść od ##',
      content: md('Wstęp.\n\n## Program\n', { lang: 'pl' }),
    },
    {
      name: 'the body opens with an h1 repeating the title (Microsoft Docs style): the template does not render it',
      content: md('Poradnik zabezpieczeń 925568\n============================\n\nTekst.\n\n## Zasoby\n', {
        title: 'Poradnik zabezpieczeń 925568',
        lang: 'pl',
      }),
    },
    { name: 'no title anywhere, one h1 is the title', content: '# Tytuł\n\nTekst.\n\n## Sekcja\n' },
    {
      name: 'full HTML page with one h1',
      format: 'html',
      content: '<html lang="en"><head><title>T</title></head><body><h1>T</h1><h2>A</h2></body></html>',
    },
    { name: 'a "#" line in a code block', content: md('```sh\n# comment\n```\n') },
    { name: "an empty h1 is heading-empty's finding", content: md('Text.\n\n<h1></h1>\n') },
    { name: 'an h1 in an HTML comment', content: md('<!-- <h1>Old</h1> -->\n\n## A\n') },
  ],
  invalid: [
    {
      name: 'en: an h1 in the body of a site that shows the title as h2',
      content: '+++\ntitle = "Announcing Rust 1.80"\n+++\n\n# Details\n',
      site: zolaTitleH2,
      path: 'content/Rust-1.80.md',
      errors: [{ line: 5, message: /shows the title as h2/ }],
    },
    {
      name: 'pl: h1 w treści, gdy witryna wyświetla tytuł jako h2',
      content: md('# Podsumowanie\n', { lang: 'pl' }),
      config: { titleLevel: 2 },
      errors: [{ line: 7, message: /wyświetla tytuł jako h2/ }],
    },
    {
      name: 'en: an h1 section heading under a front-matter title',
      content: md('Intro.\n\n# Program\n'),
      errors: [{ line: 9, message: /already the page's h1/, suggestion: 'h2' }],
    },
    {
      name: 'pl: h1 w treści',
      content: md('Wstęp.\n\n# Program\n', { lang: 'pl' }),
      errors: [{ line: 9, message: /Tytuł jest już nagłówkiem h1/ }],
    },
    {
      name: 'de/fr/es: raw HTML h1 inside Markdown counts',
      content: md('Text.\n\n<h1>Programm</h1>\n', { lang: 'de' }),
      errors: [{ line: 9 }],
    },
    {
      name: 'configured titleAsH1: the repeated title is a real duplicate',
      content: md('# Test post\n\nText.\n'),
      config: { titleAsH1: true },
      errors: [{ line: 7, message: /repeats the title/ }],
    },
    {
      name: 'full HTML page with two h1s',
      format: 'html',
      content:
        '<html lang="en"><head><title>T</title></head><body>\n<h1>T</h1>\n<h1>Other</h1>\n</body></html>',
      errors: [{ line: 3, message: /already has an h1/ }],
    },
  ],
});
