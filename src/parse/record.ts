// CMS records (JSON) to a Post: the readers live in ./records/, one per CMS, behind detection.
// The generic shape is `{ title, date, modified, lang, body, format }`; positions refer to the body.
export type { AssetInfo, AssetLookup, AssetRef, RecordKind, RecordParseOptions } from './records/index.js';
export { assetRefsOf, detectRecordKind, isRecordKind, parseRecord, RECORD_KINDS } from './records/index.js';
