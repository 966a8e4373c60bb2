import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('img-alt-empty', {
  valid: [
    {
      name: 'a decorative line among described images',
      format: 'html',
      content: '<p>Text</p><img src="a" alt="Crowd"><p>More</p><img src="line.svg" alt="">',
    },
    {
      name: 'explicitly decorative in a figure',
      format: 'html',
      content: '<figure><img src="a" alt="" role="presentation"><figcaption>Rynek</figcaption></figure>',
    },
    {
      name: 'aria-hidden in a gallery',
      format: 'html',
      content: '<div class="gallery"><img src="a" alt="A"><img src="b" alt="" aria-hidden="true"></div>',
    },
    {
      name: 'linked image next to link text',
      format: 'html',
      content: '<a href="/x"><img src="x.png" alt=""> Program warsztatów</a>',
    },
    { name: 'tracking pixel', format: 'html', content: '<img src="p.gif" alt="" width="1" height="1">' },
    { name: 'Markdown empty alt is img-alt-missing’s', content: md('![](a.png)\n') },
    {
      name: 'a row of decorative icons only',
      format: 'html',
      content: '<p><img src="a" alt=""><img src="b" alt=""></p><p>Tekst</p><img src="c" alt="Opis">',
    },
    {
      name: 'en: description written as the paragraph below (cds-blog)',
      format: 'html',
      content:
        '<p>Text</p><img src="chart.png" alt=""><p style="font-size:12px">Alt text: A chart titled “Privacy notice word count” with two bars.</p>',
    },
    {
      name: 'fr: « Texte de remplacement » après un paragraphe vide',
      format: 'html',
      lang: 'fr',
      content:
        '<p>Texte</p><img src="g.png" alt=""><p></p><p>Texte de remplacement&nbsp;: « Un graphique intitulé … »</p>',
    },
    {
      name: 'en: infographic described in the next paragraph',
      format: 'html',
      content:
        '<p>Text</p><img src="i.png" alt=""><p>Infographic showcasing milestones: 58,000 subscribers.</p>',
    },
    {
      name: 'pl: opis pod obrazem',
      format: 'html',
      lang: 'pl',
      content:
        '<figure><img src="w.png" alt=""><figcaption>Wykres</figcaption></figure><p>Opis wykresu: liczba uczestników rosła z 85 do 140.</p>',
    },
  ],
  invalid: [
    {
      name: 'pl: zdjęcie z podpisem',
      format: 'html',
      content:
        '<p>Tekst</p>\n<figure><img src="rynek.jpg" alt=""><figcaption>Rynek po remoncie</figcaption></figure>\n<img src="b.jpg" alt="Opis">',
      lang: 'pl',
      errors: [{ line: 2, message: /ilustracją z podpisem/ }],
    },
    {
      name: 'en: forgotten gallery image',
      format: 'html',
      content: '<div class="gallery">\n<img src="a" alt="Stage">\n<img src="b" alt="">\n</div>',
      errors: [{ line: 3, message: /part of a gallery/ }],
    },
    {
      name: 'the only image of the post',
      format: 'html',
      content: '<p>Text</p><img src="photo.jpg" alt="">',
      errors: [{ line: 1, message: /only image/ }],
    },
    {
      name: 'raw HTML in Markdown',
      content: md('<figure>\n<img src="a.jpg" alt="">\n<figcaption>Rathaus</figcaption>\n</figure>\n', {
        lang: 'de',
      }),
      errors: [{ line: 8 }],
    },
  ],
});
