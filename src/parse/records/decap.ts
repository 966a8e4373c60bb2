// Decap (Netlify) CMS entries: what a `preSave` handler gets as `entry.toJS()` —
// `{ collection, slug, data: { title, date, image, body, … } }` — or the `data` fields alone.
// The fields are the post's front matter; `body` is Markdown.
import { hasBody, readFields } from './generic.js';
import { isObject, type RecordParseOptions, type RecordParts } from './shared.js';

type Json = Record<string, unknown>;

export function looksLikeDecap(record: Json): boolean {
  // `data.body` is the entry's Markdown; a record with its own body and some `data` is generic.
  if (!isObject(record.data)) return false;
  return typeof record.data.body === 'string' || ('collection' in record && !hasBody(record));
}

export function readDecap(record: Json, options: RecordParseOptions): RecordParts {
  if (isObject(record.data)) {
    return readFields(record.data, options, { prefix: 'decap', base: '$.data', defaultFormat: 'markdown' });
  }
  return readFields(record, options, { prefix: 'decap', base: '$', defaultFormat: 'markdown' });
}
