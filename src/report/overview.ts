// The part of a parsed post that visual reports draw (outline, images, source for code frames).
// Pure: thumbnails are added by the Node side (src/report/html/thumbnails.ts).
import type { Post, SourceRange } from '../types.js';
import type { OverviewImage, PostOverview } from './types.js';

export function postOverview(post: Post): PostOverview {
  const overview: PostOverview = {
    lang: post.lang,
    format: post.format,
    source: post.source,
    titleAsH1: post.meta.titleIsRenderedAsH1,
    headings: post.index.headings.map((h) => ({
      level: h.level,
      text: h.text,
      ...lines(h.position),
    })),
    images: [],
  };
  if (post.meta.title?.value) overview.title = post.meta.title.value;
  const titleLine = post.meta.title?.position?.start.line;
  if (titleLine !== undefined) overview.titleLine = titleLine;
  const cover = post.meta.cover;
  if (cover) {
    const image: OverviewImage = {
      decorative: false,
      cover: true,
      ...lines(cover.alt?.position ?? cover.src?.position ?? cover.position),
    };
    if (cover.src?.value) image.src = cover.src.value;
    if (cover.alt) image.alt = cover.alt.value;
    // A cover spans src and alt fields: findings on either line belong to it.
    const first = [cover.position, cover.src?.position, cover.alt?.position].filter(Boolean) as SourceRange[];
    if (first.length > 0) {
      image.line = Math.min(...first.map((r) => r.start.line));
      image.endLine = Math.max(...first.map((r) => r.end.line));
    }
    overview.images.push(image);
  }
  for (const info of post.index.images) {
    const image: OverviewImage = { decorative: info.decorative, cover: false, ...lines(info.position) };
    if (info.src !== undefined) image.src = info.src;
    if (info.alt !== undefined) image.alt = info.alt;
    if (info.caption !== undefined) image.caption = info.caption;
    overview.images.push(image);
  }
  return overview;
}

function lines(range: SourceRange | undefined): { line: number; endLine: number } {
  return { line: range?.start.line ?? 1, endLine: range?.end.line ?? range?.start.line ?? 1 };
}
