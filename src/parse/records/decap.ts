// Decap (Netlify) CMS entries: what a `preSave` handler gets as `entry.toJS()` —
// `{ collection, slug, data: { title, date, image, body, … } }` — or the `data` fields alone.
// The fields are the post's front matter; `body` is Markdown.
import type { Post } from '../../types.js';
import { hasBody, parseFields } from './generic.js';
import { isObject, type RecordParseOptions } from './shared.js';

type Json = Record<string, unknown>;

export function looksLikeDecap(record: Json): boolean {
  // `data.body` is the entry's Markdown; a record with its own body and some `data` is generic.
  if (!isObject(record.data)) return false;
  return typeof record.data.body === 'string' || ('collection' in record && !hasBody(record));
}

export function parseDecap(record: Json, options: RecordParseOptions): Post {
  if (isObject(record.data)) {
    return parseFields(record.data, options, { prefix: 'decap', base: '$.data', defaultFormat: 'markdown' });
  }
  return parseFields(record, options, { prefix: 'decap', base: '$', defaultFormat: 'markdown' });
}
