// What every CMS record parser shares: a record's fields become PostMeta (each keeping the JSON
// path it came from), its body becomes the hast every rule reads, and findings get a JSON path back.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import type { CoverImage, Finding, MetaField, Post } from '../../types.js';
import { htmlToHast, isFullHtmlDocument } from '../html.js';
import { assemblePost, type ParseInput } from '../index.js';
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

export interface RecordParseOptions extends Omit<ParseInput, 'content' | 'format'> {
  /** Supplies alt text kept on media records. Synchronous here; check() pre-resolves async ones. */
  resolveAsset?: AssetLookup;
}

/** A record field: the value as text (empty for null) and where it came from. */
export interface RecordField {
  value: string;
  /** `wordpress:date`, `ghost:published_at`, `record:date`… */
  source: string;
  jsonPath: string;
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
      return { value: (value ?? '').trim(), source: `${prefix}:${key}`, jsonPath: `${base}.${key}` };
    }
  }
  return undefined;
}

export function allTextFields(record: Json, keys: string[], prefix: string, base: string): RecordField[] {
  return keys.flatMap((key) => textField(record, [key], prefix, base) ?? []);
}

/** Decodes `title.rendered`-style HTML (`&#8211;`, `<em>`) to plain text. */
export function htmlText(html: string): string {
  return hastToString(fromHtml(html, { fragment: true })).trim();
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

const START_ONLY = (f: Finding) => f.line === 1 && f.column === 1 && f.endLine === 1 && f.endColumn === 1;

function toMeta(field: RecordField | undefined): MetaField | undefined {
  return field ? { value: field.value, source: field.source } : undefined;
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
    externalTitle: toMeta(parts.title),
    input: { ...options, titleAsH1: options.titleAsH1 ?? true },
    amendMeta: (meta) => {
      meta.published.unshift(...parts.published.map((f) => toMeta(f)!));
      meta.modified.unshift(...parts.modified.map((f) => toMeta(f)!));
      if (parts.lang?.value) meta.lang = toMeta(parts.lang);
      if (parts.cover) {
        const cover: CoverImage = {};
        if (parts.cover.src) cover.src = toMeta(parts.cover.src);
        if (parts.cover.alt) cover.alt = toMeta(parts.cover.alt);
        meta.cover = cover;
      }
      if (parts.draft) meta.draft = true;
    },
  });
  post.bodyJsonPath = parts.bodyJsonPath;
  post.jsonPathOf = (finding) => jsonPathOf(parts, finding);
  return post;
}

/**
 * Where a finding is in the record. Findings with a body position point at the body (or its
 * Portable Text block); findings on record fields sit at the body's start with no width, and are
 * matched to the field by what they quote or name.
 */
function jsonPathOf(parts: RecordParts, finding: Finding): string {
  if (!START_ONLY(finding)) return parts.jsonPathAtLine?.(finding.line) ?? parts.bodyJsonPath;
  const fields = [
    parts.cover?.alt,
    parts.title,
    parts.lang,
    ...parts.published,
    ...parts.modified,
    parts.cover?.src,
  ].filter((f): f is RecordField => f !== undefined);
  const named = fields.find(
    (f) => finding.message.includes(f.source) || (f.value !== '' && finding.excerpt === f.value),
  );
  if (named) return named.jsonPath;
  const id = finding.ruleId;
  const byRule = id.startsWith('date-')
    ? (parts.published.find((f) => !f.value) ?? parts.published[0])
    : id.startsWith('lang-')
      ? parts.lang
      : id.startsWith('title-')
        ? parts.title
        : id.startsWith('img-cover')
          ? (parts.cover?.alt ?? parts.cover?.src)
          : undefined;
  return byRule?.jsonPath ?? parts.bodyJsonPath;
}

/** A mistake in how the library is called (not in the post): thrown to the caller, never turned
 * into a finding about the post. */
export class ApiMisuseError extends TypeError {
  override name = 'ApiMisuseError';
}
