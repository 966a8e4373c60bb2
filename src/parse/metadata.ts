// Post metadata normalised from wherever it lives — front matter, <head>, JSON-LD, <time>,
// labelled fields in the text, the file's path — each value keeping the position it came from.
import type { Element } from 'hast';
import { matchDateLabel } from '../dates/labels.js';
import { attr, classList, collapseWhitespace, rangeOf, rawText, textOf } from '../hast/util.js';
import { matchKey, trimPunctuation } from '../lang/normalize.js';
import type {
  CoverImage,
  FieldOrigin,
  FieldRole,
  LabelledField,
  MetaField,
  PostFormat,
  PostIndex,
  PostMeta,
  SourceRange,
} from '../types.js';
import { metaField } from './fields.js';
import type { FrontMatter, FrontMatterEntry } from './front-matter.js';
import type { LineIndex } from './positions.js';

/** Front matter keys, compared lower-cased with `-`, `_`, `.` and spaces removed. */
const KEYS = {
  title: ['title', 'headline', 'seotitle'],
  published: [
    'date',
    'published',
    'publishdate',
    'pubdate',
    'publishedat',
    'publishedon',
    'datepublished',
    'created',
    'createdat',
    'msdate',
    'postdate',
  ],
  modified: [
    'updated',
    'lastmod',
    'modified',
    'lastmodified',
    'datemodified',
    'updatedat',
    'modifiedat',
    'lastupdated',
  ],
  lang: ['lang', 'language', 'locale', 'inlanguage'],
  cover: [
    'image',
    'cover',
    'coverimage',
    'featuredimage',
    'featureimage',
    'hero',
    'heroimage',
    'primaryimage',
    'thumbnail',
    'ogimage',
    'banner',
    'socialimage',
  ],
  coverAlt: [
    'imagealt',
    'coveralt',
    'coverimagealt',
    'featuredimagealt',
    'featureimagealt',
    'heroalt',
    'heroimagealt',
    'primaryimagealt',
    'thumbnailalt',
    'ogimagealt',
    'banneralt',
    'alt',
  ],
  draft: ['draft'],
  status: ['status', 'poststatus'],
} as const;

const DRAFT_STATUSES = new Set(['draft', 'scheduled', 'future', 'pending', 'private', 'unpublished']);

export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_.\s]/g, '');
}

export interface MetadataInput {
  format: PostFormat;
  path?: string;
  frontMatter?: FrontMatter;
  index: PostIndex;
  lines: LineIndex;
  fullDocument: boolean;
  /** A title that stands outside the body (text posts' first line, a CMS title field). */
  externalTitle?: MetaField;
  /** Take dates from `_posts/2021-04-28-slug.md`, `blog/2021/04/28/…`, `path = "2021/04/28/…"`. */
  pathDates: boolean;
  titleAsH1?: boolean;
}

export function collectMetadata(input: MetadataInput): PostMeta {
  const meta: PostMeta = {
    published: [],
    modified: [],
    draft: false,
    labelledFields: [],
    titleIsRenderedAsH1: false,
    fullDocument: input.fullDocument,
  };
  if (input.externalTitle) meta.title = input.externalTitle;
  if (input.frontMatter) fromFrontMatter(input.frontMatter, meta);
  fromHead(input.index, meta);
  fromTimeElements(input.index, meta);
  fromLabelledFields(input.index, meta);
  if (input.pathDates) fromPath(input, meta);
  if (!meta.lang && input.path) {
    const lang = langFromPath(input.path);
    if (lang) meta.lang = metaField('lang', lang, { kind: 'path', key: 'file' });
  }
  const titleOutsideBody = meta.title !== undefined;
  if (!meta.title) {
    const h1 = input.index.headings.find((h) => h.level === 1 && h.text);
    if (h1) meta.title = metaField('title', h1.text, { kind: 'heading', key: 'h1' }, h1.position);
  }
  // A title kept outside the body (front matter, CMS field) is what templates render as the h1 —
  // unless the body itself opens with an h1 repeating it: sites whose template does not render the
  // title (Microsoft Docs: `title` is the browser-tab title and the build requires an H1 in the
  // Markdown) write it there. Configuration (`titleAsH1`) overrides this guess.
  meta.titleIsRenderedAsH1 =
    input.titleAsH1 ??
    (titleOutsideBody && !input.fullDocument && !bodyOpensWithTitle(input.index, meta.title));
  return meta;
}

