// Building the Post from a parsed tree, shared by files and CMS records: the shared index, the
// metadata from every place it can be written, and the post's language.
import type { Root } from 'hast';
import { bodyText } from '../indexes/body-text.js';
import { PostTreeIndex } from '../indexes/post-index.js';
import { detectLanguage } from '../lang/detect.js';
import { primaryLanguage } from '../lang/language-tags.js';
import type { MetaField, Post, PostFormat, PostIndex, PostMeta } from '../types.js';
import type { readFrontMatter } from './front-matter.js';
import { collectMetadata } from './metadata.js';
import { dropIncompletePositions, type LineIndex } from './positions.js';

/** What the caller knows about a post beyond its content. */
export interface ParseSettings {
  path?: string;
  /** Language to assume when the post declares none (config `lang`, CLI `--lang`). */
  defaultLang?: string;
  /** Count dates in file names and paths as publication dates (default true). */
  pathDates?: boolean;
  /** Whether the template renders the title as the page's h1 (default: when the title is a field). */
  titleAsH1?: boolean;
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
  input: ParseSettings;
  /** Adds metadata kept outside the body (CMS record fields) before the language is decided. */
  amendMeta?: (meta: PostMeta) => void;
}

/** Builds the Post from a parsed tree: shared by file parsing and CMS records. */
export function assemblePost(a: AssembleInput): Post {
  dropIncompletePositions(a.hast);
  const index: PostIndex = new PostTreeIndex(a.hast, a.source, a.lines, a.format);
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
  const parsed: Omit<Post, 'lang' | 'langSource'> = {
    path: a.path,
    format: a.format,
    source: a.source,
    hast: a.hast,
    meta,
    index,
    lines: a.lines,
  };
  // The language is decided next (eagerly, or lazily on first read when it must be detected).
  const post = parsed as Post;
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
