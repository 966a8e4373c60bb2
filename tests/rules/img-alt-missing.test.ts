import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('img-alt-missing', {
  valid: [
    { name: 'en: described Markdown image', content: md('![A volunteer at the front desk](desk.jpg)\n') },
    { name: 'pl: opisany obraz', content: md('![Wolontariuszka przy ladzie](lada.jpg)\n', { lang: 'pl' }) },
    {
      name: 'de: beschriebenes Bild',
      content: md('![Eine Helferin am Empfang](empfang.jpg)\n', { lang: 'de' }),
    },
    { name: 'fr: image décrite', content: md("![Une bénévole à l'accueil](accueil.jpg)\n", { lang: 'fr' }) },
    {
      name: 'es: imagen descrita',
      content: md('![Una voluntaria en la recepción](recepcion.jpg)\n', { lang: 'es' }),
    },
    { name: 'HTML decorative alt=""', format: 'html', content: '<p><img src="line.svg" alt=""></p>' },
    {
      name: 'role="presentation" without alt',
      format: 'html',
      content: '<img src="line.svg" role="presentation">',
    },
    { name: 'aria-hidden image', format: 'html', content: '<img src="line.svg" aria-hidden="true">' },
    {
      name: 'image inside an aria-hidden container',
      format: 'html',
      content: '<div aria-hidden="true"><img src="x.png"></div>',
    },
    {
      name: 'aria-label names it',
      format: 'html',
      content: '<img src="logo.png" aria-label="City library logo">',
    },
    {
      name: 'aria-labelledby names it',
      format: 'html',
      content: '<p id="cap">Reading room</p><img src="room.png" aria-labelledby="cap">',
    },
    {
      name: 'image syntax inside a fenced code block is not an image',
      content: md('```md\n![](x.png)\n```\n'),
    },
    { name: 'HTML inside a code block is not an image', content: md('```html\n<img src="x.png">\n```\n') },
    { name: 'inline code is not an image', content: md('Write `<img src="x.png">` with an alt.\n') },
    { name: 'raw HTML in Markdown with alt', content: md('<img src="a.png" alt="Reading room at night">\n') },
    {
      name: 'input type=image with alt',
      format: 'html',
      content: '<input type="image" src="go.png" alt="Search">',
    },
    {
      name: 'area with alt',
      format: 'html',
      content: '<map name="m"><area href="/a" alt="North wing"></map>',
    },
    {
      name: 'role=img with aria-label',
      format: 'html',
      content: '<div role="img" aria-label="Map of the branches"></div>',
    },
    {
      // A title is a text alternative (WCAG F65, W3C ACT 23a2a8 passed example 4); axe agrees.
      name: 'HTML image named by its title',
      format: 'html',
      content: '<img src="a.png" title="Reading room">',
    },
    { name: 'HTML alt="" is a decision', format: 'html', content: '<p>Text.</p><img src="line.svg" alt="">' },
    { name: "HTML alt='' too", format: 'html', content: "<p>Text.</p><img src='line.svg' alt=''>" },
    { name: 'alt = "" with spaces', format: 'html', content: '<p>Text.</p><img src="line.svg" alt = "">' },
    {
      name: 'an attribute whose name ends in alt is not alt',
      format: 'html',
      content: '<p>Text.</p><img src="line.svg" data-alt alt="">',
    },
    {
      name: 'aria-hidden in capitals hides the image too',
      format: 'html',
      content: '<img src="line.svg" ARIA-HIDDEN="TRUE">',
    },
    {
      name: 'picture with described img',
      format: 'html',
      content: '<picture><source srcset="a.webp"><img src="a.jpg" alt="Reading room"></picture>',
    },
  ],
  invalid: [
    {
      name: 'en: Markdown image with empty alt',
      content: md('Text.\n\n![](desk.jpg)\n'),
      errors: [{ line: 9, message: /desk\.jpg/ }],
    },
    {
      name: 'pl: pusty opis w Markdownie',
      content: md('Tekst.\n\n![](lada.jpg)\n', { lang: 'pl' }),
      errors: [{ line: 9, message: /nie da się oznaczyć/ }],
    },
    { name: 'de: leeres Bild', content: md('![](bild.jpg)\n', { lang: 'de' }), errors: [{ line: 7 }] },
    { name: 'fr: image vide', content: md('![](image.jpg)\n', { lang: 'fr' }), errors: [{ line: 7 }] },
    { name: 'es: imagen vacía', content: md('![](foto.jpg)\n', { lang: 'es' }), errors: [{ line: 7 }] },
    {
      name: 'HTML img with no alt',
      format: 'html',
      content: '<p>\n<img src="a.png">\n</p>',
      errors: [{ line: 2, message: /has no alt/ }],
    },
    {
      name: 'raw HTML img in Markdown',
      content: md('Intro.\n\n<img src="a.png">\n'),
      errors: [{ line: 9, column: 1 }],
    },
    {
      name: 'inline raw img in a paragraph',
      content: md('See <img src="a.png"> here.\n'),
      errors: [{ line: 7, column: 5 }],
    },
    {
      name: 'HTML alt with no value: a warning, HTML reads it as alt=""',
      content: md('Our desk:\n\n<img src="desk.png" alt>\n'),
      errors: [{ line: 9, message: /alt attribute with no value/ }],
    },
    {
      name: 'pl: atrybut alt bez wartości, w kilku wierszach',
      content: md('Nasza lada:\n\n<img\n  src="lada.png"\n  alt>\n', { lang: 'pl' }),
      errors: [{ line: 9, message: /atrybut alt bez wartości/ }],
    },
    {
      name: 'Markdown image with a title but no description',
      content: md('![](desk.jpg "Front desk")\n'),
      errors: [{ line: 7, message: /has a title but no description/ }],
    },
    {
      name: 'pl: obraz z tytułem bez opisu',
      content: md('![](lada.jpg "Lada")\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /ma tytuł, ale nie ma opisu/ }],
    },
    {
      name: 'Markdown reference image with a title but no description',
      content: md('See ![][desk] here.\n\n[desk]: desk.jpg "Front desk"\n'),
      errors: [{ line: 7, column: 5 }],
    },
    {
      name: 'Markdown image over two lines, title on the first',
      content: md('Our desk ![](desk.jpg "Front desk"\n) today.\n'),
      errors: [{ line: 7, column: 10 }],
    },
    {
      name: 'Markdown image inside a link',
      content: md('[![](desk.jpg)](https://example.com/desk)\n'),
      errors: [{ line: 7, column: 2 }],
    },
    {
      name: 'picture img without alt',
      format: 'html',
      content: '<picture><source srcset="a.webp"><img src="a.jpg"></picture>',
      errors: [{ line: 1 }],
    },
    {
      name: 'input type=image without alt',
      format: 'html',
      content: '<input type="image" src="go.png">',
      errors: [{ line: 1 }],
    },
    {
      name: 'area without alt',
      format: 'html',
      content: '<map name="m"><area href="/a"></map>',
      errors: [{ line: 1 }],
    },
    {
      name: 'role=img without a name',
      format: 'html',
      content: '<span role="img"></span>',
      errors: [{ line: 1 }],
    },
    {
      name: 'Markdown reference image with empty alt',
      content: md('![][logo]\n\n[logo]: logo.png\n'),
      errors: [{ line: 7 }],
    },
  ],
});