function fromFrontMatter(fm: FrontMatter, meta: PostMeta): void {
  meta.frontMatter = { data: fm.data, kind: fm.kind, position: fm.position };
  const topLevel = fm.entries.filter((e) => !e.path.includes('.'));
  const find = (keys: readonly string[], entries = topLevel) =>
    entries.filter((e) => (keys as readonly string[]).includes(normaliseKey(e.path)));
  const field = (e: FrontMatterEntry, role: FieldRole): MetaField => frontMatterField(e, role);

  const title = find(KEYS.title).at(-1);
  if (title && typeof title.value !== 'object') meta.title = field(title, 'title');
  for (const e of find(KEYS.published)) {
    // Jekyll's `published: false` is a draft flag, not a date.
    if (typeof e.value === 'boolean') {
      if (!e.value) meta.draft = true;
      continue;
    }
    meta.published.push(field(e, 'published'));
  }
  for (const e of find(KEYS.modified))
    if (typeof e.value !== 'boolean') meta.modified.push(field(e, 'modified'));
  const lang = find(KEYS.lang).at(-1);
  if (lang && scalarText(lang.value)) meta.lang = field(lang, 'lang');
  if (find(KEYS.draft).some((e) => e.value === true || e.value === 'true')) meta.draft = true;
  if (find(KEYS.status).some((e) => DRAFT_STATUSES.has(scalarText(e.value).toLowerCase()))) meta.draft = true;
  meta.cover = coverFromFrontMatter(fm, find);
}

function frontMatterField(e: FrontMatterEntry, role: FieldRole): MetaField {
  return metaField(role, scalarText(e.value), { kind: 'front-matter', key: e.path }, e.position);
}

function coverFromFrontMatter(
  fm: FrontMatter,
  find: (keys: readonly string[], entries?: FrontMatterEntry[]) => FrontMatterEntry[],
): CoverImage | undefined {
  const cover = find(KEYS.cover)[0];
  if (!cover || cover.value === null || cover.value === '' || cover.value === false) return undefined;
  const result: CoverImage = { position: cover.position };
  if (typeof cover.value === 'object') {
    // `featured_image: { uid, alt }` / `cover: { image, alt }`: look inside.
    const nested = fm.entries.filter((e) => e.path.startsWith(`${cover.path}.`));
    const rel = (e: FrontMatterEntry) => normaliseKey(e.path.slice(cover.path.length + 1));
    const src = nested.find((e) => ['src', 'url', 'image', 'uid', 'path', 'file'].includes(rel(e)));
    const alt = nested.find((e) => ['alt', 'alttext', 'alternativetext', 'description'].includes(rel(e)));
    if (src) result.src = frontMatterField(src, 'cover-src');
    if (alt) result.alt = frontMatterField(alt, 'cover-alt');
  } else {
    result.src = frontMatterField(cover, 'cover-src');
  }
  if (!result.alt) {
    const topLevel = fm.entries.filter((e) => !e.path.includes('.'));
    const alt = topLevel.find((e) => (KEYS.coverAlt as readonly string[]).includes(normaliseKey(e.path)));
    if (alt) result.alt = frontMatterField(alt, 'cover-alt');
  }
  return result;
}

function fromHead(index: PostIndex, meta: PostMeta): void {
  const htmlEl = index.root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
  const htmlLang = htmlEl ? (attr(htmlEl, 'lang') ?? attr(htmlEl, 'xml:lang')) : undefined;
  if (htmlEl && htmlLang !== undefined && !meta.lang) {
    meta.lang = metaField('lang', htmlLang, { kind: 'html-lang', key: 'lang' }, rangeOf(htmlEl));
  }
  for (const el of index.headElements) {
    if (el.tagName === 'title' && !meta.title) {
      const value = collapseWhitespace(
        textOf({ type: 'element', tagName: 'div', properties: {}, children: el.children }),
      );
      meta.title = metaField('title', value, { kind: 'title-element', key: 'title' }, rangeOf(el));
    } else if (el.tagName === 'meta') {
      const name = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? '').toLowerCase();
      const content = attr(el, 'content');
      if (content === undefined) continue;
      const field = (role: FieldRole) =>
        metaField(role, content.trim(), { kind: 'meta', key: name }, rangeOf(el));
      if (
        [
          'article:published_time',
          'datepublished',
          'date',
          'dc.date',
          'dc.date.issued',
          'dcterms.created',
          'pubdate',
          'publish-date',
          'publication_date',
          'sailthru.date',
        ].includes(name)
      ) {
        meta.published.push(field('published'));
      } else if (
        [
          'article:modified_time',
          'og:updated_time',
          'datemodified',
          'dcterms.modified',
          'last-modified',
        ].includes(name)
      ) {
        meta.modified.push(field('modified'));
      } else if (name === 'og:title' && !meta.title) meta.title = field('title');
    } else if (el.tagName === 'script' && attr(el, 'type')?.toLowerCase() === 'application/ld+json') {
      fromJsonLd(el, meta);
    }
  }
}

function fromJsonLd(el: Element, meta: PostMeta): void {
  let data: unknown;
  try {
    data = JSON.parse(rawText(el));
  } catch {
    return; // Broken JSON-LD is the page's business, not a reason to stop checking the post.
  }
  const position = rangeOf(el);
  const nodes: unknown[] = Array.isArray(data) ? data : [data];
  for (const node of nodes.flatMap((n) => (isRecord(n) && Array.isArray(n['@graph']) ? n['@graph'] : [n]))) {
    if (!isRecord(node)) continue;
    const field = (role: FieldRole, key: string, value: string) =>
      metaField(role, value, { kind: 'json-ld', key }, position);
    if (typeof node.datePublished === 'string')
      meta.published.push(field('published', 'datePublished', node.datePublished));
    if (typeof node.dateModified === 'string')
      meta.modified.push(field('modified', 'dateModified', node.dateModified));
    if (typeof node.headline === 'string' && !meta.title)
      meta.title = field('title', 'headline', node.headline);
  }
}

