import { defineRule } from '../src/engine/rule.js';
import { altTexts } from '../src/indexes/images.js';
import { findCredit } from '../src/lang/words/alt.js';

/** A photo credit in the alt ("fot. Jan Kowalski", "© PAP", "Photo by …", "courtesy of …"):
 * credits are for everyone and belong in a visible caption; in the alt they stand in for, or
 * crowd out, the description. */
export default defineRule({
  id: 'img-alt-credit',
  severity: 'warning',
  wcag: ['1.1.1'],
  tags: ['images'],
  description: {
    en: 'Image description contains a photo credit',
    pl: 'Opis obrazu zawiera podpis autora zdjęcia',
  },
  why: {
    en: 'The alt is read in place of the picture; a credit there is not what the picture shows, and sighted readers never see it, while a caption serves both.',
    pl: 'Opis alternatywny zastępuje obraz; informacja o autorze nie mówi, co jest na zdjęciu, a osoby widzące jej nie zobaczą — podpis pod zdjęciem służy wszystkim.',
  },
  fix: {
    en: 'Move the credit to a caption (figcaption or the CMS caption field) and keep the alt for what the image shows.',
    pl: 'Przenieś informację o autorze do podpisu (figcaption albo pole podpisu w CMS), a w opisie zostaw to, co przedstawia obraz.',
  },
  messages: {
    credit: {
      en: 'The image description contains the credit "{credit}": move it to a caption.',
      pl: 'Opis obrazu zawiera informację o autorze „{credit}”: przenieś ją do podpisu.',
    },
    onlyCredit: {
      en: 'The image description is only a credit ("{credit}"): describe the image and move the credit to a caption.',
      pl: 'Opis obrazu to tylko informacja o autorze („{credit}”): opisz obraz, a autora podaj w podpisie.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Credit after the description',
        format: 'markdown',
        content: '---\nlang: pl\n---\n\n![Rynek w Kielcach nocą, fot. Jan Kowalski](rynek.jpg)\n',
        expected: [{ line: 5, messageId: 'credit' }],
      },
      {
        title: 'Only a copyright',
        format: 'html',
        content: '<img src="a.jpg" alt="© Reuters">',
        expected: [{ line: 1, messageId: 'onlyCredit' }],
      },
    ],
    correct: [
      {
        title: 'A photo by the lake is not a credit',
        format: 'html',
        content: '<img src="a.jpg" alt="Children taking a photo by the lake">',
      },
    ],
  },
  check({ index, post, words, report }) {
    for (const alt of altTexts(index, post.meta)) {
      const found = findCredit(alt.text, words);
      if (!found) continue;
      report({
        position: alt.position,
        field: alt.field,
        messageId: found.rest ? 'credit' : 'onlyCredit',
        data: { credit: found.credit },
        excerpt: alt.text,
        suggestion: found.rest || undefined,
      });
    }
  },
});
