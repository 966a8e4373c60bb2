import { defineRule } from '../src/engine/rule.js';
import { attr } from '../src/hast/util.js';
import { altTexts } from '../src/indexes/images.js';
import { fileNameInAlt } from '../src/lang/words/file-names.js';

/** An alt that is, or contains, a file name, an image URL, a camera's file token
 * (`IMG_20230615_104512`, `DSC01234`) or a pixel size (`800x600`) — F30: what the CMS filled in
 * from the upload, not a description. */
export default defineRule({
  id: 'img-alt-filename',
  severity: 'error',
  wcag: ['1.1.1'],
  techniques: ['F30'],
  tags: ['images'],
  description: {
    en: 'Image description is a file name',
    pl: 'Opis obrazu to nazwa pliku',
  },
  why: {
    en: 'Screen readers read "IMG underscore 2023 0615" letter by letter; the person learns nothing of what the picture shows.',
    pl: 'Czytnik ekranu przeczyta „IMG podkreślnik 2023 0615” znak po znaku; osoba nie dowie się niczego o tym, co przedstawia zdjęcie.',
  },
  fix: {
    en: 'Replace the file name with a description of what the image shows.',
    pl: 'Zastąp nazwę pliku opisem tego, co przedstawia obraz.',
  },
  messages: {
    fileName: {
      en: 'The image description contains a file name ("{token}") instead of describing the image.',
      pl: 'Opis obrazu zawiera nazwę pliku („{token}”) zamiast opisu obrazu.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A camera file name',
        format: 'html',
        content: '<img src="/up/IMG_20230615_104512.jpg" alt="IMG_20230615_104512">',
        expected: [{ line: 1, messageId: 'fileName' }],
      },
      {
        title: 'The upload name',
        format: 'markdown',
        content: '![rynek-kielce-2021.jpg](rynek-kielce-2021.jpg)\n',
        expected: [{ line: 1, messageId: 'fileName' }],
      },
    ],
    correct: [
      {
        title: 'A product name with a dot',
        format: 'html',
        content: '<img src="logo.svg" alt="Node.js logo">',
      },
    ],
  },
  check({ index, post, report }) {
    for (const alt of altTexts(index, post.meta)) {
      const token = fileNameInAlt(alt.text, alt.src);
      if (!token) continue;
      // "Download <img alt="nyhavn.jpeg">": the name says which file the link downloads (ACT 9eb3f6).
      const href = alt.image?.link ? attr(alt.image.link, 'href') : undefined;
      if (href && lastSegment(href) === token.toLowerCase()) continue;
      report({
        position: alt.position,
        field: alt.field,
        messageId: 'fileName',
        data: { token },
        excerpt: alt.text,
      });
    }
  },
});

function lastSegment(href: string): string {
  const path = href.split(/[?#]/, 1)[0] ?? '';
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)).toLowerCase();
  } catch {
    return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  }
}
