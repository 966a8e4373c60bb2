import { md, ruleTester } from '../helpers/rule-tester.js';

const img = (alt: string, src = 'a.jpg', lang = 'en') => md(`![${alt}](${src})\n`, { lang });

ruleTester('img-alt-filename', {
  valid: [
    { name: 'product with a dot', content: img('Node.js logo on a laptop sticker') },
    { name: 'a lone extension in prose', content: img('Export dialog offering .png and .svg formats') },
    { name: 'pl: nazwa domeny to nie plik', content: img('Strona główna serwisu gov.pl', 'a.jpg', 'pl') },
    { name: 'de: Beschreibung', content: img('Rathaus am Abend', 'rathaus.jpg', 'de') },
    { name: 'fr: description', content: img('La mairie illuminée', 'mairie.jpg', 'fr') },
    { name: 'es: descripción', content: img('La plaza mayor', 'plaza.jpg', 'es') },
    { name: 'alt equal to a plain-word base name', content: img('Logo', 'logo.png') },
    {
      name: 'a year and a size-like phrase in a sentence',
      content: img('Poster for the 2021 race, 10 x 15 km relay teams at the start line'),
    },
    {
      name: 'a screenshot described in words',
      content: img('Screenshot of the sign-up form with two fields'),
    },
    {
      name: 'pl: zrzut ekranu opisany słowami',
      content: img('Zrzut ekranu formularza zgłoszeniowego', 'z.png', 'pl'),
    },
    { name: 'screencasts of a dated event', content: img('Screencasts from the 2023 conference, day two') },
  ],
  invalid: [
    {
      name: 'camera token',
      content: img('IMG_20230615_104512'),
      errors: [{ line: 7, message: /IMG_20230615_104512/, excerpt: 'IMG_20230615_104512' }],
    },
    { name: 'DSC token', content: img('DSC01234'), errors: [{ line: 7 }] },
    {
      name: 'pl: nazwa pliku z rozszerzeniem',
      content: img('rynek-kielce-2021.jpg', 'r.jpg', 'pl'),
      errors: [{ line: 7, message: /„rynek-kielce-2021\.jpg”/ }],
    },
    { name: 'de: Dateiname', content: img('Rathaus_2021.JPG', 'x.jpg', 'de'), errors: [{ line: 7 }] },
    {
      name: 'fr: URL',
      content: img('https://exemple.fr/img/mairie.png', 'x.jpg', 'fr'),
      errors: [{ line: 7 }],
    },
    { name: 'es: tamaño', content: img('banner 800x600', 'x.jpg', 'es'), errors: [{ line: 7 }] },
    {
      name: 'alt equals the src base name',
      content: img('zoom-czat-02', '/media/zoom-czat-02.png'),
      errors: [{ line: 7 }],
    },
    {
      name: 'HTML img with a screenshot file name',
      format: 'html',
      content: '<img src="s.png" alt="Screenshot 2023-06-15 at 10.45.12">',
      errors: [{ line: 1 }],
    },
    {
      name: 'macOS screen shot name',
      content: img('Screen Shot 2022-06-26 at 7 41 30 PM'),
      errors: [{ line: 7, message: /Screen Shot 2022-06-26/ }],
    },
    { name: 'CleanShot name', content: img('CleanShot 2022-06-26 at 19.41.30@2x'), errors: [{ line: 7 }] },
    {
      name: 'Clean Shot with a space',
      content: img('Clean Shot 2022-06-26 at 7 41 30 PM'),
      errors: [{ line: 7 }],
    },
    {
      name: 'GNOME screencast name',
      content: img('Screencast from 23 02 2024 19 15 19'),
      errors: [{ line: 7 }],
    },
    {
      name: 'GNOME screenshot name',
      content: img('Screenshot from 2024-02-23 19-15-19'),
      errors: [{ line: 7 }],
    },
    { name: 'Android screenshot name', content: img('Screenshot_20230615-104512'), errors: [{ line: 7 }] },
    {
      name: 'pl: nazwa zrzutu ekranu z macOS',
      content: img('Zrzut ekranu 2023-06-15 o 10.45.12', 'z.png', 'pl'),
      errors: [{ line: 7 }],
    },
    {
      name: 'de: Bildschirmfoto-Dateiname',
      content: img('Bildschirmfoto 2023-06-15 um 10.45.12', 'b.png', 'de'),
      errors: [{ line: 7 }],
    },
    {
      name: "fr: nom de fichier de capture d'écran",
      content: img('Capture d’écran 2023-06-15 à 10.45.12', 'c.png', 'fr'),
      errors: [{ line: 7 }],
    },
    {
      name: 'es: nombre de archivo de captura',
      content: img('Captura de pantalla 2023-06-15 a las 10.45.12', 'c.png', 'es'),
      errors: [{ line: 7 }],
    },
  ],
});
