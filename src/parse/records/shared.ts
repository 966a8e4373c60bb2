// What every CMS record parser shares: a record's fields become PostMeta (each keeping the JSON
// path it came from), its body becomes the hast every rule reads, and findings get a JSON path back.
import type { Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { ApiMisuseError } from '../../errors.js';
import { part } from '../../parts/registry.js';
import type { CoverImage, FieldRole, MetaField, Post } from '../../types.js';
import { assemblePost, type ParseSettings } from '../assemble.js';
import { metaField } from '../fields.js';
import { htmlToHast, isFullHtmlDocument } from '../html.js';
import { markdownToHast } from '../markdown.js';
import { LineIndex } from '../positions.js';

/** A media record a post points at by id; the host looks it up (WordPress attachment, Strapi media). */
export interface AssetRef {
  /** `wordpress-media` (featured_media id), `sanity-image` (asset _ref), `strapi-media`, `url`. */
  kind: 'wordpress-media' | 'sanity-image' | 'strapi-media' | 'url';
  id: string | number;
  /** Where the reference sits in the record. */
  jsonPath: string;
}

/** What the host knows about a media record: its alt text (`alt_text`, `alternativeText`) and URL. */
export interface AssetInfo {
  alt?: string | null;
  src?: string;
}

export type AssetLookup = (ref: AssetRef) => AssetInfo | undefined;

export interface RecordParseOptions extends ParseSettings {
  /** Supplies alt text kept on media records. Synchronous here; check() pre-resolves async ones. */
  resolveAsset?: AssetLookup;
}

/** A record field: the value as text (empty for null) and where it came from. */
export interface RecordField {
  value: string;
  /** The record kind that named it (`wordpress`, `ghost`, `record` for the generic shape). */
  cms: string;
  /** The field's key (`date_gmt`, `published_at`, `alt_text`). */
  key: string;
  jsonPath: string;
}

export function recordField(cms: string, key: string, jsonPath: string, value: string): RecordField {
  return { value, cms, key, jsonPath };
}

export interface RecordParts {
  body: string;
  format: 'html' | 'markdown';
  bodyJsonPath: string;
  title?: RecordField;
  published: RecordField[];
  modified: RecordField[];
  lang?: RecordField;
  cover?: { src?: RecordField; alt?: RecordField };
  draft?: boolean;
  /** For bodies rendered from a JSON tree (Portable Text): the JSON path of a body line. */
  jsonPathAtLine?: (line: number) => string | undefined;
  /** Where a field the record lacks belongs (`{ published: '$.date' }`), for findings about it. */
  expectedPaths?: Partial<Record<FieldRole, string>>;
}

type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string or null field (null and missing differ: null is an empty field, missing is no field). */
export function textField(
  record: Json,
  keys: string[],
  prefix: string,
  base: string,
): RecordField | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' || value === null) {
      return recordField(prefix, key, `${base}.${key}`, (value ?? '').trim());
    }
  }
  return undefined;
}

export function allTextFields(record: Json, keys: string[], prefix: string, base: string): RecordField[] {
  return keys.flatMap((key) => textField(record, [key], prefix, base) ?? []);
}

/** Decodes `title.rendered`-style HTML (`&#8211;`, `<em>`) to plain text. */
export function htmlText(html: string): string {
  return hastToString(part('html').fromHtml(html, { fragment: true })).trim();
}

/** `pl_PL` (WordPress locales) to `pl-PL` (BCP 47). */
export function localeToTag(value: string): string {
  return value.replace(/_/g, '-');
}

/** Looks an asset up, never letting a host's callback crash the check. */
export function lookupAsset(options: RecordParseOptions, ref: AssetRef): AssetInfo | undefined {
  if (!options.resolveAsset) return undefined;
  const info = options.resolveAsset(ref);
  if (info && typeof (info as { then?: unknown }).then === 'function') {
    throw new ApiMisuseError(
      'resolveAsset returned a Promise: use check() (async) for asynchronous lookups.',
    );
  }
  return info;
}

function toMeta(field: RecordField, role: FieldRole): MetaField {
  return metaField(role, field.value, {
    kind: 'record',
    key: field.key,
    cms: field.cms === 'record' ? undefined : field.cms,
    jsonPath: field.jsonPath,
    // WordPress keeps each date twice: `date` in the site's zone, `date_gmt` in UTC without a zone.
    utc: /_gmt$/i.test(field.key) || undefined,
  });
}

/** Builds the Post from a record's parts; the body's positions are its own lines. */
export function buildRecordPost(parts: RecordParts, options: RecordParseOptions): Post {
  const { body, format } = parts;
  const lines = new LineIndex(body);
  const hast: Root = format === 'html' ? htmlToHast(body) : markdownToHast(body);
  const post = assemblePost({
    source: body,
    format,
    hast,
    lines,
    path: options.path,
    fullDocument: format === 'html' && isFullHtmlDocument(body),
    externalTitle: parts.title && toMeta(parts.title, 'title'),
    input: { ...options, titleAsH1: options.titleAsH1 ?? true },
    amendMeta: (meta) => {
      meta.published.unshift(...parts.published.map((f) => toMeta(f, 'published')));
      meta.modified.unshift(...parts.modified.map((f) => toMeta(f, 'modified')));
      if (parts.lang?.value) meta.lang = toMeta(parts.lang, 'lang');
      if (parts.cover) {
        const cover: CoverImage = {};
        if (parts.cover.src) cover.src = toMeta(parts.cover.src, 'cover-src');
        if (parts.cover.alt) cover.alt = toMeta(parts.cover.alt, 'cover-alt');
        meta.cover = cover;
      }
      if (parts.draft) meta.draft = true;
    },
  });
  post.record = {
    bodyJsonPath: parts.bodyJsonPath,
    fieldPaths: fieldPaths(parts),
  };
  if (parts.jsonPathAtLine) post.record.jsonPathAtLine = parts.jsonPathAtLine;
  return post;
}

/** Where each kind of field sits in the record (the first published date when there are several). */
function fieldPaths(parts: RecordParts): Partial<Record<FieldRole, string>> {
  const paths: Partial<Record<FieldRole, string>> = { ...parts.expectedPaths };
  const set = (role: FieldRole, field: RecordField | undefined) => {
    if (field) paths[role] = field.jsonPath;
  };
  set('title', parts.title);
  set('published', parts.published.find((f) => !f.value) ?? parts.published[0]);
  set('modified', parts.modified[0]);
  set('lang', parts.lang);
  set('cover-src', parts.cover?.src);
  set('cover-alt', parts.cover?.alt ?? parts.cover?.src);
  return paths;
}
