import type { RuleRegistry } from '../engine/registry.js';
import type { FileResult, Summary } from '../types.js';

/** What a formatter knows besides the findings: paths, colours, language, terminal width. */
export interface ReportContext {
  cwd: string;
  /** Colours (ANSI) allowed: only when writing to a terminal. */
  color: boolean;
  /** Language of the report's own labels (`--locale`, config); formatters fall back to the posts'. */
  locale?: string;
  /** What visual formats (html) show beside findings, keyed by `FileResult.path`. Only collected
   * when such a format is requested; the other formatters ignore it. */
  posts?: ReadonlyMap<string, PostOverview>;
  /** The repository root (else `cwd`): SARIF, GitLab and GitHub want repository-relative paths. */
  root?: string;
  /** The environment, for formatters that write where CI looks (`GITHUB_STEP_SUMMARY`). */
  env?: NodeJS.ProcessEnv;
  /** Language of the terminal's own words when no --locale is given (the environment's). */
  uiLocale?: string;
  /** With --quiet: what was left out of `files` (the summary says so). */
  hidden?: { warnings: number; infos: number };
  /** Lines about the run (fixes, ignored files, a blocked commit) printed under the summary. */
  notes?: string[];
  /** Width of the terminal, for formats that wrap (stylish). */
  columns?: number;
  /** The terminal shows OSC 8 hyperlinks. */
  hyperlinks?: boolean;
  /** The rules of the run (built-in and plugins'), for formats that describe them (SARIF). */
  registry?: RuleRegistry;
}

/** A formatter: the files' findings and the summary in, the report's text out. */
export type Formatter = (files: FileResult[], summary: Summary, context: ReportContext) => string;

/** A compact picture of one parsed post: enough to draw its outline, images and code frames,
 * without keeping whole trees of thousands of posts in memory. */
export interface PostOverview {
  title?: string;
  /** Where the title was written (front matter, `<title>`, first h1), for marking its problems. */
  titleLine?: number;
  /** Primary language subtag of the post. */
  lang: string;
  format: string;
  /** The text finding positions refer to, for code frames. */
  source: string;
  /** The template renders the title as the page's h1. */
  titleAsH1: boolean;
  headings: OverviewHeading[];
  images: OverviewImage[];
}

export interface OverviewHeading {
  level: number;
  text: string;
  line: number;
  endLine: number;
}

export interface OverviewImage {
  src?: string;
  /** `undefined` when there is no alt at all. */
  alt?: string;
  caption?: string;
  decorative: boolean;
  /** A front-matter or CMS cover image rather than one in the body. */
  cover: boolean;
  line: number;
  endLine: number;
  /** A `data:` URI of the image file when it was found on disk and is small enough. */
  thumbnail?: string;
  /** Why there is no thumbnail. */
  noThumbnail?: ThumbnailProblem;
}

export type ThumbnailProblem =
  | 'remote'
  | 'missing'
  | 'site-root'
  | 'too-large'
  | 'not-an-image'
  | 'budget'
  | 'outside';
