import { defineRule } from '../src/engine/rule.js';

/** A cover or featured image given as a file or URL in the front matter (or a CMS record) with no
 * alt field. A bare media id (Hugo `primary_image: uid`, a WordPress attachment number) is not
 * reported: its alt lives with the media item, outside the post. An alt field that is present but
 * blank is an explicit "decorative" and is not reported either. */
export default defineRule({
  id: 'img-cover-alt-missing',
  severity: 'error',
  wcag: ['1.1.1'],
  tags: ['images'],
  description: {
    en: 'Cover image has no alt text field',
    pl: 'Obraz wyróżniający nie ma pola z tekstem alternatywnym',
  },
  why: {
    en: 'Themes show the cover image at the top of the post and in listings; without an alt, a screen reader reads its file name or skips it.',
    pl: 'Szablony pokazują obraz wyróżniający na górze wpisu i na listach wpisów; bez opisu czytnik ekranu odczyta nazwę pliku albo go pominie.',
  },
  fix: {
    en: 'Add an alt field for the cover image (e.g. "image_alt:" beside "image:", or "alt:" inside the image block).',
    pl: 'Dodaj pole z opisem obrazu wyróżniającego (np. „image_alt:” obok „image:” albo „alt:” w bloku obrazu).',
  },
  messages: {
    missing: {
      en: 'The cover image "{src}" has no alt text field.',
      pl: 'Obraz wyróżniający „{src}” nie ma pola z tekstem alternatywnym.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Cover without alt',
        format: 'markdown',
        content: '---\ntitle: Warsztaty\nimage: /media/2021/04/plansza.png\n---\n\nTekst.\n',
        expected: [{ line: 3, messageId: 'missing' }],
      },
    ],
    correct: [
      {
        title: 'Cover with alt',
        format: 'markdown',
        content:
          '---\ntitle: Warsztaty\nimage: /media/plansza.png\nimage_alt: Uczestnicy warsztatów przy stole\n---\n\nTekst.\n',
      },
      {
        title: 'A media id whose alt lives with the media item',
        format: 'markdown',
        content: '---\ntitle: Warsztaty\nprimary_image: warsztaty-2021\n---\n\nTekst.\n',
      },
    ],
  },
  check({ post, report }) {
    // Pages (section lists, docs, archetypes) are not posts: their site builds these from elsewhere.
    if (post.site && !post.site.isPost) return;
    const cover = post.meta.cover;
    const src = cover?.src?.value.trim();
    if (!cover || !src || cover.alt !== undefined || !isFileReference(src)) return;
    report({
      position: cover.src?.position ?? cover.position,
      field: cover.src,
      about: 'cover-alt',
      messageId: 'missing',
      data: { src },
      excerpt: src,
    });
  },
});

/** A path or URL to an image file, not an opaque media id ("warsztaty-2021", "1234"). */
function isFileReference(src: string): boolean {
  return /^(https?:)?\/\//i.test(src) || src.includes('/') || /\.[a-z0-9]{2,5}$/i.test(src);
}
