// Site profiles for rule tables: what a generator's config and layouts would have given.
import { GENERATOR_FLAVOURS, NEVER_POSTS } from '../../src/site/facts.js';
import type { Generator, SiteProfile } from '../../src/site/types.js';

export function siteOf(generator: Generator, extra: Partial<SiteProfile> = {}): SiteProfile {
  return {
    generator,
    root: '',
    flavour: { ...GENERATOR_FLAVOURS[generator] },
    notPosts: NEVER_POSTS,
    ...extra,
  };
}

/** The Rust blog's shape: Zola, titles rendered as h2 by its page template, English. */
export const zolaTitleH2 = siteOf('zola', { titleLevel: 2, lang: 'en', posts: ['content/**'] });
/** A Polish Hugo site whose layout renders the title as h1 and whose config sets languageCode. */
export const hugoPl = siteOf('hugo', { titleLevel: 1, lang: 'pl', posts: ['content/**'] });
