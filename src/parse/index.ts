// One entry point from any input to one Post: decode, pick the format, parse once into hast,
// read metadata, decide the post's language. Rules never parse; this is the only place that does.
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { PostParseError } from '../errors.js';
import { part } from '../parts/registry.js';
import type { MetaField, Post, PostFormat } from '../types.js';
import { assemblePost, type ParseSettings } from './assemble.js';
import { decodeSource } from './decode.js';
import { metaField } from './fields.js';
import { markdownBody, readFrontMatter } from './front-matter.js';
import { htmlToHast, isFullHtmlDocument } from './html.js';
import { type MarkdownOptions, markdownToHast, mdastToHast } from './markdown.js';
import { readableHast, readableMdast } from './mdx-nodes.js';
import { LineIndex } from './positions.js';
import { type AssetLookup, parseRecord, type RecordKind } from './records/index.js';
import { textToHast } from './text.js';

export type { ParseSettings } from './assemble.js';

/** What `parse()` reads: the content, its format when known, and the settings for its metadata. */
export interface ParseInput extends ParseSettings {
  /** File text or bytes, or a CMS record as an object (or as JSON text). */
  content: string | Uint8Array | Record<string, unknown>;
  format?: PostFormat;
  /** For records: which CMS shape to read (default: detected). */
  input?: RecordKind;
  /** For records: looks up media records the record points at (synchronously). */
  resolveAsset?: AssetLookup;
  /** The site's Markdown flavour and template tags (default: CommonMark + GFM, no templates). */
  markdown?: MarkdownOptions;
}

const EXTENSION_FORMATS: Record<string, PostFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  mdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
  json: 'json',
};

export function formatFromPath(path: string | undefined): PostFormat | undefined {
  const ext = path?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return ext ? EXTENSION_FORMATS[ext] : undefined;
}

/** Guesses the format of content without a known extension (stdin, a CMS string). */
export function sniffFormat(source: string): PostFormat {
  const head = source.slice(0, 2048).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('---') || head.startsWith('+++')) return 'markdown';
  if (/^<(!doctype|html|head|body|!--|[a-z][a-z0-9-]*[\s>/])/i.test(head)) return 'html';
  if (/^(#{1,6}\s|[-*+]\s|\d+\.\s|>\s|!\[)/m.test(head)) return 'markdown';
  return 'markdown';
}

/**
 * The one entry from any input to one Post: decodes once, picks the format, parses once into hast,
 * reads metadata and decides the post's language. Throws PostParseError for input that cannot be
 * read (the pipeline turns it into a parse-error finding).
 */
export function parse(input: ParseInput): Post {
  const { content } = input;
  const settings: ParseSettings = {
    path: input.path,
    defaultLang: input.defaultLang,
    siteLang: input.siteLang,
    pathDates: input.pathDates,
    titleAsH1: input.titleAsH1,
  };
  if (typeof content === 'object' && !(content instanceof Uint8Array)) {
    return parseRecord(content, input.input, { ...settings, resolveAsset: input.resolveAsset });
  }
  const source = decodeSource(content);
  const format = input.format ?? formatFromPath(input.path) ?? sniffFormat(source);
  if (format === 'json') {
    return parseRecord(readJsonRecord(source), input.input, {
      ...settings,
      resolveAsset: input.resolveAsset,
    });
  }
  return parseDocumentText(source, format, settings, input.markdown);
}

/** A tree a host already built (a remark or rehype pipeline), with the text its positions refer to. */
export interface TreeInput extends ParseSettings {
  source: string;
  tree: { kind: 'mdast'; root: MdastRoot } | { kind: 'hast'; root: Root };
}

/**
 * A Post from a host's tree: no second parse where the tree carries positions. The front matter is
 * read from the text (hosts strip or keep it); a Markdown tree that read the front matter as text
 * (a remark pipeline without remark-frontmatter) is not what the site renders, so the text is
 * parsed again instead.
 */
export function parseTree(input: TreeInput): Post {
  const { source } = input;
  const lines = new LineIndex(source);
  const frontMatter = readFrontMatter(source, lines);
  const settings: ParseSettings = {
    path: input.path,
    defaultLang: input.defaultLang,
    pathDates: input.pathDates,
    titleAsH1: input.titleAsH1,
    siteLang: input.siteLang,
  };
  let hast: Root;
  let format: PostFormat = 'markdown';
  if (input.tree.kind === 'mdast') {
    const readFrontMatterAsNode = input.tree.root.children.some(
      (n) => n.type === 'yaml' || (n.type as string) === 'toml',
    );
    if (frontMatter && !readFrontMatterAsNode && startsWithFrontMatter(input.tree.root, frontMatter)) {
      return parseDocumentText(source, 'markdown', settings);
    }
    hast = mdastToHast(readableMdast(input.tree.root));
  } else {
    hast = readableHast(input.tree.root);
    const ext = formatFromPath(input.path);
    format = ext === 'html' || (!ext && !frontMatter) ? 'html' : 'markdown';
  }
  const fullDocument =
    format === 'html' && hast.children.some((c) => c.type === 'element' && c.tagName === 'html');
  return assemblePost({
    source,
    format,
    hast,
    lines,
    path: input.path,
    frontMatter,
    fullDocument,
    input: settings,
  });
}

/** The tree's first node sits inside the front matter block: the pipeline parsed it as text. */
function startsWithFrontMatter(
  root: MdastRoot,
  frontMatter: NonNullable<ReturnType<typeof readFrontMatter>>,
): boolean {
  const first = root.children[0]?.position?.start.offset;
  const end = frontMatter.position.end.offset;
  return first !== undefined && end !== undefined && first < end;
}

/** A JSON file's record object; a syntax error names its line. */
export function readJsonRecord(text: string): Record<string, unknown> {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    throw jsonError(text, error as Error);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new PostParseError(
      'This JSON file is not a post record (expected an object with a title and a body).',
    );
  }
  return record as Record<string, unknown>;
}

