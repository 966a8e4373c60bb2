import { defineRule } from '../src/engine/rule.js';
import { imageGroups } from '../src/indexes/images.js';
import { type LanguageWords, tokenize, type WordListName } from '../src/lang/words/index.js';

/** Three or more images shown together whose alts all open the same way ("Widok …", "Widok …",
 * "Widok …"): a screen-reader user moving through the gallery hears the template before anything
 * that tells the pictures apart (G94: the alt serves the image's own purpose). */
export default defineRule<{ min: number }>({
  id: 'img-alt-gallery-uniform',
  severity: 'warning',
  wcag: ['1.1.1'],
  techniques: ['G94'],
  tags: ['images'],
  description: {
    en: 'Gallery images all start their descriptions the same way',
    pl: 'Opisy zdjęć w galerii zaczynają się tak samo',
  },
  why: {
    en: 'Moving through a gallery with a screen reader, a person hears the same opening on every image before the words that tell the pictures apart.',
    pl: 'Przechodząc przez galerię z czytnikiem ekranu, słyszy się przy każdym zdjęciu ten sam początek, zanim padną słowa, które je od siebie odróżniają.',
  },
  fix: {
    en: 'Start each description with what is particular to that image; drop the shared opening.',
    pl: 'Zacznij każdy opis od tego, co wyróżnia dane zdjęcie; usuń wspólny początek.',
  },
  messages: {
    uniform: {
      en: 'All {count} images of this gallery start their description with "{opening}".',
      pl: 'Wszystkie zdjęcia tej galerii ({count}) mają opis zaczynający się od „{opening}”.',
    },
  },
  options: {
    min: {
      type: 'number',
      default: 3,
      description: { en: 'Smallest group of images to judge.', pl: 'Najmniejsza liczba zdjęć w grupie.' },
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Every gallery image starts with "Widok"',
        format: 'markdown',
        content:
          '---\nlang: pl\n---\n\n![Widok sali obrad](a.jpg)\n![Widok prelegentów](b.jpg)\n![Widok uczestników](c.jpg)\n',
        expected: [{ line: 5, messageId: 'uniform' }],
      },
    ],
    correct: [
      {
        title: 'Each description starts with its own subject',
        format: 'markdown',
        content:
          '---\nlang: pl\n---\n\n![Sala obrad przed rozpoczęciem](a.jpg)\n![Prelegenci przy stole](b.jpg)\n![Uczestnicy w czasie dyskusji](c.jpg)\n',
      },
    ],
  },
  check({ index, words, options, report }) {
    for (const group of imageGroups(index)) {
      const described = group.filter((i) => !i.decorative && i.alt?.trim());
      if (described.length < options.min || described.length < group.length) continue;
      // All "Image": the placeholder rule's finding, not a template.
      if (described.some((i) => words.isOnlyPlaceholder(i.alt!))) continue;
      const openings = described.map((i) => opening(i.alt!, words));
      const first = openings[0];
      if (!first?.template || !openings.every((o) => o?.key === first.key)) continue;
      report({
        node: described[0]!.element,
        messageId: 'uniform',
        data: { count: described.length, opening: `${first.text} …` },
        excerpt: described.map((i) => i.alt!.trim()).join(' | '),
        fingerprintKey: first.key,
      });
    }
  },
});

/** Kinds of word that make an opening a template: what the image is ("Zdjęcie", "Screenshot") or
 * a "view of" ("Widok", "Vue"). A shared name or question ("How has … improved") is content. */
const TEMPLATE_KINDS: WordListName[] = ['viewWords', 'redundantPrefixes', 'placeholders', 'complexImages'];

/** The first word that is not an article ("The mayor…" opens with "mayor"). */
function opening(
  alt: string,
  words: LanguageWords,
): { key: string; text: string; template: boolean } | undefined {
  const tokens = tokenize(alt);
  let i = 0;
  for (;;) {
    const article = i < tokens.length ? words.matchAt(alt, tokens, i, 'articles') : undefined;
    if (!article) break;
    i = article.to;
  }
  const token = tokens[i];
  if (!token) return undefined;
  const template = TEMPLATE_KINDS.some((kind) => words.matchAt(alt, tokens, i, kind) !== undefined);
  return { key: token.key, text: alt.slice(tokens[0]!.start, token.end), template };
}
