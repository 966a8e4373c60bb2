import { defineRule } from '../src/engine/rule.js';
import { hasAttr } from '../src/hast/util.js';
import { type AltText, altTexts, neighbourTexts } from '../src/indexes/images.js';
import { type LanguageWords, tokenize } from '../src/lang/words/index.js';
import type { PostIndex } from '../src/types.js';

/** An alt naming a chart, diagram, infographic, slide, poster or screenshot ("wykres",
 * "infografika", "plakat", "zrzut ekranu") when neither a caption nor the text around the image
 * carries what it says (G95): the data or the words on it are lost to people who cannot see it. */
export default defineRule<{ minNearbyWords: number }>({
  id: 'img-complex-needs-description',
  severity: 'info',
  wcag: ['1.1.1', '1.4.5'],
  techniques: ['G95'],
  tags: ['images'],
  description: {
    en: 'Chart, diagram or poster may need a longer description',
    pl: 'Wykres, schemat albo plakat może wymagać dłuższego opisu',
  },
  why: {
    en: 'A short alt can name a chart or a poster but cannot hold its data or its text; people who cannot see the image need that content somewhere on the page.',
    pl: 'Krótki opis może nazwać wykres czy plakat, ale nie zmieści jego danych ani tekstu; osoby, które nie widzą obrazu, potrzebują tej treści gdzieś na stronie.',
  },
  fix: {
    en: 'Give the content in a caption, in the text next to the image, or as a table or list (for a poster: its date, place and text).',
    pl: 'Podaj treść w podpisie, w tekście obok obrazu albo jako tabelę lub listę (dla plakatu: datę, miejsce i tekst).',
  },
  messages: {
    complex: {
      en: 'The image is a {kind}: make sure its content is also given in a caption or the text around it.',
      pl: 'Obraz to {kind}: upewnij się, że jego treść jest też w podpisie albo w tekście obok.',
    },
  },
  options: {
    minNearbyWords: {
      type: 'number',
      default: 25,
      description: {
        en: 'Words of text right next to the image that count as carrying its content.',
        pl: 'Liczba słów tekstu tuż obok obrazu, która wystarcza, by uznać, że przekazuje on treść.',
      },
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A poster with nothing about it in the text',
        format: 'markdown',
        content: '---\nlang: pl\n---\n\n## Zaproszenie\n\n![Plakat wydarzenia](plakat.jpg)\n',
        expected: [{ line: 7, messageId: 'complex' }],
      },
    ],
    correct: [
      {
        title: 'A chart whose data is in the caption',
        format: 'html',
        content:
          '<figure><img src="w.png" alt="Wykres liczby uczestników"><figcaption>Liczba uczestników: 2019 – 120, 2020 – 85, 2021 – 140 osób.</figcaption></figure>',
      },
    ],
  },
  check({ index, post, words, options, report }) {
    for (const alt of altTexts(index, post.meta)) {
      if (alt.cover) continue;
      const found = words.findPhrase(alt.text, 'complexImages');
      if (!found || words.findPhrase(alt.text, 'notComplex')) continue;
      if (carriesContent(alt, index, words, options.minNearbyWords)) continue;
      report({
        position: alt.position,
        field: alt.field,
        messageId: 'complex',
        data: { kind: alt.text.slice(found.start, found.end) },
        excerpt: alt.text,
      });
    }
  },
});

function carriesContent(alt: AltText, index: PostIndex, words: LanguageWords, minWords: number): boolean {
  const image = alt.image!;
  const el = image.element;
  if (hasAttr(el, 'aria-describedby') || hasAttr(el, 'longdesc')) return true;
  // A long alt carries its content itself (img-alt-too-long judges whether it is too long).
  if (tokenize(alt.text).length >= 15) return true;
  if (image.caption && tokenize(image.caption).length >= 5) return true;
  // The two blocks on each side: "Here are the milestones:" then the image, then the milestones.
  const near = neighbourTexts(image, index, 2);
  for (const side of [near.before, near.after]) {
    if (side.reduce((n, text) => n + tokenize(text).length, 0) >= minWords) return true;
    // "The chart below shows…", "Na wykresie widać…": the text talks about the image.
    if (side.some((text) => words.findPhrase(text, 'complexImages'))) return true;
  }
  return false;
}
