import { md, ruleTester } from '../helpers/rule-tester.js';

const longPara =
  'In 2021 the number of participants grew from 85 to 140, the largest increase since the programme started, and most of the new participants came from small towns in the region.';

ruleTester('img-complex-needs-description', {
  valid: [
    {
      name: 'en: chart whose data is in the caption',
      format: 'html',
      content:
        '<figure><img src="c.png" alt="Bar chart of participants"><figcaption>Participants: 2019 – 120, 2020 – 85, 2021 – 140.</figcaption></figure>',
    },
    {
      name: 'en: data in the adjacent paragraph',
      content: md(`![Chart of participants by year](c.png)\n\n${longPara}\n`),
    },
    {
      name: 'pl: tekst obok mówi o wykresie',
      content: md(
        'Na wykresie poniżej widać, że liczba uczestników rośnie.\n\n![Wykres liczby uczestników](w.png)\n',
        { lang: 'pl' },
      ),
    },
    {
      name: 'pl: plansza tytułowa niesie swój tytuł',
      content: md('![Widok planszy tytułowej prezentacji Analiza SWOT](p.png)\n', { lang: 'pl' }),
    },
    {
      name: 'de: aria-describedby',
      format: 'html',
      content: '<img src="d.png" alt="Diagramm der Kosten" aria-describedby="d"><p id="d">Kurz</p>',
    },
    {
      name: 'fr: alt long qui porte le contenu',
      content: md(
        '![Affiche : concert le 12 mai à 20 h, salle des fêtes, entrée libre, réservation à la mairie avant le 10 mai](a.png)\n',
        { lang: 'fr' },
      ),
    },
    {
      name: 'en: a short lead-in, then the content in the following section (Polonius roadmap)',
      content: md(
        `Here are the roadmap's milestones:\n\n![Graph of the roadmap](r.png)\n\n### 1. Factoring out\n\n${longPara}\n`,
      ),
    },
    { name: 'es: no es complejo', content: md('![La plaza mayor](p.png)\n', { lang: 'es' }) },
    {
      name: 'en: a word containing chart is not a chart',
      content: md('![Charter signing ceremony](c.png)\n'),
    },
  ],
  invalid: [
    {
      name: 'pl: plakat bez treści',
      content: md('## Zaproszenie\n\n![Plakat wydarzenia](plakat.jpg)\n', { lang: 'pl' }),
      errors: [{ line: 9, message: /Obraz to Plakat/ }],
    },
    {
      name: 'en: infographic',
      content: md('![Infographic about recycling](i.png)\n'),
      errors: [{ line: 7, message: /is a Infographic|Infographic/ }],
    },
    {
      name: 'de: Diagramm',
      content: md('![Diagramm der Kosten](d.png)\n', { lang: 'de' }),
      errors: [{ line: 7 }],
    },
    {
      name: "fr: capture d'écran",
      content: md("![Capture d'écran du formulaire](c.png)\n", { lang: 'fr' }),
      errors: [{ line: 7 }],
    },
    {
      name: 'es: infografía',
      content: md('![Infografía sobre el reciclaje](i.png)\n', { lang: 'es' }),
      errors: [{ line: 7 }],
    },
    {
      name: 'pl: zrzut ekranu, krótki podpis',
      format: 'html',
      lang: 'pl',
      content:
        '<figure><img src="z.png" alt="Zrzut ekranu formularza"><figcaption>Formularz</figcaption></figure>',
      errors: [{ line: 1 }],
    },
  ],
});
