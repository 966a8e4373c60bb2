// Checking files on disk (Node only): read each file, check it, never let one file stop the rest.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CheckOptions, check, isResolvedConfig } from '../check.js';
import { resolveConfig } from '../config/resolve.js';
import type { ResolvedConfig, UserConfig } from '../config/types.js';
import { engineFinding } from '../engine/run.js';
import { addThumbnails, thumbnailBudget } from '../report/html/thumbnails.js';
import { postOverview } from '../report/overview.js';
import type { PostOverview } from '../report/types.js';
import type { FileResult, Finding, Summary } from '../types.js';
import type { WorkerTask } from './check-worker.js';
import { toPosix } from './files.js';

export interface CheckFilesOptions extends Omit<CheckOptions, 'content' | 'path' | 'config'> {
  config?: UserConfig | ResolvedConfig;
  /** Worker threads for large runs (default: os.availableParallelism()); 1 checks in-process. */
  concurrency?: number;
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
  const displays = paths.map((path) => toPosix(relative(cwd, path)) || path);
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  const pool =
    concurrency > 1 && paths.length >= MIN_FILES_FOR_WORKERS ? await openPool(concurrency) : undefined;
  const files: FileResult[] = new Array(paths.length);
  const posts = options.overviews ? new Map<string, PostOverview>() : undefined;
  const budget = thumbnailBudget();
  let done = 0;
  try {
    let next = 0;
    // A bounded window of files in flight: results keep the input order and memory stays flat
    // however many files there are (each task returns findings, and an overview only when the
    // html report asks for one, never a tree).
    const lanes = Array.from({ length: pool ? concurrency * 2 : 1 }, async () => {
      while (next < paths.length) {
        const i = next++;
        const task: WorkerTask = {
          path: paths[i]!,
          display: displays[i]!,
          config,
          locale: options.locale,
          lang: options.lang,
          now: options.now,
          input: options.input,
          overview: Boolean(posts),
        };
        const outcome = pool ? await pool.run(task) : await checkTask(task, options);
        files[i] = { path: displays[i]!, messages: outcome.messages };
        if (posts && outcome.overview) {
          posts.set(displays[i]!, addThumbnails(outcome.overview, paths[i]!, cwd, budget));
        }
        options.onFile?.(++done, paths.length);
      }
    });
    await Promise.all(lanes);
  } finally {
    await pool?.destroy();
  }
  return posts ? { files, summary: summarize(files), posts } : { files, summary: summarize(files) };
}

/** Below this many files, starting workers costs more than it saves (a pre-commit hook's few posts). */
const MIN_FILES_FOR_WORKERS = 24;

interface Pool {
  run(task: WorkerTask): Promise<TaskOutcome>;
  destroy(): Promise<void>;
}

async function openPool(threads: number): Promise<Pool | undefined> {
  // Workers need the compiled entry; when running from TypeScript sources (tests), stay in-process.
  const workerUrl = new URL('./check-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(workerUrl))) return undefined;
  const { Piscina } = await import('piscina');
  const piscina = new Piscina({ filename: workerUrl.href, minThreads: threads, maxThreads: threads });
  return { run: (task) => piscina.run(task), destroy: () => piscina.destroy() };
}

export interface TaskOutcome {
  messages: Finding[];
  overview?: PostOverview;
}

/** One file, in a worker or in-process: findings, and the post's overview when asked for. */
export async function checkTask(
  task: WorkerTask,
  options: Omit<CheckFilesOptions, 'config'> = {},
): Promise<TaskOutcome> {
  const { path, display, config, overview: wanted, ...taskOptions } = task;
  let overview: PostOverview | undefined;
  const messages = await checkOneFile(
    path,
    display,
    { ...options, ...taskOptions, config },
    wanted ? (o) => (overview = o) : undefined,
  );
  return overview ? { messages, overview } : { messages };
}

export async function checkOneFile(
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
