// WordPress REST API posts (`/wp/v2/posts/ID`, `context=view|edit`): `title.rendered`,
// `content.rendered`, site-local `date` and UTC `date_gmt` (written without `Z`), `featured_media`
// (an attachment id: its `alt_text` comes from `_embedded` or the host's resolveAsset), and the
// `lang` field multilingual plugins add (Polylang `lang`, WPML `wpml_current_locale`).
import { PostParseError } from '../../errors.js';
import {
  allTextFields,
  htmlText,
  isObject,
  localeToTag,
  lookupAsset,
  type RecordField,
  type RecordParseOptions,
  type RecordParts,
  recordField,
  textField,
} from './shared.js';

type Json = Record<string, unknown>;

export function looksLikeWordPress(record: Json): boolean {
  return isObject(record.content) && ('rendered' in record.content || 'raw' in record.content);
}

/** `{ rendered }` or `{ raw }` (context=edit), or a plain string from a hand-made record. */
function renderedText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  if (typeof value.rendered === 'string') return value.rendered;
  if (typeof value.raw === 'string') return value.raw;
  return undefined;
}

function renderedKey(value: unknown): string {
  return isObject(value) && typeof value.rendered !== 'string' && typeof value.raw === 'string'
    ? 'raw'
    : 'rendered';
}

export function readWordPress(record: Json, options: RecordParseOptions): RecordParts {
  const body = renderedText(record.content);
  if (body === undefined) {
    throw new PostParseError(
      'This WordPress record has no body: expected "content.rendered" (or "content.raw") as a string.',
    );
  }
  const title = renderedText(record.title);
  const parts: RecordParts = {
    body,
    format: 'html',
    bodyJsonPath:
      typeof record.content === 'string' ? '$.content' : `$.content.${renderedKey(record.content)}`,
    published: allTextFields(record, ['date', 'date_gmt'], 'wordpress', '$'),
    modified: allTextFields(record, ['modified_gmt', 'modified'], 'wordpress', '$'),
    draft: ['draft', 'future', 'pending', 'auto-draft'].includes(String(record.status)),
  };
  if (title !== undefined) {
    const jsonPath = typeof record.title === 'string' ? '$.title' : `$.title.${renderedKey(record.title)}`;
    parts.title = recordField('wordpress', 'title', jsonPath, htmlText(title));
  }
  const lang = textField(record, ['lang', 'language', 'locale', 'wpml_current_locale'], 'wordpress', '$');
  if (lang) parts.lang = { ...lang, value: localeToTag(lang.value) };
  const cover = featuredMedia(record, options);
  if (cover) parts.cover = cover;
  return parts;
}

/** The featured image's alt: `_embedded["wp:featuredmedia"][0].alt_text`, else resolveAsset. */
function featuredMedia(record: Json, options: RecordParseOptions): RecordParts['cover'] {
  const id = record.featured_media;
  if (typeof id !== 'number' || id === 0) return undefined;
  const embedded = isObject(record._embedded) ? record._embedded['wp:featuredmedia'] : undefined;
  const media = Array.isArray(embedded) ? embedded.find((m) => isObject(m) && m.id === id) : undefined;
  let alt: RecordField | undefined;
  let src: RecordField | undefined;
  if (isObject(media)) {
    alt = textField(media, ['alt_text'], 'wordpress', '$._embedded["wp:featuredmedia"][0]');
    if (typeof media.source_url === 'string') {
      src = recordField('wordpress', 'source_url', '$.featured_media', media.source_url);
    }
  } else {
    const info = lookupAsset(options, { kind: 'wordpress-media', id, jsonPath: '$.featured_media' });
    if (!info) return undefined;
    if (info.alt !== undefined) {
      alt = recordField('wordpress', 'alt_text', '$.featured_media', (info.alt ?? '').trim());
    }
    if (info.src) src = recordField('wordpress', 'source_url', '$.featured_media', info.src);
  }
  src ??= recordField('wordpress', 'featured_media', '$.featured_media', String(id));
  return alt ? { src, alt } : { src };
}
