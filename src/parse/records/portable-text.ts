// Sanity documents with a Portable Text body: blocks with `_key`, `style` (normal, h1–h6,
// blockquote), `listItem`, spans with marks, and image blocks with `alt` (or alt text on the asset,
// through resolveAsset). The body is rendered to HTML one block per line, so a finding's line
// leads back to its block and its JSON path names the block's `_key`.
import { PostParseError } from '../../errors.js';
import {
  isObject,
  localeToTag,
  lookupAsset,
  type RecordParseOptions,
  type RecordParts,
  recordField,
  textField,
} from './shared.js';

type Json = Record<string, unknown>;

const BODY_KEYS = ['body', 'content', 'text', 'portableText', 'blocks'];

function isBlockArray(value: unknown): value is Json[] {
  return Array.isArray(value) && value.some((b) => isObject(b) && b._type === 'block');
}

function bodyKey(record: Json): string | undefined {
  return (
    BODY_KEYS.find((k) => isBlockArray(record[k])) ?? Object.keys(record).find((k) => isBlockArray(record[k]))
  );
}

export function looksLikePortableText(record: Json): boolean {
  return bodyKey(record) !== undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
const MARK_TAGS: Record<string, string> = {
  strong: 'strong',
  em: 'em',
  code: 'code',
  underline: 'u',
  'strike-through': 's',
};
const STYLE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

function spansToHtml(block: Json): string {
  const defs = new Map<string, Json>();
  if (Array.isArray(block.markDefs)) {
    for (const d of block.markDefs) if (isObject(d) && typeof d._key === 'string') defs.set(d._key, d);
  }
  const children = Array.isArray(block.children) ? block.children : [];
  return children
    .map((span) => {
      if (!isObject(span) || typeof span.text !== 'string') return '';
      let html = escapeHtml(span.text).replace(/\n/g, '<br>');
      for (const mark of Array.isArray(span.marks) ? span.marks : []) {
        const tag = MARK_TAGS[String(mark)];
        const def = defs.get(String(mark));
        if (tag) html = `<${tag}>${html}</${tag}>`;
        else if (def && typeof def.href === 'string') html = `<a href="${escapeHtml(def.href)}">${html}</a>`;
      }
      return html;
    })
    .join('');
}

function imageToHtml(block: Json, path: string, options: RecordParseOptions): string {
  const asset = isObject(block.asset) ? block.asset : {};
  let alt = typeof block.alt === 'string' ? block.alt : undefined;
  let src = typeof block.url === 'string' ? block.url : typeof asset.url === 'string' ? asset.url : undefined;
  if (typeof asset._ref === 'string') {
    if (alt === undefined) {
      const info = lookupAsset(options, { kind: 'sanity-image', id: asset._ref, jsonPath: path });
      if (info?.alt !== undefined) alt = info.alt ?? '';
      src ??= info?.src;
    }
    src ??= `sanity:${asset._ref}`;
  }
  const altAttr = alt === undefined ? '' : ` alt="${escapeHtml(alt)}"`;
  return `<img src="${escapeHtml(src ?? '')}"${altAttr}>`;
}

export function readPortableText(record: Json, options: RecordParseOptions): RecordParts {
  const key = bodyKey(record);
  if (key === undefined) {
    throw new PostParseError(
      'This Sanity document has no Portable Text body (an array of blocks with _type "block").',
    );
  }
  const blocks = record[key] as unknown[];
  const lines: string[] = [];
  const lineKeys: Array<string | undefined> = [];
  let list: string | undefined;
  const closeList = () => {
    if (!list) return;
    lines.push(`</${list}>`);
    lineKeys.push(undefined);
    list = undefined;
  };
  blocks.forEach((block, i) => {
    if (!isObject(block)) return;
    const path = typeof block._key === 'string' ? `$.${key}[?(@._key=="${block._key}")]` : `$.${key}[${i}]`;
    const wanted =
      block._type === 'block' && block.listItem ? (block.listItem === 'number' ? 'ol' : 'ul') : undefined;
    if (wanted !== list) {
      closeList();
      if (wanted) {
        lines.push(`<${wanted}>`);
        lineKeys.push(undefined);
        list = wanted;
      }
    }
    let html: string | undefined;
    if (block._type === 'block') {
      const inner = spansToHtml(block);
      const style = String(block.style ?? 'normal');
      const tag = wanted ? 'li' : STYLE_TAGS.has(style) ? style : 'p';
      html = `<${tag}>${inner}</${tag}>`;
    } else if (block._type === 'image') {
      html = imageToHtml(block, path, options);
    }
    if (html === undefined) return;
    lines.push(html);
    lineKeys.push(path);
  });
  closeList();
  const parts: RecordParts = {
    body: `${lines.join('\n')}\n`,
    format: 'html',
    bodyJsonPath: `$.${key}`,
    published: [textField(record, ['publishedAt', 'published_at', 'date'], 'sanity', '$')].filter(
      (f) => f !== undefined,
    ),
    modified: [textField(record, ['updatedAt', 'modifiedAt', '_updatedAt'], 'sanity', '$')].filter(
      (f) => f !== undefined,
    ),
    draft: typeof record._id === 'string' && record._id.startsWith('drafts.'),
    jsonPathAtLine: (line) => lineKeys[line - 1],
  };
  const title = textField(record, ['title', 'name', 'headline'], 'sanity', '$');
  if (title) parts.title = title;
  const lang = textField(record, ['language', 'lang', 'locale', '__i18n_lang'], 'sanity', '$');
  if (lang) parts.lang = { ...lang, value: localeToTag(lang.value) };
  const cover = mainImage(record, options);
  if (cover) parts.cover = cover;
  return parts;
}

function mainImage(record: Json, options: RecordParseOptions): RecordParts['cover'] {
  const key = ['mainImage', 'coverImage', 'image', 'heroImage'].find((k) => isObject(record[k]));
  if (!key) return undefined;
  const image = record[key] as Json;
  const path = `$.${key}`;
  const ref = isObject(image.asset) && typeof image.asset._ref === 'string' ? image.asset._ref : undefined;
  const src = recordField('sanity', key, `${path}.asset`, ref ?? '');
  const alt = textField(image, ['alt'], 'sanity', path);
  if (alt) return { src, alt };
  const info = ref ? lookupAsset(options, { kind: 'sanity-image', id: ref, jsonPath: path }) : undefined;
  if (info?.alt === undefined) return { src };
  return { src, alt: recordField('sanity', 'altText', path, (info.alt ?? '').trim()) };
}
