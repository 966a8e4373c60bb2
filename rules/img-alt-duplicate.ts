import { defineRule } from '../src/engine/rule.js';
import { altTexts } from '../src/indexes/images.js';
import { matchKey, trimPunctuation } from '../src/lang/normalize.js';

/** The same alt on different pictures (different `src`) in one post: a screen-reader user cannot
 * tell them apart. The same picture shown twice may keep its alt. */
export default defineRule({
  id: 'img-alt-duplicate',
  severity: 'warning',
  wcag: ['1.1.1'],
  tags: ['images'],
  description: {
    en: 'Different images have the same description',
    pl: 'Różne obrazy mają ten sam opis',
  },
  why: {
    en: 'When two different pictures are described the same way, a screen-reader user cannot tell what distinguishes them, and may think the same image is repeated.',
    pl: 'Gdy dwa różne obrazy mają ten sam opis, użytkownik czytnika ekranu nie wie, czym się różnią, i może uznać, że to ten sam obraz powtórzony.',
  },
  fix: {
    en: 'Say in each description what that image shows that the others do not.',
    pl: 'W każdym opisie powiedz, co pokazuje dany obraz, a czego nie pokazują pozostałe.',
  },
  messages: {
    duplicate: {
      en: 'This image has the same description as a different image on line {line}: "{alt}".',
      pl: 'Ten obraz ma taki sam opis jak inny obraz w wierszu {line}: „{alt}”.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Two photos, one description',
        format: 'markdown',
        content: '![Uczestnicy warsztatów](a.jpg)\n\nTekst.\n\n![Uczestnicy warsztatów](b.jpg)\n',
        expected: [{ line: 5, messageId: 'duplicate' }],
      },
    ],
    correct: [
      {
        title: 'The same picture twice',
        format: 'markdown',
        content: '![Logo projektu](logo.png)\n\nTekst.\n\n![Logo projektu](logo.png)\n',
      },
    ],
  },
  check({ index, post, lang, words, report }) {
    const first = new Map<string, { src: string; line?: number }>();
    for (const alt of altTexts(index, post.meta)) {
      // Text-export galleries have no src to tell pictures apart; the cover is the listing image.
      if (alt.cover || !alt.src || alt.image?.kind === 'area') continue;
      const key = matchKey(trimPunctuation(alt.text), lang);
      if (!key || words.isOnlyPlaceholder(alt.text)) continue;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { src: alt.src, line: alt.position?.start.line });
        continue;
      }
      if (seen.src === alt.src) continue;
      report({
        position: alt.position,
        field: alt.field,
        messageId: 'duplicate',
        data: { line: seen.line ?? '?', alt: alt.text.trim() },
        excerpt: alt.text,
      });
    }
  },
});
