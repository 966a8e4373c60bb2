// Decap (Netlify) CMS entries: what a `preSave` handler gets as `entry.toJS()` —
// `{ collection, slug, data: { title, date, image, body, … } }` — or the `data` fields alone.
// The fields are the post's front matter; `body` is Markdown.
import type { Post } from '../../types.js';
import { parseFields } from './generic.js';
import { isObject, type RecordParseOptions } from './shared.js';

type Json = Record<string, unknown>;

export function looksLikeDecap(record: Json): boolean {
  return isObject(record.data) && ('collection' in record || 'slug' in record || 'body' in record.data);
}

export function parseDecap(record: Json, options: RecordParseOptions): Post {
  if (isObject(record.data)) {
    return parseFields(record.data, options, { prefix: 'decap', base: '$.data', defaultFormat: 'markdown' });
  }
  return parseFields(record, options, { prefix: 'decap', base: '$', defaultFormat: 'markdown' });
}
