// Public types of content-a11y: the shape of a post after parsing, its shared indexes, and of a
// finding. A leaf: it imports nothing of the project's but the site's plain-data types (themselves
// a leaf), so every module can depend on it.
import type { Comment, Element, Root as HastRoot, Nodes, Parents } from 'hast';
import type { SiteFacts } from './site/types.js';

/** How much a finding matters: `error` blocks publishing, `warning` needs a person to decide, `info` is advice. */
export type Severity = 'error' | 'warning' | 'info';
/** A severity, or `off`, as a configuration sets it. */
export type SeveritySetting = Severity | 'off';

/** What a post was written in. `json` is a CMS record (its body is one of the others). */
export type PostFormat = 'markdown' | 'html' | 'text' | 'json';

/** 1-based line and column, 0-based offset into the original source text. */
export interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** Where something is in the original file: start and end points. */
export interface SourceRange {
  start: Point;
  end: Point;
}

/** Where a metadata value was written. Rules and messages read these fields; nothing parses them. */
export type FieldOriginKind =
  /** A front matter key; `key` is its dotted path (`featured_image.alt`). */
  | 'front-matter'
  /** `<html lang>`. */
  | 'html-lang'
  /** The document's `<title>`. */
  | 'title-element'
  /** A `<meta>` element; `key` is its name or property (`article:published_time`). */
  | 'meta'
  /** A JSON-LD property; `key` is its name (`datePublished`). */
  | 'json-ld'
  /** `<time datetime>` marked as the publication or update date. */
  | 'time'
  /** A "Label: value" line in the text; `label` is the label as written. */
  | 'label'
  /** The file path (`_posts/2021-04-28-slug.md`, `content/fr/…`). */
  | 'path'
  /** The body's first `h1`, standing in for a missing title. */
  | 'heading'
  /** A plain-text post's first line. */
  | 'first-line'
  /** A CMS record field; `key` is its name, `cms` the record kind, `jsonPath` where it is. */
  | 'record';

/** Where a metadata value came from: its kind of source and the key, label or JSON path within it. */
export interface FieldOrigin {
  kind: FieldOriginKind;
  /** The key, property or element the value came from (`date`, `date_gmt`, `datePublished`). */
  key: string;
  /** The visible label of a labelled field ("Data opublikowania"). */
  label?: string;
  /** JSON path of the field in a CMS record (`$.date_gmt`, `$._embedded["wp:featuredmedia"][0]`). */
  jsonPath?: string;
  /** The value is in UTC even when it carries no zone (WordPress `*_gmt` fields). */
  utc?: boolean;
  /** The CMS a record field belongs to (`wordpress`, `ghost`…). */
  cms?: string;
}

/** What a metadata value is for. */
export type FieldRole = 'title' | 'published' | 'modified' | 'lang' | 'cover-src' | 'cover-alt';

/** One metadata value, what it is for and where it came from, so a finding can point at it. */
export interface MetaField<T = string> {
  value: T;
  role: FieldRole;
  origin: FieldOrigin;
  position?: SourceRange;
}

/** What a date says about the post: when it was published or last modified. */
export type DateRole = 'published' | 'modified';

/** A "Label: value" line in the text, such as "Data opublikowania:" — value may be empty. */
export interface LabelledField {
  role: DateRole;
  label: string;
  value: string;
  position: SourceRange;
  /** Position of the value, or of the end of the label when the value is empty. */
  valuePosition: SourceRange;
}

/** The post's cover (featured) image, from front matter or a CMS record. */
export interface CoverImage {
  src?: MetaField;
  /** `undefined` when the record has no alt field at all; an empty value when it is blank. */
  alt?: MetaField;
  position?: SourceRange;
}

/** A post's metadata, normalised from wherever it was written (front matter, HTML head, CMS fields, labelled text). */
export interface PostMeta {
  title?: MetaField;
  published: MetaField[];
  modified: MetaField[];
  /** Declared language of the post (front matter, `<html lang>`, CMS field, path convention). */
  lang?: MetaField;
  cover?: CoverImage;
  /** Draft or scheduled posts (front matter `draft: true`, `published: false`, status field). */
  draft: boolean;
  labelledFields: LabelledField[];
  /** Raw front matter (YAML, TOML or Hugo's JSON) as plain data, with its range in the source. */
  frontMatter?: { data: Record<string, unknown>; kind: 'yaml' | 'toml' | 'json'; position: SourceRange };
  /** True when the post's template renders the title as the page's `h1`. */
  titleIsRenderedAsH1: boolean;
  /** The whole input is a full HTML document (has `<html>`/`<head>`/`<body>`). */
  fullDocument: boolean;
}

