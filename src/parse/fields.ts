// Building metadata fields and asking about their origin. Every reader of a post (front matter,
// HTML head, labelled text, file path, CMS records) makes fields here, and rules ask these
// predicates instead of reading strings back.
import type { FieldOrigin, FieldRole, MetaField, SourceRange } from '../types.js';

export function metaField(
  role: FieldRole,
  value: string,
  origin: FieldOrigin,
  position?: SourceRange,
): MetaField {
  const field: MetaField = { value, role, origin };
  if (position) field.position = position;
  return field;
}

/** The same value and origin in another role (a front matter `image` is the cover's source). */
export function withRole(field: MetaField, role: FieldRole): MetaField {
  return { ...field, role };
}

/** File-path dates: a reader never sees them and templates do not publish them as the date. */
export function isPathOrigin(origin: FieldOrigin): boolean {
  return origin.kind === 'path';
}

/** Values a reader sees on the page: a "Published:" label, a `<time>` element. */
export function isVisibleOrigin(origin: FieldOrigin): boolean {
  return origin.kind === 'label' || origin.kind === 'time';
}

/** Values kept for machines: front matter, `<meta>`, JSON-LD, CMS fields. */
export function isMetadataOrigin(origin: FieldOrigin): boolean {
  return !isPathOrigin(origin) && !isVisibleOrigin(origin);
}

/**
 * Origins that speak for one system: every front matter key is one, each CMS is one. Two values of
 * one group disagreeing is that system's own inconsistency, not a mismatch between places.
 */
export function originGroup(origin: FieldOrigin): string {
  return origin.kind === 'record' ? `record:${origin.cms ?? ''}` : origin.kind;
}

/** How authoritative a date is: metadata first, then `<time>`, then labels, then the file path. */
export function originRank(origin: FieldOrigin): number {
  switch (origin.kind) {
    case 'path':
      return 3;
    case 'label':
      return 2;
    case 'time':
      return 1;
    default:
      return 0;
  }
}
