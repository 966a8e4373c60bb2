// The generic record `{ title, date, modified, lang, body, format }` — and what Strapi, Contentful-
// style exports and hand-made JSON look like: a body string (Markdown or HTML), dates, a cover image
// given as a URL with an alt field, as an object (`{ url, alternativeText }`, Strapi v4's
// `{ data: { attributes } }`) or as a media id the host resolves.
import { PostParseError } from '../../errors.js';
import {
  allTextFields,
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

const BODY_KEYS = ['body', 'content', 'html', 'markdown', 'text'];
const PUBLISHED_KEYS = ['date', 'published', 'publishedAt', 'published_at', 'datePublished', 'pubDate'];
const MODIFIED_KEYS = ['modified', 'updated', 'updatedAt', 'updated_at', 'dateModified', 'lastmod'];
const COVER_KEYS = [
  'cover',
  'image',
  'featured_image',
  'featuredImage',
  'feature_image',
  'thumbnail',
  'hero',
];
const COVER_ALT_KEYS = [
  'image_alt',
  'imageAlt',
  'cover_alt',
  'coverAlt',
  'feature_image_alt',
  'thumbnail_alt',
];
const ALT_KEYS = ['alt', 'alternativeText', 'alt_text', 'altText', 'description'];
const URL_KEYS = ['url', 'src', 'image', 'path'];

export function hasBody(record: Json): boolean {
  return BODY_KEYS.some((k) => typeof record[k] === 'string');
}

export function readGeneric(record: Json, options: RecordParseOptions): RecordParts {
  return readFields(record, options, { prefix: 'record', base: '$' });
}

export function readFields(
  record: Json,
  options: RecordParseOptions,
  where: { prefix: string; base: string; defaultFormat?: 'markdown' },
): RecordParts {
  const { prefix, base } = where;
  const bodyKey = BODY_KEYS.find((k) => typeof record[k] === 'string');
  if (bodyKey === undefined) {
    throw new PostParseError(
      `This record has no body: expected a "body" (or "content", "html", "markdown") string field${base === '$' ? '' : ` in ${base}`}.`,
    );
  }
  const body = record[bodyKey] as string;
  const format =
    record.format === 'html' ||
    bodyKey === 'html' ||
    (record.format !== 'markdown' && where.defaultFormat !== 'markdown' && /^\s*</.test(body))
      ? 'html'
      : 'markdown';
  const parts: RecordParts = {
    body,
    format,
    bodyJsonPath: `${base}.${bodyKey}`,
    published: allTextFields(record, PUBLISHED_KEYS, prefix, base).slice(0, 1),
    modified: allTextFields(record, MODIFIED_KEYS, prefix, base).slice(0, 1),
    draft: record.draft === true || record.status === 'draft' || record.status === 'future',
  };
  const title = textField(record, ['title', 'headline', 'name'], prefix, base);
  if (title) parts.title = title;
  const lang = textField(record, ['lang', 'language', 'locale'], prefix, base);
  if (lang) parts.lang = { ...lang, value: localeToTag(lang.value) };
  const cover = coverImage(record, options, prefix, base);
  if (cover) parts.cover = cover;
  return parts;
}

function coverImage(
  record: Json,
  options: RecordParseOptions,
  prefix: string,
  base: string,
): RecordParts['cover'] {
  const key = COVER_KEYS.find((k) => record[k] !== undefined && record[k] !== null && record[k] !== '');
  if (!key) return undefined;
  const path = `${base}.${key}`;
  let value = record[key];
  let at = path;
  // Strapi v4: { data: { id, attributes: { url, alternativeText } } }
  if (isObject(value) && isObject(value.data)) {
    const data = value.data;
    value = isObject(data.attributes) ? { id: data.id, ...data.attributes } : data;
    at = isObject(data.attributes) ? `${path}.data.attributes` : `${path}.data`;
  }
  let src: RecordField | undefined;
  let alt: RecordField | undefined;
  if (typeof value === 'string') {
    src = recordField(prefix, key, path, value);
  } else if (isObject(value)) {
    src = textField(value, URL_KEYS, prefix, at);
    alt = textField(value, ALT_KEYS, prefix, at);
    if (!alt && (typeof value.id === 'number' || typeof value.id === 'string')) {
      alt = resolved(options, value.id, path, prefix);
    }
  } else if (typeof value === 'number') {
    src = recordField(prefix, key, path, String(value));
    alt = resolved(options, value, path, prefix);
    if (!alt) return undefined;
  } else {
    return undefined;
  }
  alt ??= textField(record, COVER_ALT_KEYS, prefix, base);
  const cover: NonNullable<RecordParts['cover']> = {};
  if (src) cover.src = src;
  if (alt) cover.alt = alt;
  return cover;
}

function resolved(
  options: RecordParseOptions,
  id: string | number,
  jsonPath: string,
  prefix: string,
): RecordField | undefined {
  const info = lookupAsset(options, { kind: 'strapi-media', id, jsonPath });
  if (info?.alt === undefined) return undefined;
  return recordField(prefix, 'alternativeText', jsonPath, (info.alt ?? '').trim());
}
