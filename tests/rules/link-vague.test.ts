import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('link-vague', {
  valid: [
    { name: 'en: descriptive link', content: md('Read [the 2024 annual report](/report).\n') },
    {
      name: 'pl: link names the page',
      content: md('Zobacz [stronę projektu SIRES](/sires).\n', { lang: 'pl' }),
    },
    {
      name: 'pl: "więcej" inside a longer text is fine (whole-link match only)',
      content: md('[Więcej o warsztatach diagnostycznych](/warsztaty)\n', { lang: 'pl' }),
    },
    {
      name: 'de: "hier" as part of a sentence outside the link',
      content: md('Das Programm steht [im Veranstaltungskalender](/kalender) hier.\n', { lang: 'de' }),
    },
    {
      name: 'aria-label that names the destination fixes it',
      format: 'html',
      content: '<p><a href="/r" aria-label="Read more about the budget">Read more</a></p>',
    },
    {
      name: 'code as link text is an API name, not a vague word',
      content: md('The [`<link>`](/reference/link) component.\n'),
    },
    {
      name: 'links in code blocks are ignored',
      content: md('```html\n<a href="/x">click here</a>\n```\n'),
    },
    {
      name: 'links in HTML comments are ignored',
      content: md('<!-- <a href="/x">tutaj</a> -->\n\nText.\n', { lang: 'pl' }),
    },
    { name: 'image-only link is not this rule', content: md('[![](/a.png)](/a)\n') },
    {
      name: 'fr: "plus" in a Polish post is not a French word list match',
      content: md('[plus](/x)\n', { lang: 'pl' }),
    },
  ],
  invalid: [
    {
      name: 'pl: the seed\'s "tutaj"',
      format: 'html',
      content:
        '<html lang="pl"><body>\n<p>Więcej informacji znajdziesz <a href="/projekty/sires">tutaj</a>.</p>\n</body></html>',
      errors: [{ line: 2, message: /„tutaj”/, excerpt: 'tutaj' }],
    },
    {
      name: 'pl: "Więcej" and "wiecej" (no ogonek) both match',
      content: md('[Więcej](/a)\n\n[wiecej](/b)\n\n[WIĘCEJ »](/c)\n', { lang: 'pl' }),
      errors: [{ line: 7 }, { line: 9 }, { line: 11, excerpt: 'WIĘCEJ »' }],
    },
    {
      name: 'pl: "czytaj więcej…" and "kliknij tutaj"',
      content: md('[Czytaj więcej…](/a)\n\n[kliknij tutaj](/b)\n', { lang: 'pl' }),
      errors: [{ line: 7 }, { line: 9 }],
    },
    {
      name: 'en: click here, read more',
      content: md('[Click here](/a) or [read more](/b).\n'),
      errors: [{ line: 7, message: /"Click here"/ }, { line: 7 }],
    },
    { name: 'de: hier', content: md('Siehe [hier](/a).\n', { lang: 'de' }), errors: [{ line: 7 }] },
    {
      name: 'fr: ici, en savoir plus',
      content: md('Voir [ici](/a) et [En savoir plus](/b).\n', { lang: 'fr' }),
      errors: [{ line: 7 }, { line: 7 }],
    },
    {
      name: 'es: aquí and aqui',
      content: md('Pulse [aquí](/a) o [aqui](/b).\n', { lang: 'es' }),
      errors: [{ line: 7 }, { line: 7 }],
    },
    {
      name: 'English phrases count in a Polish post too',
      content: md('[click here](/a)\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /Tekst linku/ }],
    },
  ],
});
