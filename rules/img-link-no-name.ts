import { defineRule } from '../src/engine/rule.js';
import { isHiddenFromAccessibility } from '../src/hast/accessible-name.js';

/** A link whose only content is images with empty or missing alt (F89): a screen reader announces
 * "link" and the address, or nothing at all. */
export default defineRule({
  id: 'img-link-no-name',
  severity: 'error',
  wcag: ['2.4.4', '4.1.2'],
  techniques: ['F89'],
  tags: ['images', 'links'],
  description: {
    en: 'Image link has no text',
    pl: 'Link z obrazem nie ma tekstu',
  },
  why: {
    en: 'When a link holds only an image without alt, a screen reader says "link" and perhaps the address: nobody can tell where it leads.',
    pl: 'Gdy link zawiera tylko obraz bez opisu, czytnik ekranu powie „link” i może adres: nie wiadomo, dokąd prowadzi.',
  },
  fix: {
    en: 'Give the image an alt that says where the link leads (not what the picture looks like), or add text to the link.',
    pl: 'Nadaj obrazowi opis mówiący, dokąd prowadzi link (nie jak wygląda obraz), albo dodaj do linku tekst.',
  },
  messages: {
    noName: {
      en: 'The link to "{href}" contains only an image without a description, so it has no name.',
      pl: 'Link do „{href}” zawiera tylko obraz bez opisu, więc nie ma nazwy.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Linked logo with alt=""',
        format: 'html',
        content: '<a href="https://bip.example.pl"><img src="bip.png" alt=""></a>',
        expected: [{ line: 1, messageId: 'noName' }],
      },
      {
        title: 'Markdown linked image without alt',
        format: 'markdown',
        content: '[![](bip.png)](https://bip.example.pl)\n',
        expected: [{ line: 1, messageId: 'noName' }],
      },
    ],
    correct: [
      {
        title: 'The alt names the destination',
        format: 'html',
        content:
          '<a href="https://bip.example.pl"><img src="bip.png" alt="Biuletyn Informacji Publicznej"></a>',
      },
    ],
  },
  check({ index, report }) {
    for (const link of index.links) {
      if (link.images.length === 0 || link.name.trim() || link.text.trim()) continue;
      if (isHiddenFromAccessibility(link.element) || index.closest(link.element, isHiddenFromAccessibility))
        continue;
      report({
        node: link.element,
        messageId: 'noName',
        data: { href: link.href },
        excerpt: link.href,
        fingerprintKey: link.href,
      });
    }
  },
});
