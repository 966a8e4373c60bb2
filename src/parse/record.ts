// CMS records (JSON) to a Post. The generic shape is `{ title, date, modified, lang, body, format }`;
// the body is Markdown or HTML and positions refer to it.
import type { Root } from 'hast';
import type { MetaField, Post, PostFormat } from '../types.js';
import { PostParseError } from './errors.js';
import { htmlToHast, isFullHtmlDocument } from './html.js';
import { assemblePost, type ParseInput } from './index.js';
import { markdownToHast } from './markdown.js';
import { LineIndex } from './positions.js';

export type RecordKind = 'generic';

export function parseRecord(
  record: Record<string, unknown>,
  kind: RecordKind | undefined,
  options: Omit<ParseInput, 'content'>,
): Post {
  void kind;
  return parseGenericRecord(record, options);
}

function parseGenericRecord(record: Record<string, unknown>, options: Omit<ParseInput, 'content'>): Post {
  const body = pickString(record, ['body', 'content', 'html', 'markdown', 'text']);
  if (body === undefined) {
    throw new PostParseError(
      'This record has no body: expected a "body" (or "content", "html", "markdown") string field.',
    );
  }
  const bodyKey = ['body', 'content', 'html', 'markdown', 'text'].find((k) => typeof record[k] === 'string')!;
  const format: PostFormat =
    record.format === 'html' ||
    bodyKey === 'html' ||
    (record.format !== 'markdown' && /^\s*</.test(body.value))
      ? 'html'
      : 'markdown';
  const lines = new LineIndex(body.value);
  const hast: Root = format === 'html' ? htmlToHast(body.value) : markdownToHast(body.value);
  const post = assemblePost({
    source: body.value,
    format,
    hast,
    lines,
    path: options.path,
    fullDocument: format === 'html' && isFullHtmlDocument(body.value),
    externalTitle: field(record, ['title', 'headline', 'name']),
    input: { ...options, titleAsH1: options.titleAsH1 ?? true },
    amendMeta: (meta) => {
      const published = field(record, [
        'date',
        'published',
        'publishedAt',
        'published_at',
        'datePublished',
        'pubDate',
      ]);
      if (published) meta.published.unshift(published);
      const modified = field(record, [
        'modified',
        'updated',
        'updatedAt',
        'updated_at',
        'dateModified',
        'lastmod',
      ]);
      if (modified) meta.modified.unshift(modified);
      const lang = field(record, ['lang', 'language', 'locale']);
      if (lang?.value) meta.lang = lang;
      if (record.draft === true || record.status === 'draft' || record.status === 'future') meta.draft = true;
    },
  });
  post.bodyJsonPath = `$.${bodyKey}`;
  return post;
}

function pickString(
  record: Record<string, unknown>,
  keys: string[],
): { key: string; value: string } | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string') return { key, value };
  }
  return undefined;
}

function field(record: Record<string, unknown>, keys: string[]): MetaField | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' || value === null)
      return { value: (value ?? '').trim(), source: `record:${key}` };
  }
  return undefined;
}
