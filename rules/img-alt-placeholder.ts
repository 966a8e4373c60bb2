import { defineRule } from '../src/engine/rule.js';
import { altTexts } from '../src/indexes/images.js';

/** An alt that is only a placeholder word ("image", "zdjęcie", "Symbolbild", "photo
 * d'illustration") or only punctuation (F30): it names the kind of thing, not what it shows. */
export default defineRule({
  id: 'img-alt-placeholder',
  severity: 'error',
  wcag: ['1.1.1'],
  techniques: ['F30'],
  tags: ['images'],
  description: {
    en: 'Image description is only a placeholder word',
    pl: 'Opis obrazu to tylko słowo-wypełniacz',
  },
  why: {
    en: 'An alt such as "image" or "photo" tells a screen-reader user only that there is a picture, which they already know, and nothing of what it shows.',
    pl: 'Opis „zdjęcie” czy „grafika” mówi użytkownikowi czytnika ekranu tylko tyle, że jest tu obraz — co już wie — a nic o tym, co przedstawia.',
  },
  fix: {
    en: 'Describe what the image shows and why it is in the post; if it adds nothing, make it decorative (alt="" in HTML).',
    pl: 'Opisz, co przedstawia obraz i po co jest we wpisie; jeśli nic nie wnosi, oznacz go jako dekoracyjny (alt="" w HTML).',
  },
  messages: {
    placeholder: {
      en: 'The image description "{alt}" is only a placeholder and says nothing about the image.',
      pl: 'Opis obrazu „{alt}” to tylko wypełniacz i nic nie mówi o obrazie.',
    },
    punctuation: {
      en: 'The image description "{alt}" has no words.',
      pl: 'Opis obrazu „{alt}” nie zawiera słów.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Only "zdjęcie"',
        format: 'markdown',
        content: '---\nlang: pl\n---\n\n![Zdjęcie](rynek.jpg)\n',
        expected: [{ line: 5, messageId: 'placeholder' }],
      },
      {
        title: 'Only "image 1"',
        format: 'html',
        content: '<img src="a.jpg" alt="Image 1">',
        expected: [{ line: 1, messageId: 'placeholder' }],
      },
    ],
    correct: [
      {
        title: 'A description that mentions a photo',
        format: 'html',
        content: '<img src="a.jpg" alt="A photographer adjusting a tripod">',
      },
    ],
  },
  check({ index, post, words, report }) {
    for (const alt of altTexts(index, post.meta)) {
      const text = alt.text.trim();
      const hasWords = /[\p{L}\p{N}]/u.test(text);
      if (hasWords && !words.isOnlyPlaceholder(text)) continue;
      report({
        position: alt.position,
        field: alt.field,
        messageId: hasWords ? 'placeholder' : 'punctuation',
        data: { alt: text },
        excerpt: alt.text,
      });
    }
  },
});
