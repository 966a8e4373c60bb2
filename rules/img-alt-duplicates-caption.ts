import { defineRule } from '../src/engine/rule.js';
import { attr } from '../src/hast/util.js';
import { altTexts, neighbourText } from '../src/indexes/images.js';
import { matchKey, trimPunctuation } from '../src/lang/normalize.js';
import { withoutRedundantPrefix } from '../src/lang/words/alt.js';

const PRESENTATIONAL = new Set(['presentation', 'none']);

/** An alt that repeats the caption, the text right next to the image, or the link text around it:
 * a screen reader reads the same words twice (H2: image and text in one link). */
export default defineRule({
  id: 'img-alt-duplicates-caption',
  severity: 'warning',
  wcag: ['1.1.1'],
  techniques: ['H2'],
  tags: ['images'],
  description: {
    en: 'Image description repeats the caption or the text next to it',
    pl: 'Opis obrazu powtarza podpis albo tekst obok',
  },
  why: {
    en: 'A screen reader reads the alt and then the caption or text, so the same words are heard twice and what the picture shows is never said.',
    pl: 'Czytnik ekranu czyta opis, a potem podpis albo tekst obok, więc te same słowa słychać dwa razy, a tego, co widać na obrazie, nikt nie mówi.',
  },
  fix: {
    en: 'Let the caption give the context and the alt describe what is seen; an image inside a link next to the same text can have alt="".',
    pl: 'Niech podpis daje kontekst, a opis mówi, co widać; obraz w linku obok takiego samego tekstu może mieć alt="".',
  },
  messages: {
    caption: {
      en: 'The image description is the same as its caption: "{alt}".',
      pl: 'Opis obrazu jest taki sam jak jego podpis: „{alt}”.',
    },
    adjacent: {
      en: 'The image description is the same as the text next to it: "{alt}".',
      pl: 'Opis obrazu jest taki sam jak tekst obok niego: „{alt}”.',
    },
    link: {
      en: 'The image description repeats the link text around it: "{alt}".',
      pl: 'Opis obrazu powtarza tekst linku, w którym jest: „{alt}”.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'The caption repeats the alt',
        format: 'html',
        content:
          '<figure><img src="a.jpg" alt="Rynek w Kielcach"><figcaption>Rynek w Kielcach</figcaption></figure>',
        expected: [{ line: 1, messageId: 'caption' }],
      },
    ],
    correct: [
      {
        title: 'Caption gives context, alt describes',
        format: 'html',
        content:
          '<figure><img src="a.jpg" alt="Rynek w Kielcach nocą, fontanna podświetlona na niebiesko"><figcaption>Rynek w Kielcach</figcaption></figure>',
      },
    ],
  },
  check({ index, post, lang, words, report }) {
    // Compared without a prefix a screen reader already says: "Photo of Eric, project manager"
    // beside "Eric, project manager" is heard twice all the same (and stays a duplicate once
    // img-alt-redundant-prefix's fix removes the prefix from the alt).
    const key = (text: string | undefined) =>
      text ? matchKey(trimPunctuation(withoutRedundantPrefix(text, words)), lang) : '';
    for (const alt of altTexts(index, post.meta)) {
      const image = alt.image;
      if (!image) continue;
      // role="presentation"/"none" takes the image out of the accessibility tree, alt and all
      // (ARIA's presentational role): nothing is read twice.
      if (PRESENTATIONAL.has(attr(image.element, 'role')?.trim().toLowerCase() ?? '')) continue;
      const own = key(alt.text);
      if (!own) continue;
      let messageId: string | undefined;
      if (key(image.caption) === own) messageId = 'caption';
      else if (image.link && key(index.links.find((l) => l.element === image.link)?.text) === own)
        messageId = 'link';
      else {
        const near = neighbourText(image, index);
        if (key(near.before) === own || key(near.after) === own) messageId = 'adjacent';
      }
      if (!messageId) continue;
      report({
        position: alt.position,
        field: alt.field,
        messageId,
        data: { alt: alt.text.trim() },
        excerpt: alt.text,
      });
    }
  },
});