function jsonError(text: string, error: Error): PostParseError {
  // JSON.parse on Node 20 does not always say where; YAML's parser (JSON is a subset) does.
  const doc = part('yaml').parseDocument(text, { schema: 'json' });
  const offset = doc.errors[0]?.pos[0] ?? Number(/position (\d+)/.exec(error.message)?.[1] ?? 0);
  const at = new LineIndex(text).point(offset);
  // Node's message quotes part of the input; cut it without a backtracking regex.
  const firstLine = error.message.split('\n')[0]!;
  const quoted = firstLine.indexOf(', "');
  const reason =
    quoted >= 0 && firstLine.endsWith('is not valid JSON') ? firstLine.slice(0, quoted) : firstLine;
  return new PostParseError(
    `This JSON file cannot be read (${reason}). Fix the JSON syntax on line ${at.line}.`,
    at.line,
    at.column,
  );
}

/** Markdown, HTML or plain text. */
function parseDocumentText(
  source: string,
  format: Exclude<PostFormat, 'json'>,
  input: ParseSettings,
  markdown?: MarkdownOptions,
): Post {
  const lines = new LineIndex(source);
  let hast: Root;
  let externalTitle: MetaField | undefined;
  let frontMatter: ReturnType<typeof readFrontMatter>;
  let fullDocument = false;
  if (format === 'markdown') {
    frontMatter = readFrontMatter(source, lines);
    hast = markdownToHast(markdownBody(source, frontMatter), markdown, { frontMatter, lines });
  } else if (format === 'html') {
    fullDocument = isFullHtmlDocument(source);
    hast = htmlToHast(source);
  } else {
    const text = textToHast(source, lines);
    hast = text.hast;
    if (text.title) {
      externalTitle = metaField(
        'title',
        text.title.value,
        { kind: 'first-line', key: 'first-line' },
        lines.range(text.title.start, text.title.end),
      );
    }
  }
  return assemblePost({
    source,
    format,
    hast,
    lines,
    path: input.path,
    frontMatter,
    fullDocument,
    externalTitle,
    input,
  });
}
