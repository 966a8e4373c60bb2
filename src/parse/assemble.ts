// Building the Post from a parsed tree, shared by files and CMS records: the shared index, the
// metadata from every place it can be written, and the post's language.
import type { Root } from 'hast';
import { detectionText } from '../indexes/body-text.js';
import { PostTreeIndex } from '../indexes/post-index.js';
import { declaredLanguage, detectedLanguage, type LanguageDecision } from '../lang/decide.js';
import type { MetaField, Post, PostFormat, PostIndex, PostMeta } from '../types.js';
import type { readFrontMatter } from './front-matter.js';
import { collectMetadata } from './metadata.js';
import { dropIncompletePositions, type LineIndex } from './positions.js';

/** What the caller knows about a post beyond its content. */
export interface ParseSettings {
  path?: string;
  /** Language to assume when the post declares none (config `lang`, CLI `--lang`). */
  defaultLang?: string;
  /** The site's language for this post (site profile, CMS settings): before `defaultLang`. */
  siteLang?: string;
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
  const parsed: Omit<Post, 'lang' | 'langTag' | 'langSource'> = {
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
  const declared = declaredLanguage({
    declared: meta.lang?.value,
    site: a.input.siteLang,
    config: a.input.defaultLang,
  });
  if (declared) {
    post.lang = declared.lang;
    post.langTag = declared.tag;
    post.langSource = declared.source;
  } else {
    // Detection reads the whole text: a tenth of a run's time when every post did it. Posts that
    // never need their language (no words to match, no findings) skip it.
    let decision: LanguageDecision | undefined;
    const detect = () => {
      decision ??= detectedLanguage(detectionText(post));
      return decision;
    };
    Object.defineProperties(post, {
      lang: { enumerable: true, get: () => detect().lang },
      langTag: { enumerable: true, get: () => detect().tag },
      langSource: { enumerable: true, get: () => detect().source },
      langDetection: { enumerable: true, get: () => detect().detection },
    });
  }
  return post;
}
