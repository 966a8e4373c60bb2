// File names in alt text (WCAG F30): what a CMS copies from the upload when nobody writes an alt.
// Language-independent patterns, kept apart from the word lists.

import { trimEndChars, trimStartChars } from '../normalize.js';

/** Image and document extensions after a name ("zdjecie-1.jpg"), not a lone ".png" in prose. */
const EXTENSION = /[\p{L}\p{N}_)-]\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|heif|pdf|psd|eps|ai)\b/iu;
/** Camera and phone file tokens: IMG_1234, IMG-20230615-WA0001, DSC01234, DSCN1234, PXL_2023…, GOPR0001. */
const CAMERA = /\b(?:IMG|DSC|DSCN|DSCF|DCIM|PXL|GOPR|MVIMG|VID|WP)[_-]?\d{4,}(?:[_-]\w+)?\b|\bP\d{7}\b/iu;
/**
 * The names screenshot and screencast tools give their files, which an upload then uses as the
 * alt: macOS "Screen Shot 2022-06-26 at 7.41.30 PM" / "Screenshot 2022-06-26 at …", CleanShot
 * "CleanShot 2022-06-26 at 19.41.30@2x", GNOME "Screenshot from 2024-02-23 19-15-19" and
 * "Screencast from 23 02 2024 19 15 19", Android "Screenshot_20230615-104512", and macOS in
 * Polish, German, French and Spanish ("Zrzut ekranu 2023-06-15 o 10.45.12", "Bildschirmfoto …",
 * "Capture d’écran …", "Captura de pantalla …"). A tool name followed by a date, never the word
 * alone: "a screenshot of the form" is a description.
 */
const SCREENSHOT =
  /\b(?:screen ?shot|screen ?cast|clean ?shot|zrzut ekranu|bildschirmfoto|capture d['’]écran|captura de pantalla)(?:[ _-](?:from|z|vom|du|de))?[ _-]?(?:\d{4}-\d{2}-\d{2}|\d{2}[ .-]\d{2}[ .-]\d{4}|\d{8})/iu;
/** A pixel size: 800x600, 1920×1080. */
const SIZE = /\b\d{2,5}\s?[x×]\s?\d{2,5}(?:px)?\b/u;
const URL = /^(?:https?:\/\/|www\.)\S+$/iu;

/** The offending token, or undefined. `src` catches an alt equal to the file's base name. */
export function fileNameInAlt(alt: string, src?: string): string | undefined {
  const text = alt.trim();
  if (URL.test(text)) return text;
  const ext = EXTENSION.exec(text);
  if (ext) return wordAround(text, ext.index + 1);
  const camera = CAMERA.exec(text) ?? SCREENSHOT.exec(text);
  if (camera) return camera[0];
  const size = SIZE.exec(text);
  if (size && text.length - size[0].length < 12) return size[0];
  if (src) {
    const base = baseName(src);
    // A base name that only a machine writes (with _ - or digits) and that the alt repeats as is.
    if (base && /[_\-\d]/.test(base) && base.toLowerCase() === text.toLowerCase()) return text;
  }
  return undefined;
}

function baseName(src: string): string | undefined {
  const path = src.split(/[?#]/)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  let base = dot > 0 ? name.slice(0, dot) : name;
  try {
    base = decodeURIComponent(base);
  } catch {
    // Keep it encoded.
  }
  return base || undefined;
}

/** The whitespace-delimited word containing `at` ("rynek-kielce-2021.jpg"). */
function wordAround(text: string, at: number): string {
  let start = at;
  let end = at;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return trimEndChars(trimStartChars(text.slice(start, end), `("'„“`), `)"'”.,;:`);
}
