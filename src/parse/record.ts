// CMS records (JSON) to a Post: the parsers live in ./cms/, one per CMS, behind detection.
// The generic shape is `{ title, date, modified, lang, body, format }`; positions refer to the body.
import type { Post } from '../types.js';
import { parseCmsRecord, type RecordKind, type RecordParseOptions } from './records/index.js';

export type { AssetInfo, AssetLookup, AssetRef, RecordKind, RecordParseOptions } from './records/index.js';
export { detectRecordKind, isRecordKind, RECORD_KINDS } from './records/index.js';

export function parseRecord(
  record: Record<string, unknown>,
  kind: RecordKind | undefined,
  options: RecordParseOptions,
): Post {
  return parseCmsRecord(record, kind, options);
}
