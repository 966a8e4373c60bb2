// Ghost Admin API posts (`GET /ghost/api/admin/posts/ID/?formats=html`): a `{ posts: [post] }`
// envelope or the post itself; `html` body, `published_at`, `updated_at`, `feature_image` with
// `feature_image_alt`, `status`. Ghost has no per-post language field; a `lang`/`locale` is read
// when a host adds one, otherwise the text decides.
import { PostParseError } from '../../errors.js';
import { isObject, localeToTag, type RecordParseOptions, type RecordParts, textField } from './shared.js';

type Json = Record<string, unknown>;

export function looksLikeGhost(record: Json): boolean {
  if (Array.isArray(record.posts) && isObject(record.posts[0])) return true;
  return (
    ('html' in record || 'lexical' in record || 'mobiledoc' in record) &&
    ('feature_image' in record || 'published_at' in record || 'uuid' in record)
  );
}

export function readGhost(input: Json, _options: RecordParseOptions): RecordParts {
  const enveloped = Array.isArray(input.posts) && isObject(input.posts[0]);
  const record = enveloped ? (input.posts as Json[])[0]! : input;
  const base = enveloped ? '$.posts[0]' : '$';
  if (typeof record.html !== 'string') {
    throw new PostParseError(
      'This Ghost post has no "html": request it with ?formats=html (the Admin API returns only lexical by default).',
    );
  }
  const parts: RecordParts = {
    body: record.html,
    format: 'html',
    bodyJsonPath: `${base}.html`,
    published: [textField(record, ['published_at'], 'ghost', base)].filter((f) => f !== undefined),
    modified: [textField(record, ['updated_at'], 'ghost', base)].filter((f) => f !== undefined),
    draft: record.status === 'draft' || record.status === 'scheduled',
  };
  const title = textField(record, ['title'], 'ghost', base);
  if (title) parts.title = title;
  const lang = textField(record, ['lang', 'locale', 'language'], 'ghost', base);
  if (lang) parts.lang = { ...lang, value: localeToTag(lang.value) };
  const src = textField(record, ['feature_image'], 'ghost', base);
  if (src?.value) {
    const alt = textField(record, ['feature_image_alt'], 'ghost', base);
    parts.cover = alt ? { src, alt } : { src };
  }
  return parts;
}
