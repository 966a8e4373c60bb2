import { md, ruleTester } from '../helpers/rule-tester.js';
import { hugoPl, siteOf } from '../site/profiles.js';

ruleTester('date-missing', {
  valid: [
    {
      name: 'a Hugo section page (_index.md) is not a post',
      content: '---\ntitle: Aktualności\nlang: pl\n---\n\nWszystkie wpisy.\n',
      path: 'content/aktualnosci/_index.md',
      site: hugoPl,
    },
    {
      name: "a docs page outside the site's posts globs is not a post",
      content: '---\ntitle: Aktualności\nlang: pl\n---\n\nWszystkie wpisy.\n',
      path: 'docs/intro.md',
      site: siteOf('docusaurus', { posts: ['blog/**'] }),
    },
    {
      name: 'an archetype is not a post',
      content: '---\ntitle: Aktualności\nlang: pl\n---\n\nWszystkie wpisy.\n',
      path: 'archetypes/default.md',
      site: hugoPl,
    },
    { name: 'front matter date', content: md('Text.\n') },
    { name: 'pubDate key', content: '---\ntitle: x\npubDate: 2024-01-02\nlang: en\n---\n\nx\n' },
    {
      name: 'TOML front matter with the date only in path',
      content: '+++\npath = "2014/12/12/1.0-Timeline"\ntitle = "1.0 Timeline"\n+++\n\nText.\n',
    },
    {
      name: 'Jekyll file name date',
      path: '_posts/2021-04-28-warsztaty.md',
      content: '---\ntitle: Warsztaty\nlang: pl\n---\n\nTekst.\n',
    },
    {
      name: 'blog/YYYY/MM/DD path',
      path: 'blog/2023/05/03/canaries.md',
      content: '---\ntitle: Canaries\n---\n\nText.\n',
    },
    {
      name: 'pl: wypełnione pole',
      format: 'text',
      content: 'Warsztaty\n\nData opublikowania: 29.04.2021\n\nTekst.\n',
    },
    {
      name: 'en: filled labelled field',
      format: 'text',
      content: 'Workshops\n\nPublished: 29 April 2021\n\nText.\n',
    },
    {
      name: 'de: Veröffentlicht am',
      format: 'text',
      content: 'Werkstatt\n\nVeröffentlicht am 14. September 2024\n\nText.\n',
    },
    { name: 'fr: Publié le', format: 'text', content: 'Atelier\n\nPublié le : 3 mai 2024\n\nTexte.\n' },
    {
      name: 'es: Publicado el',
      format: 'text',
      content: 'Taller\n\nPublicado el 3 de mayo de 2024\n\nTexto.\n',
    },
    {
      name: 'HTML article:published_time',
      format: 'html',
      content:
        '<!doctype html><html lang="en"><head><title>x</title><meta property="article:published_time" content="2024-01-02T10:00:00Z"></head><body><p>x</p></body></html>',
    },
    {
      name: 'HTML JSON-LD datePublished',
      format: 'html',
      content:
        '<!doctype html><html lang="en"><head><title>x</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-02"}</script></head><body><p>x</p></body></html>',
    },
    {
      name: 'HTML <time itemprop=datePublished>',
      format: 'html',
      content:
        '<article><h1>x</h1><time itemprop="datePublished" datetime="2024-01-02">2 January 2024</time></article>',
    },
    {
      name: 'a draft without a date yet',
      content: '---\ntitle: Draft\ndraft: true\nlang: en\n---\n\nText.\n',
    },
    {
      name: 'Jekyll published: false is a draft flag',
      content: '---\ntitle: Draft\npublished: false\nlang: en\n---\n\nText.\n',
    },
    {
      name: 'the word "Published" mid-sentence is not a label',
      content: md('The report was Published: yes, in 2020.\n', { date: '2020-01-01' }),
    },
    { name: 'a label in a code block is not a field', content: md('```\nPublished:\n```\n') },
  ],
  invalid: [
    {
      name: 'pl: the seed field with nothing after it',
      format: 'text',
      content: 'Warsztaty\n\nData opublikowania:\n\nTekst.\n',
      errors: [{ line: 3, message: /Data opublikowania/ }],
    },
    {
      name: 'en: empty "Published:"',
      format: 'text',
      content: 'Workshops\n\nPublished:\n\nText.\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'de: leeres Feld',
      format: 'text',
      content: 'Werkstatt\n\nVeröffentlicht am:\n\nText.\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'fr: champ vide',
      format: 'text',
      content: 'Atelier\n\nDate de publication :\n\nTexte.\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'es: campo vacío',
      format: 'text',
      content: 'Taller\n\nFecha de publicación:\n\nTexto.\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'empty front matter date',
      content: '---\ntitle: x\ndate:\nlang: en\n---\n\nx\n',
      errors: [{ line: 3, message: /\(front matter "date"\) is empty/ }],
    },
    {
      name: 'no date anywhere',
      content: '---\ntitle: x\nlang: en\n---\n\nx\n',
      // Beside the title, where the date field goes.
      errors: [{ line: 2, message: /no publication date/ }],
    },
    {
      name: 'HTML label with an empty span',
      format: 'html',
      content: '<h1>x</h1>\n<p>Data opublikowania: <span class="date"></span></p>',
      errors: [{ line: 2 }],
    },
    {
      name: 'empty field even when the front matter has a date',
      content: md('Published:\n\nText.\n'),
      errors: [{ line: 7 }],
    },
  ],
});
