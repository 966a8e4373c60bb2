import { defineRule } from '../src/engine/rule.js';

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
    bareAlt: {
      en: 'Image {src} has an alt attribute with no value, which HTML reads as alt="" (decorative): describe the image, or write alt="" if it is only decoration.',
      pl: 'Obraz {src} ma atrybut alt bez wartości, który HTML odczytuje jak alt="" (obraz dekoracyjny): opisz obraz albo wpisz alt="", jeśli jest tylko ozdobą.',
    },
    markdownTitleOnly: {
      en: 'Markdown image {src} has a title but no description: the title shows only on hover and screen readers skip an image with an empty alt, so write the description between the brackets.',
      pl: 'Obraz {src} w Markdownie ma tytuł, ale nie ma opisu: tytuł widać tylko po najechaniu myszą, a czytnik ekranu pomija obraz z pustym alt, więc wpisz opis w nawiasach kwadratowych.',
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
      if (image.origin === 'markdown' && !image.alt?.trim()) {
        // `![](x "Title")`: the title is no description — Markdown still renders alt="".
        const messageId = image.title?.trim() ? 'markdownTitleOnly' : 'markdownEmpty';
        report({ node: image.element, messageId, data: { src }, excerpt });
        continue;
      }
      if (image.bareAlt) {
        // A warning: HTML makes it decorative, but an alt left without its value is rarely a choice.
        report({ node: image.element, messageId: 'bareAlt', data: { src }, excerpt, severity: 'warning' });
        continue;
      }
      // Named (alt, aria-label, aria-labelledby, title — a text alternative by F65 and W3C ACT
      // 23a2a8) or HTML alt="" (decorative by intent).
      if (image.alt !== undefined || image.name) continue;
      if (image.kind === 'svg') continue; // Standalone <svg role="img"> without name: axe's svg-img-alt.
      report({ node: image.element, messageId: 'missing', data: { src }, excerpt });
    }
  },
});
