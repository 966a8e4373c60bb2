// Checking files on disk (Node only): read each file, check it, never let one file stop the rest.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { type CheckOptions, check, isResolvedConfig } from '../check.js';
import { resolveConfig } from '../config/resolve.js';
import type { ResolvedConfig, UserConfig } from '../config/types.js';
import { engineFinding } from '../engine/run.js';
import { addThumbnails, thumbnailBudget } from '../report/html/thumbnails.js';
import { postOverview } from '../report/overview.js';
import type { PostOverview } from '../report/types.js';
import type { FileResult, Finding, Summary } from '../types.js';
import { toPosix } from './files.js';

export interface CheckFilesOptions extends Omit<CheckOptions, 'content' | 'path' | 'config'> {
  config?: UserConfig | ResolvedConfig;
  /** Paths in results are relative to this directory (default: process.cwd()). */
  cwd?: string;
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
  /** Also keep each post's outline, images (with thumbnails from disk) and source, for the
   * html report. Off by default: thousands of posts' sources cost memory. */
  overviews?: boolean;
}

export interface CheckFilesResult {
  files: FileResult[];
  summary: Summary;
  /** With `overviews`: per displayed path, what the html report draws. */
  posts?: Map<string, PostOverview>;
}

export async function checkFiles(
  paths: string[],
  options: CheckFilesOptions = {},
): Promise<CheckFilesResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = isResolvedConfig(options.config) ? options.config : resolveConfig(options.config);
  const files: FileResult[] = [];
  const posts = options.overviews ? new Map<string, PostOverview>() : undefined;
  const budget = thumbnailBudget();
  let done = 0;
  for (const path of paths) {
    const display = toPosix(relative(cwd, path)) || path;
    const collect =
      posts && ((overview: PostOverview) => posts.set(display, addThumbnails(overview, path, cwd, budget)));
    files.push({
      path: display,
      messages: await checkOneFile(path, display, { ...options, config }, collect),
    });
    options.onFile?.(++done, paths.length);
  }
  return posts ? { files, summary: summarize(files), posts } : { files, summary: summarize(files) };
}

async function checkOneFile(
  path: string,
  display: string,
  options: CheckFilesOptions & { config: ResolvedConfig },
  collect?: (overview: PostOverview) => void,
): Promise<Finding[]> {
  let content: Uint8Array;
  try {
    content = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const reason = `Cannot read ${display} (${code}): check that it exists and is readable.`;
    return [engineFinding('parse-error', 'unreadable', { reason }, options.locale ?? 'en', display)];
  }
  const result = await check({ ...options, content, path: display });
  if (collect && result.post) collect(postOverview(result.post));
  return result.messages;
}

export function summarize(files: FileResult[]): Summary {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const m of file.messages) {
      if (m.severity === 'error') summary.errors++;
      else if (m.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
