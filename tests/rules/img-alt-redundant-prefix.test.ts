import { md, ruleTester } from '../helpers/rule-tester.js';

const img = (alt: string, lang = 'en') => md(`![${alt}](a.jpg)\n`, { lang });

ruleTester('img-alt-redundant-prefix', {
  valid: [
    { name: 'en: photo as the subject', content: img('A photographer adjusting a tripod') },
    { name: 'en: photographs on a wall', content: img('Photographs of former mayors hanging in the hall') },
    { name: 'en: a view is a legitimate description', content: img('View from the castle over the harbour') },
    { name: 'pl: widok z okna (punkt widzenia)', content: img('Widok z okna ratusza na rynek', 'pl') },
    {
      name: 'pl: Widok jako nazwa własna w środku zdania',
      content: img('Kawiarnia Widok na rogu Rynku', 'pl'),
    },
    { name: 'pl: tytuł w cudzysłowie', content: img('„Widok Krakowa” – obraz z kolekcji muzeum', 'pl') },
    {
      name: 'pl: zdjęcie z (bez podpowiedzi gramatycznej)',
      content: img('Uczestnicy spotkania przy stole', 'pl'),
    },
    { name: 'de: Bildhauer ist kein Bild', content: img('Bildhauer bei der Arbeit', 'de') },
    { name: 'fr: photographe', content: img('Une photographe règle son trépied', 'fr') },
    { name: 'es: fotógrafo', content: img('Un fotógrafo ajusta el trípode', 'es') },
    { name: 'credit is another rule', content: img('Photo: Jan Kowalski') },
    {
      name: 'config: a prefix the user removes',
      content: img('Widok sali obrad', 'pl'),
      config: { words: { pl: { redundantPrefixes: { remove: ['widok'] } } } },
    },
    { name: 'prefix alone is not reported here', content: img('Image of') },
    {
      name: 'decorative HTML image',
      format: 'html',
      content: '<img src="a.png" alt="" role="presentation">',
    },
  ],
  invalid: [
    {
      name: 'en: image of',
      content: img('Image of a volunteer at the front desk'),
      errors: [
        {
          line: 7,
          suggestion: 'A volunteer at the front desk',
          excerpt: 'Image of a volunteer at the front desk',
        },
      ],
    },
    {
      name: 'en: a picture of, lower case',
      content: img('a picture of the new library'),
      errors: [{ line: 7, suggestion: 'The new library', message: /"a picture of"/ }],
    },
    {
      name: 'en: photo:',
      content: img('Photo: children planting trees'),
      errors: [{ line: 7, suggestion: 'Children planting trees' }],
    },
    {
      name: 'pl: Widok + dopełniacz (seed)',
      content: img('Widok uczestników warsztatów w programie Zoom', 'pl'),
      errors: [
        { line: 7, suggestion: 'Uczestnicy warsztatów w programie Zoom', message: /zaczyna się od „Widok”/ },
      ],
      output: img('Uczestnicy warsztatów w programie Zoom', 'pl'),
    },
    {
      name: 'pl: Widok + a noun the closed list does not know: no broken text',
      content: img('Widok prezesów spółdzielni przy stole', 'pl'),
      errors: [{ line: 7, message: /są w dopełniaczu/ }],
      output: null,
    },
    {
      name: 'pl: widok na',
      content: img('Widok na Tatry z Gubałówki', 'pl'),
      errors: [{ line: 7, suggestion: 'Tatry z Gubałówki' }],
      output: img('Tatry z Gubałówki', 'pl'),
    },
    {
      name: 'pl: na zdjęciu (odmiana)',
      content: img('Na zdjęciu burmistrz wręcza nagrody', 'pl'),
      errors: [{ line: 7, suggestion: 'Burmistrz wręcza nagrody' }],
    },
    {
      name: 'pl: zdjęcie przedstawia',
      content: img('Zdjęcie przedstawia salę konferencyjną', 'pl'),
      errors: [{ line: 7, suggestion: 'Sala konferencyjna' }],
      output: img('Sala konferencyjna', 'pl'),
    },
    {
      name: 'pl: bez polskich znaków',
      content: img('Na zdjeciu widac mieszkancow osiedla', 'pl'),
      errors: [{ line: 7, suggestion: 'Mieszkancy osiedla' }],
    },
    {
      name: 'pl: fotografia przedstawiająca',
      content: img('Fotografia przedstawiająca ratusz nocą', 'pl'),
      errors: [{ line: 7, suggestion: 'Ratusz nocą' }],
    },
    {
      name: 'de: Bild vom leaves the dative: no shortened text',
      content: img('Bild vom Rathaus am Abend', 'de'),
      errors: [{ line: 7, message: /in the dative/ }],
      output: null,
    },
    {
      name: 'de: Foto von (not "Kindern im Park")',
      content: img('Foto von Kindern im Park', 'de'),
      errors: [{ line: 7, message: /"Foto von".*dative/ }],
      output: null,
    },
    {
      name: 'de: Auf dem Foto + nominative',
      content: img('Auf dem Foto: Kinder beim Sommerfest', 'de'),
      errors: [{ line: 7, suggestion: 'Kinder beim Sommerfest' }],
    },
    {
      name: 'fr: photo du → le',
      content: img('Photo du maire devant la mairie', 'fr'),
      errors: [{ line: 7, suggestion: 'Le maire devant la mairie' }],
    },
    {
      name: 'es: foto del → el',
      content: img('Foto del alcalde en la plaza', 'es'),
      errors: [{ line: 7, suggestion: 'El alcalde en la plaza' }],
    },
    {
      name: "fr: photo d'",
      content: img("Photo d'une bénévole à l'accueil", 'fr'),
      errors: [{ line: 7, suggestion: "Une bénévole à l'accueil" }],
    },
    {
      name: 'fr: image de',
      content: img('Image de la mairie illuminée', 'fr'),
      errors: [{ line: 7, suggestion: 'La mairie illuminée' }],
    },
    {
      name: 'es: imagen de',
      content: img('Imagen de una voluntaria en la recepción', 'es'),
      errors: [{ line: 7, suggestion: 'Una voluntaria en la recepción' }],
    },
    {
      name: 'es: foto de',
      content: img('Foto de la plaza mayor', 'es'),
      errors: [{ line: 7, suggestion: 'La plaza mayor' }],
    },
    {
      name: 'HTML alt and front-matter cover alt',
      content: md('<img src="b.jpg" alt="Picture of the town hall">\n', {
        image: '/media/cover.jpg',
        image_alt: '"Widok rynku"',
        lang: 'pl',
      }),
      errors: [
        { line: 6, suggestion: 'Rynek' },
        { line: 9, suggestion: 'The town hall' },
      ],
      output: md('<img src="b.jpg" alt="The town hall">\n', {
        image: '/media/cover.jpg',
        image_alt: '"Rynek"',
        lang: 'pl',
      }),
    },
    {
      name: 'HTML alt with an entity: suggested, but the source is not rewritten',
      format: 'html',
      content: '<p lang="en">Hall</p><img src="b.jpg" alt="Picture of the hall &amp; stage">',
      lang: 'en',
      errors: [{ line: 1, suggestion: 'The hall & stage' }],
      output: null,
    },
    {
      name: 'Markdown label with emphasis: no fix',
      content: img('Image of the *new* library'),
      errors: [{ line: 7, suggestion: 'The new library' }],
      output: null,
    },
    {
      name: 'HTML alt in single quotes beside other attributes is fixed in place',
      format: 'html',
      content: '<img data-alt="x" alt=\'Photo of the harbour at dawn\' src="h.jpg">',
      lang: 'en',
      errors: [{ line: 1, suggestion: 'The harbour at dawn' }],
      output: '<img data-alt="x" alt=\'The harbour at dawn\' src="h.jpg">',
    },
    {
      name: 'config: a prefix the user adds (case unknown in Polish: reword, no text)',
      content: img('Kadr przedstawiający ratusz', 'pl'),
      config: { words: { pl: { redundantPrefixes: ['kadr przedstawiający'] } } },
      errors: [{ line: 7, message: /przeredaguj dalszą część/ }],
      output: null,
    },
    {
      name: 'config: an English prefix the user adds',
      content: img('Snapshot of the harbour'),
      config: { words: { en: { redundantPrefixes: ['snapshot of'] } } },
      errors: [{ line: 7, suggestion: 'The harbour' }],
    },
  ],
});
