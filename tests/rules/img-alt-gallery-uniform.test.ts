import { md, ruleTester } from '../helpers/rule-tester.js';

const gallery = (alts: string[], lang = 'en') =>
  md(`${alts.map((a, i) => `![${a}](g${i}.jpg)`).join('\n')}\n`, { lang });

ruleTester('img-alt-gallery-uniform', {
  valid: [
    {
      name: 'en: distinct openings',
      content: gallery(['Mayor opens the fair', 'Crowd at the stage', 'Stalls at dusk']),
    },
    {
      name: 'en: same article is not a template',
      content: gallery(['The mayor opens the fair', 'The crowd at the stage', 'The stalls at dusk']),
    },
    {
      name: 'en: a shared subject is content, not a template',
      content: gallery(['A child with a kite', 'A child with a ball', 'A child on a swing']),
    },
    {
      name: 'en: chart titles phrased as questions (Rust survey)',
      content: gallery([
        'How has adoption improved',
        'How has compile time improved',
        'How has tooling improved',
      ]),
    },
    {
      name: 'en: all placeholders are the placeholder rule’s',
      content: gallery(['Image', 'Image', 'Image']),
    },
    { name: 'pl: only two images', content: gallery(['Widok sali', 'Widok sceny'], 'pl') },
    {
      name: 'pl: separated by text, not a row',
      content: md(
        '![Widok sali](a.jpg)\n\nTekst.\n\n![Widok sceny](b.jpg)\n\nTekst.\n\n![Widok holu](c.jpg)\n',
        {
          lang: 'pl',
        },
      ),
    },
    {
      name: 'de: verschiedene Anfänge',
      content: gallery(['Bürgermeisterin eröffnet', 'Publikum vor der Bühne', 'Stände am Abend'], 'de'),
    },
    {
      name: 'fr: débuts différents',
      content: gallery(['La maire ouvre la fête', 'Public devant la scène', 'Stands le soir'], 'fr'),
    },
    {
      name: 'es: comienzos distintos',
      content: gallery(['La alcaldesa inaugura', 'Público ante el escenario', 'Puestos al atardecer'], 'es'),
    },
    {
      name: 'one image without alt breaks the judgement (missing is another rule)',
      format: 'html',
      content:
        '<div class="gallery"><img src="a" alt="Widok a"><img src="b" alt="Widok b"><img src="c"></div>',
      lang: 'pl',
    },
  ],
  invalid: [
    {
      name: 'pl: seed-like gallery',
      content: gallery(['Widok planszy tytułowej', 'Widok uczestników', 'Widok uczestników z czatem'], 'pl'),
      errors: [{ line: 7, message: /„Widok …”/ }],
    },
    {
      name: 'en: same template after the article',
      content: gallery([
        'A screenshot of step one',
        'A screenshot of step two',
        'A screenshot of step three',
      ]),
      errors: [{ line: 7, message: /All 3 images/ }],
    },
    {
      name: 'de: Foto …',
      content: gallery(['Foto Rathaus', 'Foto Markt', 'Foto Brunnen'], 'de'),
      errors: [{ line: 7 }],
    },
    {
      name: 'fr: Vue …',
      content: gallery(['Vue du port', 'Vue de la plage', 'Vue du phare'], 'fr'),
      errors: [{ line: 7 }],
    },
    {
      name: 'es: Vista …',
      content: gallery(['Vista del puerto', 'Vista de la playa', 'Vista del faro'], 'es'),
      errors: [{ line: 7 }],
    },
    {
      name: 'HTML gallery container with linked images and captions',
      format: 'html',
      lang: 'pl',
      content:
        '<ul class="wp-block-gallery">\n<li><figure><a href="a"><img src="a" alt="Widok a"></a><figcaption>A</figcaption></figure></li>\n<li><figure><img src="b" alt="Widok b"><figcaption>B</figcaption></figure></li>\n<li><figure><img src="c" alt="Widok c"></figure></li>\n</ul>',
      errors: [{ line: 2 }],
    },
    {
      name: 'text export gallery',
      format: 'text',
      lang: 'pl',
      content: 'Tytuł\n\nTekst wpisu.\n\nGaleria zdjęć\n\n  • Widok sali\n  • Widok sceny\n  • Widok holu\n',
      errors: [{ line: 7 }],
    },
  ],
});