/** Line and column points for offsets into a source text, and back. */
export interface Lines {
  readonly text: string;
  readonly lineCount: number;
  /** The 1-based line and column of a 0-based offset. */
  point(offset: number): Point;
  /** The line/column range of `text.slice(startOffset, endOffset)`. */
  range(startOffset: number, endOffset: number): SourceRange;
  /** The 0-based offset of a 1-based line and column. */
  offset(line: number, column: number): number;
  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string;
}

/** A heading of the post (`h1`–`h6` or `role="heading"`), its level and names. */
export interface HeadingInfo {
  element: Element;
  level: number;
  /** Visible text, whitespace collapsed. */
  text: string;
  /** Accessible name (includes image alts and aria-label). */
  name: string;
  position?: SourceRange;
}

/** A link of the post (`<a href>`), its target and names. */
export interface LinkInfo {
  element: Element;
  href: string;
  /** Visible text, whitespace collapsed. */
  text: string;
  /** Accessible name: aria-label, text, image alts, title. */
  name: string;
  /** Images inside the link. */
  images: Element[];
  position?: SourceRange;
}

/** What element makes the image: `<img>`, `<input type="image">`, `<area>`, `role="img"` or `<svg>`. */
export type ImageKind = 'img' | 'input-image' | 'area' | 'role-img' | 'svg';
/** Where the image was written: Markdown `![]()`, HTML (in an HTML post or raw HTML in Markdown),
 * a plain-text gallery line, or a CMS media record. */
export type ImageOrigin = 'markdown' | 'html' | 'text' | 'cms';

/** An image of the post, with its text alternative and the context rules judge it in. */
export interface ImageInfo {
  element: Element;
  kind: ImageKind;
  origin: ImageOrigin;
  src?: string;
  /** The alt attribute as written; `undefined` when there is none. */
  alt?: string;
  /** HTML `<img alt>`: the attribute with no value, which HTML reads as `alt=""` — more often a
   * value left out than a decision that the image is decorative. */
  bareAlt: boolean;
  title?: string;
  /** The name assistive technology announces (alt, aria-label, aria-labelledby, title). */
  name: string;
  /** `alt=""` (or no alt) with role presentation/none, or hidden with aria-hidden. */
  decorative: boolean;
  /** Enclosing `<a href>`, if the image is (part of) a link. */
  link?: Element;
  /** Enclosing `<figure>` and its caption text. */
  figure?: Element;
  caption?: string;
  /** Enclosing `<picture>` for `<img>` inside one. */
  picture?: Element;
  position?: SourceRange;
}

/** A block of readable text (a paragraph, list item, heading, cell) with offsets mapped back to
 * the source, so a rule can point at a word inside it. */
export interface TextBlock {
  /** The block element (for an anonymous run: the parent holding the run). */
  readonly element: Element;
  /** `p`, `li`, `h2`… or `run` for inline content between blocks. */
  readonly kind: string;
  /** Text as rendered: `<br>` becomes `\n`. */
  readonly text: string;
  /** Source offset for an offset in `text`. */
  sourceOffset(textOffset: number, preferEnd?: boolean): number | undefined;
  /** Source range of `text.slice(start, end)`, or of the whole block when it cannot be mapped. */
  range(start?: number, end?: number): SourceRange | undefined;
}

/** Shared indexes over a post's tree, built once per post and only when a rule asks for them. */
export interface PostIndex {
  readonly root: HastRoot;
  /** The text the tree's positions refer to. */
  readonly sourceText: string;
  readonly lineIndex: Lines;
  readonly format: PostFormat;
  /** Content elements in document order (nothing inside `<head>`, scripts, styles, templates). */
  readonly elements: readonly Element[];
  readonly comments: readonly Comment[];
  /** Elements of `<head>` (and `<title>`, `<meta>`, JSON-LD scripts anywhere), for metadata. */
  readonly headElements: readonly Element[];
  /** Deepest element nesting met by the walk (for `limits.maxNesting`). */
  readonly depth: number;
  /** The parent of a node of the tree (undefined for the root). */
  parent(node: Nodes): Parents | undefined;
  /** Nearest ancestor (not the node itself) matching `test`. */
  closest(node: Nodes, test: (el: Element) => boolean): Element | undefined;
  /** The content element with this `id` (the first, when a post repeats one). */
  byId(id: string): Element | undefined;
  /** The content elements with this tag name, in document order. */
  byTag(tagName: string): readonly Element[];
  /** Memoises a derived index under `key`: any rule or helper can add one without a new walk. */
  cached<T>(key: string, build: () => T): T;
  readonly images: ImageInfo[];
  readonly headings: HeadingInfo[];
  readonly links: LinkInfo[];
  readonly textBlocks: TextBlock[];
}

