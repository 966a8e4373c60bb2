// Every date written in a post — its title, headings and text, image descriptions — found once
// per post (memoised on the post's index) and mapped back to exact source ranges.
import { primaryLanguage } from '../lang/language-tags.js';
import type { MetaField, Post, SourceRange, TextBlock } from '../types.js';
import { type DateMention, findDates } from './find.js';

export type DatePlace = 'title' | 'heading' | 'text' | 'alt';

export interface DateOccurrence {
  mention: DateMention;
  place: DatePlace;
  /** Source range of the mention (or of its container when it cannot be mapped exactly). */
  position?: SourceRange;
  /** Source range of `mention.text.slice(start, end)`. */
  rangeOf(start: number, end: number): SourceRange | undefined;
  block?: TextBlock;
  /** The metadata field the date was written in (a front matter or CMS title, a cover alt). */
  field?: MetaField;
}

/** The full language tag dates are read and written in (`de-AT`, `es-PE`): the declared tag when it
 * names the post's language, else the primary subtag. When posts carry their full tag (`Post.langTag`),
 * this becomes `return post.langTag`. */
export function dateTag(post: Post): string {
  const declared = post.meta.lang?.value.trim().replace(/_/g, '-');
  const primary = declared ? primaryLanguage(declared) : undefined;
  return declared && primary === post.lang ? declared : post.lang;
}

export function postDates(post: Post): DateOccurrence[] {
  const tag = dateTag(post);
  return post.index.cached(`dates:${tag}`, () => collect(post, tag));
}

function collect(post: Post, lang: string): DateOccurrence[] {
  const out: DateOccurrence[] = [];
  const title = post.meta.title;
  if (title && title.origin.kind !== 'heading') out.push(...fromField(post, title, 'title', lang));
  for (const block of post.index.textBlocks) {
    const place: DatePlace = /^h[1-6]$/.test(block.kind) ? 'heading' : 'text';
    for (const mention of findDates(block.text, lang)) {
      const rangeOf = (s: number, e: number) => block.range(s, e);
      out.push({ mention, place, position: rangeOf(mention.start, mention.end), rangeOf, block });
    }
  }
  for (const image of post.index.images) {
    if (!image.alt) continue;
    for (const mention of findDates(image.alt, lang)) {
      out.push({ mention, place: 'alt', position: image.position, rangeOf: () => image.position });
    }
  }
  const coverAlt = post.meta.cover?.alt;
  if (coverAlt?.value) out.push(...fromField(post, coverAlt, 'alt', lang));
  return out;
}

/** Dates in a metadata value (front matter title, `<title>`): located in the source when the value
 * is written there verbatim, else at the field. */
function fromField(post: Post, field: MetaField, place: DatePlace, lang: string): DateOccurrence[] {
  const mentions = findDates(field.value, lang);
  if (mentions.length === 0) return [];
  const pos = field.position;
  let base: number | undefined;
  if (pos?.start.offset !== undefined && pos.end.offset !== undefined) {
    const at = post.source.slice(pos.start.offset, pos.end.offset).indexOf(field.value);
    if (at >= 0) base = pos.start.offset + at;
  }
  const rangeOf = (s: number, e: number): SourceRange | undefined =>
    base === undefined ? pos : post.lines.range(base + s, base + e);
  return mentions.map((mention) => ({
    mention,
    place,
    position: rangeOf(mention.start, mention.end),
    rangeOf,
    field,
  }));
}
