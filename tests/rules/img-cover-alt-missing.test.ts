import { md, ruleTester } from '../helpers/rule-tester.js';
import { hugoPl, siteOf } from '../site/profiles.js';

ruleTester('img-cover-alt-missing', {
  valid: [
    {
      name: 'a Hugo section page (_index.md) is not a post',
      content: '---\ntitle: News\nlang: en\nimage: /img/banner.png\n---\n\nAll posts.\n',
      path: 'content/aktualnosci/_index.md',
      site: hugoPl,
    },
    {
      name: "a docs page outside the site's posts globs is not a post",
      content: '---\ntitle: News\nlang: en\nimage: /img/banner.png\n---\n\nAll posts.\n',
      path: 'docs/intro.md',
      site: siteOf('docusaurus', { posts: ['blog/**'] }),
    },
    {
      name: 'an archetype is not a post',
      content: '---\ntitle: News\nlang: en\nimage: /img/banner.png\n---\n\nAll posts.\n',
      path: 'archetypes/default.md',
      site: hugoPl,
    },
    {
      name: 'en: image with image_alt',
      content: md('Text.\n', { image: '/img/a.jpg', image_alt: 'Volunteers at the desk' }),
    },
    {
      name: 'cds-blog style image-alt',
      content: md('Text.\n', { image: 'https://cdn.example/a.jpg', 'image-alt': 'A maple leaf sticker' }),
    },
    {
      name: 'pl: Hugo primary_image uid (alt with the media item)',
      content: md('Tekst.\n', { primary_image: 'warsztaty-2021', lang: 'pl' }),
    },
    {
      name: 'nested featured_image with alt',
      content: md('Text.\n', { featured_image: '\n  uid: a-b\n  alt: Zach Goldfine' }),
    },
    {
      name: 'blank alt field is an explicit decorative choice',
      content: md('Text.\n', { image: '/img/a.jpg', image_alt: "''" }),
    },
    { name: 'no cover at all', content: md('Text.\n') },
    {
      name: 'de: cover mit alt',
      content: md('Text.\n', { cover: '/img/a.jpg', cover_alt: 'Rathaus', lang: 'de' }),
    },
  ],
  invalid: [
    {
      name: 'en: image path without alt',
      content: md('Text.\n', { image: '/media/2021/04/plansza.png' }),
      errors: [
        {
          line: 5,
          message: /"\/media\/2021\/04\/plansza\.png" has no alt/,
          excerpt: '/media/2021/04/plansza.png',
        },
      ],
    },
    {
      name: 'pl: URL bez opisu',
      content: md('Tekst.\n', { image: 'https://cdn.example.pl/rynek.jpg', lang: 'pl' }),
      errors: [{ line: 5, message: /nie ma pola/ }],
    },
    {
      name: 'nested cover with src and no alt',
      content: md('Text.\n', { cover: '\n  image: cover.jpg\n  caption: Summer', lang: 'fr' }),
      errors: [{ line: 6 }],
    },
    {
      name: 'es: file name',
      content: md('Texto.\n', { featured_image: 'plaza.webp', lang: 'es' }),
      errors: [{ line: 5 }],
    },
  ],
});
