// The level at which a post's title is rendered, from the configuration, the site's layout, or
// (with neither) the post itself: a title field is the template's h1, unless the body opens with
// an h1 repeating it (Microsoft Docs' convention).
import type { ResolvedConfig } from '../config/types.js';
import type { Post } from '../types.js';
import type { TitleLevel } from './types.js';

export function effectiveTitleLevel(post: Post, config: Pick<ResolvedConfig, 'titleLevel'>): TitleLevel {
  if (config.titleLevel !== undefined) return config.titleLevel;
  const bySite = post.site?.titleLevel;
  // The layout renders the title field; a full HTML page or a post without one has its own outline.
  if (bySite !== undefined && !post.meta.fullDocument && titleOutsideBody(post)) return bySite;
  return post.meta.titleIsRenderedAsH1 ? 1 : 'none';
}

/** The startLevel that follows from a title level: the level below it, or 1 with no title heading. */
export function startLevelBelow(level: TitleLevel): number {
  return typeof level === 'number' ? Math.min(level + 1, 6) : 1;
}

function titleOutsideBody(post: Post): boolean {
  const title = post.meta.title;
  return title !== undefined && title.origin.kind !== 'heading';
}
