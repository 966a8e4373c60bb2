import { defineRule } from '../src/engine/rule.js';
import { hasAttr } from '../src/hast/util.js';

/** Images with no text alternative at all (F65, H37). Decorative images (`alt=""` in HTML,
 * role presentation/none, aria-hidden) are not reported: they are meant to be silent. */
export default defineRule({
  id: 'img-alt-missing',
  severity: 'error',
  wcag: ['1.1.1'],
  techniques: ['F65', 'H37'],
  tags: ['images'],
  description: {
    en: 'Image has no text alternative',
    pl: 'Obraz nie ma tekstu alternatywnego',
  },
  why: {
    en: 'A screen reader announces an image without alt by its file name or just "image", so the people who cannot see it lose what it shows.',
    pl: 'Czytnik ekranu odczytuje obraz bez atrybutu alt jako nazwę pliku albo samo „grafika”, więc osoby niewidzące tracą to, co obraz przedstawia.',
  },
  fix: {
    en: 'Describe what the image shows and why it is there in the alt text. In HTML, a purely decorative image gets alt="".',
    pl: 'Opisz w tekście alternatywnym, co przedstawia obraz i po co jest w tekście. W HTML obraz czysto dekoracyjny dostaje alt="".',
  },
  messages: {
    missing: {
      en: 'Image {src} has no alt text.',
      pl: 'Obraz {src} nie ma tekstu alternatywnego (alt).',
    },
    markdownEmpty: {
      en: 'Markdown image {src} has an empty description: Markdown cannot mark an image decorative, so describe it.',
      pl: 'Obraz {src} w Markdownie ma pusty opis: w Markdownie nie da się oznaczyć obrazu jako dekoracyjnego, więc go opisz.',
    },
    titleOnly: {
      en: 'Image {src} has only a title, which many screen readers do not read: move the description to alt.',
      pl: 'Obraz {src} ma tylko atrybut title, którego wiele czytników ekranu nie odczytuje: przenieś opis do alt.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'HTML image without alt',
        format: 'html',
        content: '<p><img src="wystawa.jpg"></p>',
        expected: [{ line: 1, messageId: 'missing' }],
      },
      {
        title: 'Markdown image with an empty description',
        format: 'markdown',
        content: '![](wystawa.jpg)\n',
        expected: [{ line: 1, messageId: 'markdownEmpty' }],
      },
    ],
    correct: [
      {
        title: 'Described image',
        format: 'markdown',
        content: '![Uczestnicy warsztatów przy tablicy z planem](wystawa.jpg)\n',
      },
      {
        title: 'Decorative image in HTML',
        format: 'html',
        content: '<p><img src="ornament.svg" alt=""></p>',
      },
    ],
  },
  check({ index, report }) {
    for (const image of index.images) {
      if (image.decorative) continue;
      const src = image.src ? `"${image.src}"` : '';
      const excerpt = image.src ?? image.element.tagName;
      if (image.origin === 'markdown' && !image.alt?.trim() && !image.title?.trim()) {
        report({ node: image.element, messageId: 'markdownEmpty', data: { src }, excerpt });
        continue;
      }
      if (image.alt !== undefined || image.name) {
        // Named (alt, aria-label, aria-labelledby) or HTML alt="" (decorative by intent).
        if (
          image.alt === undefined &&
          !hasAttr(image.element, 'aria-label') &&
          !hasAttr(image.element, 'aria-labelledby')
        ) {
          report({ node: image.element, messageId: 'titleOnly', data: { src }, excerpt });
        }
        continue;
      }
      if (image.kind === 'svg') continue; // Standalone <svg role="img"> without name: axe's svg-img-alt.
      report({ node: image.element, messageId: 'missing', data: { src }, excerpt });
    }
  },
});
