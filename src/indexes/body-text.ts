// The post's readable text (title and text blocks) in one string, for language detection.
import type { Post } from '../types.js';

export function bodyText(post: Post): string {
  return post.index.cached('bodyText', () =>
    [post.meta.title?.value ?? '', ...post.index.textBlocks.map((b) => b.text)].join('\n'),
  );
}
