// One entry point from any input to one Post: decode, pick the format, parse once into hast,
// read metadata, decide the post's language. Rules never parse; this is the only place that does.
import type { Root } from 'hast';
import { PostIndex } from '../indexes/post-index.js';
import { detectLanguage } from '../lang/detect.js';
import { primaryLanguage } from '../lang/language-tags.js';
import type { MetaField, Post, PostFormat, PostMeta } from '../types.js';
import { decodeSource } from './decode.js';
import { metaField } from './fields.js';
import { readFrontMatter } from './front-matter.js';
import { htmlToHast, isFullHtmlDocument } from './html.js';
import { markdownToHast } from './markdown.js';
import { collectMetadata } from './metadata.js';
import { dropIncompletePositions, LineIndex } from './positions.js';
import { textToHast } from './text.js';

export interface ParseInput {
  content: string | Uint8Array;
  path?: string;
  format?: PostFormat;
  /** Language to assume when the post declares none (config `lang`, CLI `--lang`). */
  defaultLang?: string;
  /** Count dates in file names and paths as publication dates (default true). */
  pathDates?: boolean;
  /** Whether the template renders the title as the page's h1 (default: when the title is a field). */
  titleAsH1?: boolean;
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

export function parsePost(input: ParseInput): Post {
  const source = decodeSource(input.content);
  const format = input.format ?? formatFromPath(input.path) ?? sniffFormat(source);
  if (format === 'json') {
    throw new Error('CMS records are parsed by parseRecord(); parsePost() takes Markdown, HTML or text.');
  }
  const lines = new LineIndex(source);
  let hast: Root;
  let externalTitle: MetaField | undefined;
  let frontMatter: ReturnType<typeof readFrontMatter>;
  let fullDocument = false;
  if (format === 'markdown') {
    frontMatter = readFrontMatter(source, lines);
    hast = markdownToHast(source);
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

export interface AssembleInput {
  source: string;
  format: PostFormat;
  hast: Root;
  lines: LineIndex;
  path?: string;
  frontMatter?: ReturnType<typeof readFrontMatter>;
  fullDocument: boolean;
  externalTitle?: MetaField;
  input: Pick<ParseInput, 'defaultLang' | 'pathDates' | 'titleAsH1'>;
  /** Adds metadata kept outside the body (CMS record fields) before the language is decided. */
  amendMeta?: (meta: PostMeta) => void;
}

/** Builds the Post from a parsed tree: shared by file parsing and CMS records. */
export function assemblePost(a: AssembleInput): Post {
  dropIncompletePositions(a.hast);
  const index = new PostIndex(a.hast, a.source, a.lines, a.format);
  const meta = collectMetadata({
    format: a.format,
    path: a.path,
    frontMatter: a.frontMatter,
    index,
    lines: a.lines,
    fullDocument: a.fullDocument,
    externalTitle: a.externalTitle,
    pathDates: a.input.pathDates ?? true,
    titleAsH1: a.input.titleAsH1,
  });
  a.amendMeta?.(meta);
  const post = {
    path: a.path,
    format: a.format,
    source: a.source,
    hast: a.hast,
    meta,
    index,
    lines: a.lines,
  } as Post;
  const declared = primaryLanguage(meta.lang?.value);
  const configured = primaryLanguage(a.input.defaultLang);
  if (declared || configured) {
    post.lang = (declared ?? configured)!;
    post.langSource = declared ? 'declared' : 'config';
  } else {
    // Detection reads the whole text with trigram statistics: a tenth of a run's time when every
    // post did it. Posts that never need their language (no words to match, no findings) skip it.
    let detected: string | undefined;
    let done = false;
    const detect = () => {
      if (!done) detected = detectLanguage(bodyText(post));
      done = true;
      return detected;
    };
    Object.defineProperties(post, {
      lang: { enumerable: true, get: () => detect() ?? 'en' },
      langSource: { enumerable: true, get: () => (detect() ? 'detected' : 'default') },
    });
  }
  return post;
}

/** The post's readable text (title and text blocks), for language detection. */
export function bodyText(post: Post): string {
  return post.index.cached('bodyText', () =>
    [post.meta.title?.value ?? '', ...post.index.textBlocks.map((b) => b.text)].join('\n'),
  );
}
