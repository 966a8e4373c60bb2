import { md, ruleTester } from '../helpers/rule-tester.js';
import { zolaTitleH2 } from '../site/profiles.js';

ruleTester('heading-first-level', {
  valid: [
    {
      name: 'a site that renders the title as h2: the body starts at ###',
      content: '+++\ntitle = "Announcing Rust 1.80"\n+++\n\nIntro.\n\n### What is in 1.80\n\n#### LazyCell\n',
      site: zolaTitleH2,
      path: 'content/Rust-1.80.md',
    },
    {
      name: 'pl: titleLevel 2 in the configuration',
      content: md('### Program\n', { lang: 'pl' }),
      config: { titleLevel: 2 },
    },
    { name: 'title as h1, body from ##', content: md('## A\n\n### B\n') },
    { name: 'no headings at all', content: md('Just text.\n') },
    {
      name: "an h1 first is heading-h1-in-body's finding, not this one",
      content: md('# A\n\n## B\n'),
    },
    {
      name: 'HTML fragment without any title: its place on the page is unknown',
      format: 'html',
      content: '<h3>Galeria</h3><p>Zdjęcia.</p>',
    },
    { name: 'Microsoft-Docs style body h1 = title', content: md('Test post\n=========\n\n## A\n') },
    { name: 'startLevel 3 configured', content: md('### A\n'), config: { startLevel: 3 } },
  ],
  invalid: [
    {
      name: 'a site that renders the title as h2: #### skips a level',
      content: '+++\ntitle = "Announcing Rust 1.80"\n+++\n\nIntro.\n\n#### LazyCell\n',
      site: zolaTitleH2,
      path: 'content/Rust-1.80.md',
      errors: [{ line: 7, message: /should be h3/ }],
    },
    {
      name: 'en: body starts at h3',
      content: md('### Day one\n'),
      errors: [{ line: 7, message: /is h3; it should be h2/, suggestion: 'h2' }],
    },
    {
      name: 'pl: treść zaczyna się od h4',
      content: md('Wstęp.\n\n#### Dzień pierwszy\n', { lang: 'pl' }),
      errors: [{ line: 9, message: /to h4; powinien być h2/ }],
    },
    {
      name: 'full HTML page starting at h2',
      format: 'html',
      content: '<html lang="en"><head><title>T</title></head><body>\n<h2>A</h2>\n</body></html>',
      errors: [{ line: 2, message: /should be h1/ }],
    },
  ],
});
