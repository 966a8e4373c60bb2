// Which CMS wrote a record, and the parser for it. Detection looks at shape, not at names a user
// chooses: WordPress's `content.rendered`, Ghost's `posts` envelope or `html` + `published_at`,
// Decap's `data`, Portable Text's block arrays; anything else with a body string is generic.
import type { Post } from '../../types.js';
import { PostParseError } from '../errors.js';
import { looksLikeDecap, parseDecap } from './decap.js';
import { hasBody, parseGeneric } from './generic.js';
import { looksLikeGhost, parseGhost } from './ghost.js';
import { looksLikePortableText, parsePortableText } from './portable-text.js';
import type { RecordParseOptions } from './shared.js';
import { looksLikeWordPress, parseWordPress } from './wordpress.js';

export type { AssetInfo, AssetLookup, AssetRef, RecordParseOptions } from './shared.js';

/** The CMS record shapes content-a11y reads (`--input`, `check({ input })`). */
export const RECORD_KINDS = ['wordpress', 'ghost', 'decap', 'portable-text', 'generic'] as const;
/** One of RECORD_KINDS. */
export type RecordKind = (typeof RECORD_KINDS)[number];

type Json = Record<string, unknown>;

const PARSERS: Record<RecordKind, (record: Json, options: RecordParseOptions) => Post> = {
  wordpress: parseWordPress,
  ghost: parseGhost,
  decap: parseDecap,
  'portable-text': parsePortableText,
  generic: parseGeneric,
};

/** The kind of post record, or undefined when the object does not look like a post at all. */
export function detectRecordKind(record: Json): RecordKind | undefined {
  if (looksLikeWordPress(record)) return 'wordpress';
  if (looksLikeGhost(record)) return 'ghost';
  if (looksLikePortableText(record)) return 'portable-text';
  if (looksLikeDecap(record)) return 'decap';
  if (hasBody(record)) return 'generic';
  return undefined;
}

export function isRecordKind(value: string): value is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(value);
}

export function parseCmsRecord(
  record: Json,
  kind: RecordKind | undefined,
  options: RecordParseOptions,
): Post {
  const chosen = kind ?? detectRecordKind(record);
  if (!chosen) {
    const keys = Object.keys(record).slice(0, 6).join(', ');
    throw new PostParseError(
      `This JSON is not a post record (keys: ${keys || 'none'}). Expected a WordPress, Ghost, Decap, Portable Text or { title, date, body } record; use --input to say which.`,
    );
  }
  return PARSERS[chosen](record, options);
}
