// File names in alt text (WCAG F30): what a CMS copies from the upload when nobody writes an alt.
// Patterns that hold in every language; only the screenshot names come from the packs.

import { trimEndChars, trimStartChars } from '../normalize.js';
import { allPacks } from '../registry.js';

/** Image and document extensions after a name ("zdjecie-1.jpg"), not a lone ".png" in prose. */
const EXTENSION = /[\p{L}\p{N}_)-]\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|heif|pdf|psd|eps|ai)\b/iu;
/** Camera and phone file tokens: IMG_1234, IMG-20230615-WA0001, DSC01234, DSCN1234, PXL_2023…, GOPR0001. */
const CAMERA = /\b(?:IMG|DSC|DSCN|DSCF|DCIM|PXL|GOPR|MVIMG|VID|WP)[_-]?\d{4,}(?:[_-]\w+)?\b|\bP\d{7}\b/iu;

let screenshot: RegExp | undefined;

/** "Screenshot 2024-05-20", "Zrzut ekranu 2024-05-20", "CleanShot 2022-06-26 at 19.41.30@2x": what
 * each pack's operating systems and screenshot tools name a screenshot, followed by its date; never
 * the word alone ("a screenshot of the form" is a description). Any language's name counts: it follows the author's system,
 * not the post. */
function screenshotName(): RegExp {
  if (screenshot) return screenshot;
  const names = allPacks()
    .flatMap((pack) => pack.words.screenshotNames.flatMap((entry) => entry.text.split('|')))
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ '’]/g, "[ '’_-]"));
  // GNOME writes "Screenshot from 2024-02-23", "Screencast from 23 02 2024", Android
  // "Screenshot_20230615-104512", macOS in German "Bildschirmfoto vom …": an optional "from" and
  // three date shapes.
  screenshot = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?:[ _-](?:from|z|vom|du|de))?[ _-]?(?:\\d{4}-\\d{2}-\\d{2}|\\d{2}[ .-]\\d{2}[ .-]\\d{4}|\\d{8})`,
    'iu',
  );
  return screenshot;
}

/** A pixel size: 800x600, 1920×1080. */
const SIZE = /\b\d{2,5}\s?[x×]\s?\d{2,5}(?:px)?\b/u;
const URL = /^(?:https?:\/\/|www\.)\S+$/iu;

/** The offending token, or undefined. `src` catches an alt equal to the file's base name. */
export function fileNameInAlt(alt: string, src?: string): string | undefined {
  const text = alt.trim();
  if (URL.test(text)) return text;
  const ext = EXTENSION.exec(text);
  if (ext) return wordAround(text, ext.index + 1);
  const camera = CAMERA.exec(text) ?? screenshotName().exec(text);
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
