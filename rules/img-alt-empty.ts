import { defineRule } from '../src/engine/rule.js';
import { attr } from '../src/hast/util.js';
import { imageGroups, neighbourText } from '../src/indexes/images.js';
import type { LanguageWords } from '../src/lang/words/index.js';

/** `alt=""` (decorative) on an image that looks like content (F39): captioned in a `<figure>`,
 * part of a gallery, or the only image of the post. Not when role="presentation"/"none" or
 * aria-hidden says so explicitly, and not inside a link or button that has its own text. */
export default defineRule({
  id: 'img-alt-empty',
  severity: 'warning',
  wcag: ['1.1.1'],
  techniques: ['F39'],
  tags: ['images'],
  description: {
    en: 'Image that looks like content is marked decorative',
    pl: 'Obraz, który wygląda na treść, oznaczono jako dekoracyjny',
  },
  why: {
    en: 'alt="" makes screen readers skip the image; for a captioned photo or a gallery picture, people who cannot see it lose what everyone else sees.',
    pl: 'alt="" sprawia, że czytnik ekranu pomija obraz; przy zdjęciu z podpisem albo w galerii osoby niewidzące tracą to, co widzą inni.',
  },
  fix: {
    en: 'Describe the image in its alt. If it really is decoration, add role="presentation" to say so.',
    pl: 'Opisz obraz w atrybucie alt. Jeśli naprawdę jest ozdobą, dodaj role="presentation", żeby to potwierdzić.',
  },
  messages: {
    figure: {
      en: 'Image {src} has alt="" but is a captioned figure: describe it.',
      pl: 'Obraz {src} ma alt="", ale jest ilustracją z podpisem: opisz go.',
    },
    gallery: {
      en: 'Image {src} has alt="" but is part of a gallery: describe it.',
      pl: 'Obraz {src} ma alt="", ale jest częścią galerii: opisz go.',
    },
    only: {
      en: 'Image {src} has alt="" but is the only image of the post: describe it, or confirm it is decoration with role="presentation".',
      pl: 'Obraz {src} ma alt="", ale jest jedynym obrazem wpisu: opisz go albo potwierdź, że jest ozdobą, dodając role="presentation".',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A captioned photo with alt=""',
        format: 'html',
        content: '<figure><img src="rynek.jpg" alt=""><figcaption>Rynek po remoncie</figcaption></figure>',
        expected: [{ line: 1, messageId: 'figure' }],
      },
    ],
    correct: [
      {
        title: 'Explicitly decorative',
        format: 'html',
        content:
          '<p>Tekst.</p><figure><img src="ornament.svg" alt="" role="presentation"><figcaption>Rynek</figcaption></figure>',
      },
    ],
  },
  check({ index, words, report }) {
    const images = index.images.filter((i) => i.kind === 'img');
    const groupOf = new Map(imageGroups(index).flatMap((g) => g.map((i) => [i, g] as const)));
    for (const image of images) {
      if (image.alt !== '' || image.decorative || image.origin !== 'html') continue;
      if (image.bareAlt) continue; // `<img alt>` with no value is img-alt-missing's.
      // In a link or button with its own text, alt="" is right (H2): the text names it.
      if (image.link && index.links.find((l) => l.element === image.link)?.text) continue;
      if (index.closest(image.element, (a) => a.tagName === 'button')) continue;
      if (isTiny(attr(image.element, 'width')) || isTiny(attr(image.element, 'height'))) continue;
      // "Alt text: …" / "Opis: …" in the paragraph beside it: the description is visible text.
      const near = neighbourText(image, index);
      if ([near.before, near.after].some((t) => t && describesImage(t, words))) continue;
      let messageId: string | undefined;
      if (image.figure && image.caption) messageId = 'figure';
      // A gallery whose other pictures are described: this one was forgotten, not meant as decoration.
      else if (groupOf.get(image)?.some((g) => g !== image && g.alt?.trim())) messageId = 'gallery';
      else if (index.images.length === 1) messageId = 'only';
      if (!messageId) continue;
      const src = image.src ? `"${image.src}"` : '';
      report({ node: image.element, messageId, data: { src }, excerpt: image.src ?? 'img' });
    }
  },
});

/** "Alt text: …", or "Infographic showing …": text that describes the image beside it. */
function describesImage(text: string, words: LanguageWords): boolean {
  const starts = (kind: 'descriptionLabels' | 'complexImages' | 'redundantPrefixes') =>
    words.findPhrase(text, kind)?.from === 0;
  return starts('descriptionLabels') || starts('complexImages') || starts('redundantPrefixes');
}

/** Spacers and tracking pixels: 1–2 px. */
function isTiny(size: string | undefined): boolean {
  return size !== undefined && /^\s*[0-2](px)?\s*$/.test(size);
}