/** Where things are in a CMS record: findings in the body point at the body (or its block). */
export interface RecordLayout {
  /** JSON path of the body the hast came from (`$.content.rendered`). */
  bodyJsonPath: string;
  /** For bodies rendered from a JSON tree (Portable Text): the JSON path of a body line. */
  jsonPathAtLine?: (line: number) => string | undefined;
  /** Where each kind of field is (or belongs) in the record, for findings about a missing one. */
  fieldPaths: Partial<Record<FieldRole, string>>;
}

/** A parsed post: its source, HTML tree (hast) with positions in the original file, metadata and language. */
export interface Post {
  path?: string;
  format: PostFormat;
  /** The text the positions refer to (BOM removed). */
  source: string;
  /** The tree every rule reads: HTML's tree (hast), with positions in `source`. */
  hast: HastRoot;
  meta: PostMeta;
  /** Primary language subtag used for word lists and date names (`pl`, `en`…). */
  lang: string;
  /** The full BCP 47 tag as declared (`de-AT`, for regional month names), or the detected `lang`. */
  langTag: string;
  /** How `lang` was decided: the post, its site (config, layouts, language folder), the
   * content-a11y config, its text, or nothing (English). */
  langSource: 'declared' | 'site' | 'config' | 'detected' | 'default';
  /** What language detection found, when the language came from the text (`sure: false`: a guess
   * from a short text, which the language finding mentions). */
  langDetection?: LanguageDetection;
  /** What the post's site decides about it (generator, post or page, title level), when known. */
  site?: SiteFacts;
  /** For CMS records: where the body and the fields are in the record, so findings get JSON paths. */
  record?: RecordLayout;
  /** Shared indexes over `hast` (images, headings, links, text blocks), built lazily, once. */
  index: PostIndex;
  lines: Lines;
}

/** What language detection found in a post's text (`Post.langDetection`). */
export interface LanguageDetection {
  /** ISO 639-1 code where one exists (`pl`), else ISO 639-3. */
  lang: string;
  /** False when the text was short and the evidence thin: the language is an assumption. */
  sure: boolean;
  /** How: `hints` (letters and function words of the packs) or `trigrams` (franc-min). */
  method: 'hints' | 'trigrams';
}

/**
 * A text edit on the post's source, ESLint's shape: replace the characters in `range` (0-based
 * UTF-16 offsets into `Post.source`, end exclusive) with `text`. For a CMS record the offsets are
 * into the field named by the finding's `jsonPath`.
 */
export interface Fix {
  range: [number, number];
  text: string;
}

/** A change that needs a person's choice (several wordings, or one that may change meaning). */
export interface FixSuggestion {
  /** What the change does, in the message locale. */
  desc: string;
  fix: Fix;
}

/** One problem found in a post, with its position, WCAG criteria, help link and, when possible, a fix. */
export interface Finding {
  ruleId: string;
  /** Which of the rule's messages this is (ESLint's messageId): stable across languages. */
  messageId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  wcag: string[];
  helpUrl: string;
  /** The offending text as written (an alt, a date, a heading). */
  excerpt?: string;
  /** A mechanical improvement a person can apply (the replacement text, for display). */
  suggestion?: string;
  /** A safe edit that resolves the finding (`--fix`, `applyFixes`). */
  fix?: Fix;
  /** Edits a person may choose from. */
  suggestions?: FixSuggestion[];
  /** A JSON path into a structured (CMS) record, when the post came from one. */
  jsonPath?: string;
  /** Stable, line-independent identity of the problem (rule + file + what it is about). */
  fingerprint: string;
}

/** Counts of a run: files checked and findings by severity. */
export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Findings by severity, for a CMS to show and decide on. */
export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

/** The findings of one file. */
export interface FileResult {
  path: string;
  messages: Finding[];
  /** With `--fix-dry-run`: the file's text with the fixes applied (ESLint's `output`). */
  output?: string;
}

export type { Element, HastRoot };
