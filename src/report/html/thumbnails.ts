// Thumbnails for the HTML report: image files found on disk next to the post, embedded as data:
// URIs so the report stays one self-contained file. Nothing is ever fetched from the network, and
// nothing outside the checked root is embedded: the `src` is decoded, `\` read as `/`, normalised,
// and the file must lie inside the root both by its path and by its real path (no `../`, `%2e%2e/`,
// symbolic links, drive letters or `\\host\share` UNC paths that Windows would open over SMB).
import { dirname, posix, resolve } from 'node:path';
import { FileRefused, isInside, readFileInsideSync } from '../../files/safe-read.js';
import type { OverviewImage, PostOverview } from '../types.js';

/** Bigger images get a placeholder: a report of a thousand posts must stay openable. */
export const MAX_THUMBNAIL_BYTES = 256 * 1024;

/** What all thumbnails of one report may add up to; a run over thousands of posts gets
 * placeholders after that. Share one budget across the posts of a report. */
export interface ThumbnailBudget {
  bytesLeft: number;
}

export function thumbnailBudget(bytes = 24 * 1024 * 1024): ThumbnailBudget {
  return { bytesLeft: bytes };
}

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** Where a root-relative `src` (`/media/x.png`) may live: the project itself, or the folder
 * static-site generators publish as the site's root (Hugo `static/`, Astro/Next `public/`). */
const SITE_ROOTS = ['.', 'static', 'public'];

/** Adds a thumbnail (or the reason there is none) to every image of `overview`, resolving each
 * relative `src` against the post file at `postPath`, and root-relative ones against `siteDir`, the
 * checked root: no image outside it is ever read. */
export function addThumbnails(
  overview: PostOverview,
  postPath: string | undefined,
  siteDir?: string,
  budget: ThumbnailBudget = thumbnailBudget(),
): PostOverview {
  for (const image of overview.images) resolveThumbnail(image, postPath, siteDir, budget);
  return overview;
}

function resolveThumbnail(
  image: OverviewImage,
  postPath: string | undefined,
  siteDir: string | undefined,
  budget: ThumbnailBudget,
): void {
  const src = image.src?.trim();
  if (!src || !postPath || /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(src)) {
    image.noThumbnail = src && /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(src) ? 'remote' : 'missing';
    return;
  }
  let path = src.replace(/[?#].*$/s, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the raw path: a stray % is a valid file name character.
  }
  path = path.replace(/\\/g, '/');
  // `C:/x.png` and `//host/share/x.png` (UNC, after `\\` became `//`) are never files of the tree.
  if (/^[a-z]:/i.test(path) || path.startsWith('//') || path.includes('\0')) {
    image.noThumbnail = 'outside';
    return;
  }
  const rooted = path.startsWith('/');
  const normal = posix.normalize(path);
  if (!siteDir) {
    image.noThumbnail = rooted ? 'site-root' : 'missing';
    return;
  }
  const candidates = rooted
    ? SITE_ROOTS.map((root) => resolve(siteDir, root, `.${normal}`))
    : [resolve(dirname(resolve(siteDir, postPath)), normal)];
  const inside = candidates.filter((file) => isInside(siteDir, file) && file !== siteDir);
  if (inside.length === 0) {
    image.noThumbnail = 'outside';
    return;
  }
  const mime = MIME[/\.([a-z\d]+)$/i.exec(normal)?.[1]?.toLowerCase() ?? ''];
  if (!mime) {
    image.noThumbnail = 'not-an-image';
    return;
  }
  for (const candidate of inside) {
    let bytes: Buffer;
    try {
      bytes = Buffer.from(
        readFileInsideSync(candidate, siteDir, Math.min(MAX_THUMBNAIL_BYTES, budget.bytesLeft)),
      );
    } catch (error) {
      if (!(error instanceof FileRefused)) continue; // not there: try the next site root
      if (error.reason === 'too-large')
        image.noThumbnail = error.size > MAX_THUMBNAIL_BYTES ? 'too-large' : 'budget';
      else image.noThumbnail = 'outside';
      return;
    }
    if (!looksLike(mime, bytes)) {
      image.noThumbnail = 'not-an-image';
      return;
    }
    image.thumbnail = `data:${mime};base64,${bytes.toString('base64')}`;
    budget.bytesLeft -= bytes.length;
    return;
  }
  image.noThumbnail = rooted ? 'site-root' : 'missing';
}

/** Only embed what the extension promises: a text file named .png stays out of the report. */
function looksLike(mime: string, bytes: Buffer): boolean {
  const hex = bytes.subarray(0, 12).toString('hex');
  switch (mime) {
    case 'image/png':
      return hex.startsWith('89504e470d0a1a0a');
    case 'image/jpeg':
      return hex.startsWith('ffd8ff');
    case 'image/gif':
      return hex.startsWith('47494638');
    case 'image/webp':
      return hex.startsWith('52494646') && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
    case 'image/avif':
      return bytes.subarray(4, 12).toString('latin1').startsWith('ftyp');
    default:
      return /<svg[\s>]/i.test(bytes.subarray(0, 4096).toString('utf8'));
  }
}
