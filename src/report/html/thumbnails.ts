// Thumbnails for the HTML report: image files found on disk next to the post, embedded as data:
// URIs so the report stays one self-contained file. Nothing is ever fetched from the network.
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
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
 * relative `src` against the post file at `postPath`, and root-relative ones against `siteDir`. */
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
  const rooted = path.startsWith('/');
  const candidates = rooted
    ? siteDir
      ? SITE_ROOTS.map((root) => resolve(siteDir, root, `.${path}`)).filter((file) => isInside(siteDir, file))
      : []
    : [resolve(dirname(postPath), path)];
  const mime = MIME[/\.([a-z\d]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''];
  if (!mime) {
    image.noThumbnail = 'not-an-image';
    return;
  }
  for (const candidate of candidates) {
    let size: number;
    try {
      const stat = statSync(candidate);
      if (!stat.isFile()) continue;
      size = stat.size;
    } catch {
      continue;
    }
    if (size > MAX_THUMBNAIL_BYTES) {
      image.noThumbnail = 'too-large';
      return;
    }
    if (size > budget.bytesLeft) {
      image.noThumbnail = 'budget';
      return;
    }
    const bytes = readFileSync(candidate);
    if (!looksLike(mime, bytes)) {
      image.noThumbnail = 'not-an-image';
      return;
    }
    image.thumbnail = `data:${mime};base64,${bytes.toString('base64')}`;
    budget.bytesLeft -= size;
    return;
  }
  image.noThumbnail = rooted ? 'site-root' : 'missing';
}

function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
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
