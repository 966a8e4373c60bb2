import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { applyFixes } from '../../src/engine/fix.js';
import { md, onlyRule, ruleTester } from '../helpers/rule-tester.js';

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
    { name: 'image-only link without alt is not this rule', content: md('[![](/a.png)](/a)\n') },
    {
      name: 'image link named by a described image',
      content: md('[![Annual report 2024 cover](/r.png)](/r)\n'),
    },
    { name: 'hyphenated words that name a page', content: md('[read-only mode](/docs/read-only)\n') },
    { name: 'a word that only contains "here"', content: md('[Where we work](/about)\n') },
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
      name: 'hyphens and trailing punctuation do not hide it',
      content: md('[click-here!!!!](/first) and [read_more](/second)\n'),
      errors: [{ line: 7, excerpt: 'click-here!!!!' }, { line: 7 }],
    },
    {
      name: 'an image link whose image says "read more"',
      content: md('[![Read more](/more.png)](/post)\n'),
      errors: [{ line: 7, excerpt: 'Read more' }],
    },
    {
      name: 'pl: obraz w linku z opisem „więcej”',
      format: 'html',
      content: '<p><a href="/wpis"><img src="w.png" alt="Więcej"></a></p>',
      lang: 'pl',
      errors: [{ line: 1, excerpt: 'Więcej' }],
    },
    { name: 'a link', content: md('Follow [a link](/x) to the form.\n'), errors: [{ line: 7 }] },
    {
      name: 'emphasis inside the link',
      content: md('[*link*](/a) and [_here_](/b)\n'),
      errors: [{ line: 7 }, { line: 7 }],
    },
    {
      name: 'English phrases count in a Polish post too',
      content: md('[click here](/a)\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /Tekst linku/ }],
    },
  ],
});

describe('link-vague suggestions: moving the link onto the words that name the destination', () => {
  const suggest = (content: string, lang = 'en') => {
    const [finding] = checkSync({
      content: md(content, { lang }),
      path: 'post.md',
      config: onlyRule('link-vague'),
    }).messages;
    return finding?.suggestions?.map((s) => ({
      desc: s.desc,
      output: applyFixes(md(content, { lang }), [{ ...finding, fix: s.fix }]).output,
    }));
  };
  const body = (output: string | undefined) => output?.split('\n---\n\n')[1];

  it('offers the phrase before "here" when the sentence has one', () => {
    const [s] = suggest('You can find the previous post of this series [here](/p).\n')!;
    expect(s!.desc).toBe('Link the words that name the destination: "the previous post of this series"');
    expect(body(s!.output)).toBe('You can find [the previous post of this series](/p).\n');
    const [about] = suggest('Read more about our goals [here](https://example.com/goals).\n')!;
    expect(body(about!.output)).toBe('Read more about [our goals](https://example.com/goals).\n');
  });

  it('in Polish, Spanish, German and French too, and in HTML', () => {
    expect(body(suggest('Więcej o projekcie SIRES [tutaj](/sires).\n', 'pl')![0]!.output)).toBe(
      'Więcej o [projekcie SIRES](/sires).\n',
    );
    expect(
      body(suggest('Puedes ver el registro de cambios completo [aquí](/log).\n', 'es')![0]!.output),
    ).toBe('Puedes ver [el registro de cambios completo](/log).\n');
    expect(body(suggest('Mehr über das Projekt [hier](/p).\n', 'de')![0]!.output)).toBe(
      'Mehr über [das Projekt](/p).\n',
    );
    expect(body(suggest("Consultez l'agenda complet [ici](/a).\n", 'fr')![0]!.output)).toBe(
      "Consultez [l'agenda complet](/a).\n",
    );
    expect(body(suggest('<p>Please fill out the survey <a href="/s">here</a>.</p>\n')![0]!.output)).toBe(
      '<p>Please fill out <a href="/s">the survey</a>.</p>\n',
    );
  });

  it('offers nothing when the sentence does not name the destination', () => {
    expect(suggest('The PRs are [here](/prs).\n')).toBeUndefined();
    expect(suggest('Read [here](/x) for more details.\n')).toBeUndefined();
    expect(suggest('See details [here](/x).\n')).toBeUndefined();
    expect(suggest('[Read more](/x) about the project.\n')).toBeUndefined();
    expect(suggest('Find *the report* [here](/r).\n')).toBeUndefined();
    expect(suggest('Find the report &amp; slides [here](/r).\n')).toBeUndefined();
    expect(
      suggest('You can find the long list of every single change we made this year [here](/r).\n'),
    ).toBeUndefined();
  });
});
