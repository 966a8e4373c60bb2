import { localize } from '../src/engine/messages.js';
import { defineRule, type Localized } from '../src/engine/rule.js';
import { altSourceSpan } from '../src/indexes/alt-source.js';
import { altTexts } from '../src/indexes/images.js';
import type { GrammaticalCase } from '../src/lang/pack.js';
import { redundantPrefix } from '../src/lang/words/alt.js';

/** An alt that opens with what a screen reader already says ("grafika", "image"): "Image of…",
 * "Zdjęcie przedstawia…", "Na zdjęciu…", "Widok…", "Bild von…", "Photo de…", "Imagen de…" (H37). */
export default defineRule({
  id: 'img-alt-redundant-prefix',
  severity: 'warning',
  wcag: ['1.1.1'],
  techniques: ['H37'],
  tags: ['images'],
  fixType: 'wording',
  description: {
    en: 'Image description starts with words a screen reader already says',
    pl: 'Opis obrazu zaczyna się od słów, które czytnik ekranu już mówi',
  },
  why: {
    en: 'Screen readers announce "image" before the alt, so "Image of…" is heard twice and delays what the picture shows; in a gallery the repetition adds up.',
    pl: 'Czytnik ekranu mówi „grafika” przed opisem, więc „Zdjęcie przedstawia…” czy „Widok…” słychać podwójnie, a to, co ważne, przychodzi później; w galerii powtórzenia się sumują.',
  },
  fix: {
    en: 'Start with what the image shows: drop "image of", "photo of" and similar openings.',
    pl: 'Zacznij od tego, co widać na obrazie: usuń „zdjęcie przedstawia”, „na zdjęciu”, „widok” i podobne początki.',
  },
  messages: {
    prefix: {
      en: 'The image description starts with "{prefix}", which a screen reader already conveys.',
      pl: 'Opis obrazu zaczyna się od „{prefix}”, co czytnik ekranu już przekazuje.',
    },
    prefixCase: {
      en: 'The image description starts with "{prefix}", which a screen reader already conveys. Start with what the image shows; the words after it are in the {case}, so reword them to stand on their own.',
      pl: 'Opis obrazu zaczyna się od „{prefix}”, co czytnik ekranu już przekazuje. Zacznij od tego, co widać na obrazie; słowa po nim są w {case}, więc przeredaguj je tak, by brzmiały samodzielnie (w mianowniku).',
    },
    prefixReword: {
      en: 'The image description starts with "{prefix}", which a screen reader already conveys. Start with what the image shows, rewording what follows so it reads on its own.',
      pl: 'Opis obrazu zaczyna się od „{prefix}”, co czytnik ekranu już przekazuje. Zacznij od tego, co widać na obrazie, i przeredaguj dalszą część tak, by brzmiała samodzielnie.',
    },
  },
  examples: {
    incorrect: [
      {
        title: '"Widok" before what the photo shows',
        format: 'markdown',
        content: '---\nlang: pl\n---\n\n![Widok uczestników warsztatów w programie Zoom](zoom.png)\n',
        expected: [{ line: 5, messageId: 'prefix' }],
      },
      {
        title: '"Image of"',
        format: 'html',
        content: '<img src="desk.jpg" alt="Image of a volunteer at the desk">',
        expected: [{ line: 1, messageId: 'prefix' }],
      },
    ],
    correct: [
      {
        title: 'The photo is the subject',
        format: 'html',
        content: '<img src="tripod.jpg" alt="A photographer adjusting a tripod">',
      },
      {
        title: 'A view from somewhere',
        format: 'markdown',
        content: '---\nlang: pl\n---\n\n![Widok z okna ratusza na rynek](rynek.jpg)\n',
      },
    ],
  },
  check({ index, post, words, locale, report }) {
    for (const alt of altTexts(index, post.meta)) {
      const found = redundantPrefix(alt.text, words);
      if (!found) continue;
      const suggestion = found.suggestion;
      // The fix edits the alt text itself, only where the source spells it exactly as read.
      const span = suggestion ? altSourceSpan(alt, index) : undefined;
      const messageId = suggestion ? 'prefix' : found.leaves === 'unknown' ? 'prefixReword' : 'prefixCase';
      report({
        position: alt.position,
        field: alt.field,
        messageId,
        data: { prefix: found.prefix, case: caseName(found.leaves, locale) },
        excerpt: alt.text,
        suggestion,
        fix:
          span && suggestion
            ? {
                position: post.lines.range(span.start, span.end),
                text: suggestion,
                expected: alt.text.trim(),
              }
            : undefined,
      });
    }
  },
});

/** The case's name as the message's sentence needs it ("in the genitive", "w dopełniaczu"). */
function caseName(kase: GrammaticalCase | 'unknown' | undefined, locale: string): string {
  return kase && kase !== 'unknown' ? localize(CASE_NAMES[kase], locale) : '';
}

const CASE_NAMES: Record<GrammaticalCase, Localized> = {
  genitive: { en: 'genitive', pl: 'dopełniaczu' },
  dative: { en: 'dative', pl: 'celowniku' },
  accusative: { en: 'accusative', pl: 'bierniku' },
  instrumental: { en: 'instrumental', pl: 'narzędniku' },
  locative: { en: 'locative', pl: 'miejscowniku' },
};
