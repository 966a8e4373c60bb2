// Which CMS wrote a record, and the parser for it. Detection looks at shape, not at names a user
// chooses: WordPress's `content.rendered`, Ghost's `posts` envelope or `html` + `published_at`,
// Decap's `data`, Portable Text's block arrays; anything else with a body string is generic.

import { PostParseError } from '../../errors.js';
import type { Post } from '../../types.js';
import { looksLikeDecap, readDecap } from './decap.js';
import { hasBody, readGeneric } from './generic.js';
import { looksLikeGhost, readGhost } from './ghost.js';
import { looksLikePortableText, readPortableText } from './portable-text.js';
import {
  type AssetInfo,
  type AssetRef,
  buildRecordPost,
  type RecordParseOptions,
  type RecordParts,
} from './shared.js';
import { looksLikeWordPress, readWordPress } from './wordpress.js';

export type { AssetInfo, AssetLookup, AssetRef, RecordParseOptions } from './shared.js';

/** The CMS record shapes content-a11y reads (`--input`, `check({ input })`). */
export const RECORD_KINDS = ['wordpress', 'ghost', 'decap', 'portable-text', 'generic'] as const;
/** One of RECORD_KINDS. */
export type RecordKind = (typeof RECORD_KINDS)[number];

type Json = Record<string, unknown>;

/** Each reader turns a record into its parts (fields and body text) without parsing the body, so
 * asset look-ups can be collected and answered before the one expensive step. */
const READERS: Record<RecordKind, (record: Json, options: RecordParseOptions) => RecordParts> = {
  wordpress: readWordPress,
  ghost: readGhost,
  decap: readDecap,
  'portable-text': readPortableText,
  generic: readGeneric,
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

/** Reads a record into a Post: its fields become metadata, its body the tree every rule reads. */
export function parseRecord(record: Json, kind: RecordKind | undefined, options: RecordParseOptions): Post {
  return buildRecordPost(readRecordParts(record, kind, options), options);
}

/**
 * The media records a record points at (WordPress `featured_media`, a Sanity asset), found without
 * parsing its body, so an async host can look them all up before the post is parsed once.
 */
export function assetRefsOf(record: Json, kind: RecordKind | undefined): AssetRef[] {
  const refs: AssetRef[] = [];
  readRecordParts(record, kind, {
    resolveAsset: (ref: AssetRef): AssetInfo | undefined => {
      refs.push(ref);
      return undefined;
    },
  });
  return refs;
}

function readRecordParts(
  record: Json,
  kind: RecordKind | undefined,
  options: RecordParseOptions,
): RecordParts {
  const chosen = kind ?? detectRecordKind(record);
  if (!chosen) {
    const keys = Object.keys(record).slice(0, 6).join(', ');
    throw new PostParseError(
      `This JSON is not a post record (keys: ${keys || 'none'}). Expected a WordPress, Ghost, Decap, Portable Text or { title, date, body } record; use --input to say which.`,
    );
  }
  return READERS[chosen](record, options);
}
