// The post's readable text in one string: for language detection and the language rules.
import { detectionSample } from '../lang/decide.js';
import type { Post } from '../types.js';

/** The title and the text blocks. */
export function bodyText(post: Post): string {
  return post.index.cached('bodyText', () =>
    [post.meta.title?.value ?? '', ...post.index.textBlocks.map((b) => b.text)].join('\n'),
  );
}

/** Title, text blocks and image descriptions: what language detection reads. */
export function detectionText(post: Post): string {
  return post.index.cached('detectionText', () =>
    detectionSample(
      post.meta.title?.value,
      post.index.textBlocks.map((b) => b.text),
      post.index.images.flatMap((i) => (i.alt?.trim() ? [i.alt] : [])),
    ),
  );
}