/** `<time datetime>` marked as the publication (or update) date by microdata, class or `pubdate`. */
function fromTimeElements(index: PostIndex, meta: PostMeta): void {
  for (const el of index.byTag('time')) {
    const datetime = attr(el, 'datetime');
    if (datetime === undefined) continue;
    const marks = [
      attr(el, 'itemprop') ?? '',
      ...classList(el),
      attr(el, 'pubdate') !== undefined ? 'pubdate' : '',
    ].join(' ');
    const field = (role: FieldRole) =>
      metaField(role, datetime.trim(), { kind: 'time', key: 'datetime' }, rangeOf(el));
    if (/datemodified|updated|modified/i.test(marks)) meta.modified.push(field('modified'));
    else if (/datepublished|pubdate|published|entry-date|post-date/i.test(marks))
      meta.published.push(field('published'));
  }
}

function fromLabelledFields(index: PostIndex, meta: PostMeta): void {
  for (const block of index.textBlocks) {
    if (/^h[1-6]$/.test(block.kind)) continue;
    // "Opublikowano: 5 listopada 2007 | Zaktualizowano: 11 grudnia 2007": one line, two fields.
    let pieceStart = 0;
    for (const piece of block.text.split(/(\||\n)/)) {
      const start = pieceStart;
      pieceStart += piece.length;
      const lead = piece.length - piece.trimStart().length;
      const text = piece.trim();
      const m = matchDateLabel(text);
      if (!m) continue;
      const { role } = m;
      const value = text.slice(m.length).trim();
      const labelStart = start + lead;
      const labelEnd = labelStart + text.slice(0, m.length).trimEnd().length;
      const valueStart =
        labelStart + m.length + (text.slice(m.length).length - text.slice(m.length).trimStart().length);
      const position = block.range(labelStart, labelStart + text.length);
      const valuePosition = value
        ? block.range(valueStart, valueStart + value.length)
        : block.range(labelEnd, labelEnd);
      if (!position || !valuePosition) continue;
      const field: LabelledField = { role, label: m.label, value, position, valuePosition };
      meta.labelledFields.push(field);
      const list = role === 'published' ? meta.published : meta.modified;
      list.push(
        metaField(role, value, { kind: 'label', key: field.label, label: field.label }, valuePosition),
      );
    }
  }
}

const PATH_DATE_PATTERNS = [
  /(?:^|[/\\])(\d{4})-(\d{2})-(\d{2})-[^/\\]+$/, // Jekyll: _posts/2021-04-28-slug.md
  /(?:^|[/\\])(\d{4})[/\\](\d{2})[/\\](\d{2})(?:[/\\]|$)/, // blog/2021/04/28/slug.md
];

function fromPath(input: MetadataInput, meta: PostMeta): void {
  const candidates: Array<{ text: string; key: string; position?: SourceRange }> = [];
  if (input.path) candidates.push({ text: input.path, key: 'file' });
  const fmPath = input.frontMatter?.entries.find((e) => normaliseKey(e.path) === 'path');
  if (fmPath && typeof fmPath.value === 'string') {
    candidates.push({ text: `/${fmPath.value}`, key: fmPath.path, position: fmPath.position });
  }
  for (const c of candidates) {
    for (const pattern of PATH_DATE_PATTERNS) {
      const m = pattern.exec(c.text);
      if (m) {
        const origin: FieldOrigin = { kind: 'path', key: c.key };
        meta.published.push(metaField('published', `${m[1]}-${m[2]}-${m[3]}`, origin, c.position));
        return;
      }
    }
  }
}

/** Hugo and friends keep one folder or file suffix per language: `content/fr/…`, `post.pl.md`. */
const PATH_LANG = /(?:^|[/\\])([a-z]{2}(?:-[A-Za-z]{2})?)(?=[/\\])|\.([a-z]{2}(?:-[A-Za-z]{2})?)\.[a-z]+$/;
const COMMON_LANGS = new Set([
  'en',
  'pl',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'cs',
  'sk',
  'uk',
  'ru',
  'sv',
  'da',
  'fi',
  'no',
  'nb',
  'hu',
  'ro',
  'lt',
  'lv',
  'et',
  'sl',
  'hr',
  'bg',
  'el',
  'ja',
  'zh',
  'ko',
  'tr',
  'ar',
  'he',
]);

export function langFromPath(path: string): string | undefined {
  const m = PATH_LANG.exec(path.replace(/\\/g, '/'));
  const tag = m?.[1] ?? m?.[2];
  if (!tag) return undefined;
  return COMMON_LANGS.has(tag.slice(0, 2).toLowerCase()) ? tag : undefined;
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first heading of the body is an h1 with the same words as the title. */
function bodyOpensWithTitle(index: PostIndex, title: MetaField | undefined): boolean {
  const first = index.headings[0];
  if (first?.level !== 1 || !title?.value.trim()) return false;
  const key = (text: string) => matchKey(trimPunctuation(text));
  return key(first.text) === key(title.value);
}
