import { md, ruleTester } from '../helpers/rule-tester.js';
import { hugoPl, siteOf } from '../site/profiles.js';

ruleTester('title-missing', {
  valid: [
    {
      name: 'a Hugo section page (_index.md) is not a post',
      content: '---\nlang: pl\n---\n\nWszystkie wpisy.\n',
      path: 'content/aktualnosci/_index.md',
      site: hugoPl,
    },
    {
      name: "a docs page outside the site's posts globs is not a post",
      content: '---\nlang: pl\n---\n\nWszystkie wpisy.\n',
      path: 'docs/intro.md',
      site: siteOf('docusaurus', { posts: ['blog/**'] }),
    },
    {
      name: 'an archetype is not a post',
      content: '---\nlang: pl\n---\n\nWszystkie wpisy.\n',
      path: 'archetypes/default.md',
      site: hugoPl,
    },
    {
      name: 'CMS record (JSON) title field',
      format: 'json',
      content: JSON.stringify(
        { title: 'Tytuł', lang: 'pl', date: '2024-03-14', body: '<p>Tekst</p>' },
        null,
        2,
      ),
    },
    { name: 'front matter title', content: md('Text.\n') },
    { name: 'first h1 in Markdown without front matter', content: '# Opening hours\n\nText.\n' },
    {
      name: 'HTML <title>',
      format: 'html',
      content: '<!doctype html><html lang="en"><head><title>Hours</title></head><body><p>x</p></body></html>',
    },
    { name: 'HTML fragment with h1', format: 'html', content: '<h1>Godziny otwarcia</h1><p>Tekst</p>' },
    { name: 'text post: first line', format: 'text', content: 'Godziny otwarcia\n\nTekst.\n' },
    { name: 'TOML front matter title', content: '+++\ntitle = "Announcing 1.0"\n+++\n\nText.\n' },
  ],
  invalid: [
    {
      name: 'CMS record (JSON) with an empty title field',
      format: 'json',
      content: JSON.stringify({ title: '', lang: 'pl', date: '2024-03-14', body: '<p>Tekst</p>' }, null, 2),
      // A record's positions refer to its body; the title field has none, so the finding opens the post.
      errors: [{ line: 1, message: /\(pole „title”\) jest pusty/ }],
    },
    {
      name: 'no title anywhere',
      content: '---\nlang: en\n---\n\nJust text.\n',
      errors: [{ line: 3, message: /no title/ }],
    },
    {
      name: 'empty front matter title',
      content: '---\ntitle: ""\nlang: pl\n---\n\nTekst.\n',
      errors: [{ line: 2, message: /pusty/ }],
    },
    {
      name: 'HTML empty <title>',
      format: 'html',
      content:
        '<!doctype html><html lang="en"><head>\n<title> </title></head><body><h1>Hours</h1></body></html>',
      errors: [{ line: 2 }],
    },
    {
      name: 'HTML document without title or h1',
      format: 'html',
      content: '<!doctype html><html lang="de"><body><p>Text</p></body></html>',
      errors: [{ line: 1 }],
    },
  ],
});
