// Checking files on disk (Node only): read each file, check it, never let one file stop the rest.
// Reading, the cache and thumbnails stay on the main thread; only the check itself goes to a
// worker, which receives the bytes, so `--staged` (git index) and the cache work with the pool.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PortableConfig, toPortable } from '../config/portable.js';
import { configForPath, resolveConfig } from '../config/resolve.js';
import type { ResolvedConfig, UserConfig } from '../config/types.js';
import { countFindings } from '../engine/finalize.js';
import { type CheckOptions, isResolvedConfig, limitFinding } from '../engine/pipeline.js';
import { engineFinding } from '../engine/run.js';
import { addThumbnails, thumbnailBudget } from '../report/html/thumbnails.js';
import type { PostOverview } from '../report/types.js';
import { SiteRun } from '../site/site-run.js';
import type { FileResult, Finding, Summary } from '../types.js';
import { contentHash } from './cache.js';
import { checkContent, type TaskOutcome, type WorkerTask } from './check-content.js';
import { defaultRoot, toPosix } from './files.js';
import { FileRefused, readFileInsideSync } from './safe-read.js';

/** Options of `checkFiles`: those of `check`, plus workers, progress, overviews for the html report and a cache. */
export interface CheckFilesOptions extends Omit<CheckOptions, 'content' | 'path' | 'config'> {
  config?: UserConfig | ResolvedConfig;
  /** Worker threads for large runs (default: os.availableParallelism()); 1 checks in-process. */
  concurrency?: number;
  /** Paths in results are relative to this directory (default: process.cwd()). */
  cwd?: string;
  /**
   * The root each file must really lie inside to be read (a symbolic link out of it is reported,
   * not followed), and thumbnails are taken from: the directory or glob base named on the command
   * line. Default: `cwd` for files inside it, else the file's own directory.
   */
  rootOf?: (path: string) => string;
  /**
   * The heap each worker thread may use (MB, default 1024). A post that needs more ends only its
   * worker: it is checked again here, alone, with the native rules (bounded by the limits), and
   * gets a `limit-exceeded` saying the rendered-page checks were skipped.
   */
  workerHeapMb?: number;
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
  /** Also keep each post's outline, images (with thumbnails from disk) and source, for the
   * html report. Off by default: thousands of posts' sources cost memory. */
  overviews?: boolean;
  /**
   * Reads a file's content (default: from disk); `--staged` reads the git index instead. May throw
   * a FileRefused (`too-large` with the size: reported as limit-exceeded without reading it).
   */
  readContent?: (path: string) => Promise<Uint8Array>;
  /** Findings of unchanged files are taken from here instead of checking them again. */
  cache?: FindingCache;
  /** Which site each file lives in (default: found upward from each file; see src/site/). */
  sites?: SiteRun;
}

export interface FindingCache {
  get(path: string, hash: string): Finding[] | undefined;
  set(path: string, hash: string, messages: Finding[]): void;
}

/** The findings of every file, in the order given, and their summary. */
export interface CheckFilesResult {
  files: FileResult[];
  summary: Summary;
  /** With `overviews`: per displayed path, what the html report draws. */
  posts?: Map<string, PostOverview>;
}

/** Below this many files, starting workers costs more than it saves (a pre-commit hook's few posts). */
const MIN_FILES_FOR_WORKERS = 24;

/** Checks files on disk (Node only); a file that cannot be read or parsed becomes a `parse-error` finding and the others are still checked. */
export async function checkFiles(
  paths: string[],
  options: CheckFilesOptions = {},
): Promise<CheckFilesResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = isResolvedConfig(options.config) ? options.config : resolveConfig(options.config);
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  // Plugins passed as objects cannot be sent to a worker: such a run stays in this thread.
  const portable = toPortable(config);
  // The settings of each file (its `overrides` applied) are resolved here, with its real path;
  // files matching the same entries share one resolved (and one portable) configuration.
  const portables = new Map<ResolvedConfig, PortableConfig>();
  const portableFor = (fileConfig: ResolvedConfig): PortableConfig => {
    let found = portables.get(fileConfig);
    if (!found) {
      found = toPortable(fileConfig)!;
      portables.set(fileConfig, found);
    }
    return found;
  };
  const pool =
    portable && concurrency > 1 && paths.length >= MIN_FILES_FOR_WORKERS
      ? await openPool(concurrency, options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB)
      : undefined;
  const files: FileResult[] = new Array(paths.length);
  const posts = options.overviews ? new Map<string, PostOverview>() : undefined;
  const budget = thumbnailBudget();
  const locale = options.locale ?? 'en';
  const sites = options.sites ?? new SiteRun({ cwd });
  let done = 0;
  let next = 0;

  const rootOf = options.rootOf ?? ((path: string) => defaultRoot(resolve(cwd, path), cwd));
  /** A file's findings without checking it (unreadable, a template, cached), or its task. */
  const prepareFile = async (
    path: string,
    display: string,
  ): Promise<Finding[] | { task: WorkerTask; hash: string }> => {
    let content: Uint8Array;
    try {
      // Read synchronously: a post is a few kilobytes, and the six thread-pool round trips of an
      // asynchronous read cost more than the read (a one-thread run over the corpus was idle 19 %
      // of its time in them); the open never blocks (O_NONBLOCK), and a FIFO or a device is
      // refused before a byte is read.
      content = options.readContent
        ? await options.readContent(path)
        : readFileInsideSync(resolve(cwd, path), rootOf(path), config.limits.maxBytes);
    } catch (error) {
      return [unreadFinding(error, display, config.limits.maxBytes, locale)];
    }
    const { siteKey, template, ...site } = sites.forFile(path, display);
    // A site's layout templates are template code, not posts: listed, never judged as content.
    if (template) return [];
    // The html report draws the post itself, so it needs a fresh parse even when findings are cached.
    // A site's settings change its posts' findings: they are part of the key.
    const hash = options.cache ? contentHash(`${display}\u0000${siteKey}`, content) : '';
    const cached = posts ? undefined : options.cache?.get(path, hash);
    if (cached) return cached;
    const task: WorkerTask = {
      content,
      display,
      config: pool && portable ? portableFor(configForPath(config, path)) : configForPath(config, path),
      locale: options.locale,
      lang: options.lang,
      now: options.now,
      input: options.input,
      overview: Boolean(posts),
      ...site,
    };
    return { task, hash };
  };
  const finishFile = (path: string, display: string, hash: string, outcome: TaskOutcome): Finding[] => {
    if (posts && outcome.overview)
      posts.set(display, addThumbnails(outcome.overview, path, rootOf(path), budget));
    options.cache?.set(path, hash, outcome.messages);
    return outcome.messages;
  };
  const alone = (task: WorkerTask): WorkerTask => ({ ...task, config, axe: false });
  // Posts go to a worker a few at a time: each message to and from a worker costs a wake-up of
  // both threads, and one per post left each worker waiting 8-9 % of a corpus run.
  const batchSize = pool
    ? Math.max(1, Math.min(MAX_BATCH, Math.floor(paths.length / (concurrency * 16))))
    : 1;

  try {
    // A bounded window of files in flight (per worker, a batch checked, one waiting, one being
    // read): results keep the input order and memory stays flat however many files there are
    // (each task returns findings, never a tree).
    const lanes = Array.from({ length: pool ? concurrency * 3 : 1 }, async () => {
      while (next < paths.length) {
        const first = next;
        next = Math.min(paths.length, next + batchSize);
        const batch = paths.slice(first, next).map((path, k) => ({
          i: first + k,
          path,
          display: toPosix(relative(cwd, path)) || path,
        }));
        const prepared = await Promise.all(batch.map((f) => prepareFile(f.path, f.display)));
        const todo = batch.flatMap((f, k) => {
          const p = prepared[k]!;
          return Array.isArray(p) ? [] : [{ ...f, k, ...p }];
        });
        let outcomes: TaskOutcome[];
        if (pool) {
          const tasks = todo.map((t) => t.task);
          outcomes = await runBatchInWorker(pool, tasks, alone, options.workerHeapMb, locale);
        } else {
          // In this thread one post at a time: the rendered-page stage reuses one window.
          outcomes = [];
          for (const t of todo) outcomes.push(await checkContent(t.task, options));
          // Reading and checking never wait for the event loop: let it run between posts, so
          // Ctrl-C and the progress display are handled during the run, not after it.
          await new Promise<void>((resume) => setImmediate(resume));
        }
        const messages = prepared.map((p) => (Array.isArray(p) ? p : []));
        todo.forEach((t, n) => {
          messages[t.k] = finishFile(t.path, t.display, t.hash, outcomes[n]!);
        });
        batch.forEach((f, k) => {
          files[f.i] = { path: f.display, messages: messages[k]! };
          options.onFile?.(++done, paths.length);
        });
      }
    });
    await Promise.all(lanes);
  } finally {
    await pool?.destroy();
  }
  const summarized = sites.summarize(files, config, options.locale ?? config.locale);
  return posts
    ? { files: summarized, summary: summarize(summarized), posts }
    : { files: summarized, summary: summarize(summarized) };
}

const DEFAULT_WORKER_HEAP_MB = 1024;
/**
 * Each worker's young generation (V8's default lets it reach 48 MB). Checking a post makes much
 * short-lived garbage and keeps little (27 MB live after the whole corpus in one thread), so most
 * of a worker's memory is young generation waiting to be collected. Capped at 24 MB, the corpus
 * run's peak RSS went from 332 to 286 MB (median of 3, interleaved, 2 workers) for 3 % more wall
 * time; 36 MB saved nothing, and 4 MB semi-spaces (12 MB) cost 40 % more time.
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/** The most posts one message to a worker carries (see the lanes in checkFiles). */
const MAX_BATCH = 8;

interface Pool {
  run(task: WorkerTask): Promise<TaskOutcome>;
  runBatch(tasks: WorkerTask[]): Promise<TaskOutcome[]>;
  destroy(): Promise<void>;
}

async function openPool(threads: number, heapMb: number): Promise<Pool | undefined> {
  // Workers need the compiled entry; when running from TypeScript sources (tests), stay in-process.
  const workerUrl = new URL('./check-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(workerUrl))) return undefined;
  const { Piscina } = await import('piscina');
  const piscina = new Piscina({
    filename: workerUrl.href,
    minThreads: threads,
    maxThreads: threads,
    // A worker over its heap ends alone (ERR_WORKER_OUT_OF_MEMORY) instead of the whole process.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  return {
    run: (task) => piscina.run(task),
    runBatch: (tasks) => piscina.run(tasks, { name: 'checkBatch' }),
    destroy: () => piscina.destroy(),
  };
}

/**
 * A task in a worker; when the worker runs out of memory on it, the post is checked
 * again alone, in this thread, with the native rules only — they are bounded by the limits, the
 * rendered-page stage is not — so one post never costs the run its report.
 */
async function runInWorker(
  pool: Pool,
  task: WorkerTask,
  alone: WorkerTask,
  heapMb = DEFAULT_WORKER_HEAP_MB,
  locale: string,
): Promise<TaskOutcome> {
  try {
    return await pool.run(task);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
    const outcome = await checkContent(alone);
    const note = engineFinding('limit-exceeded', 'outOfMemory', { max: heapMb }, locale, task.display);
    return { ...outcome, messages: [note, ...outcome.messages] };
  }
}

/**
 * Several posts in one worker task. A worker out of memory on the batch names no post, so each is
 * run again alone (runInWorker), which finds the one that needs the memory and checks it here.
 */
async function runBatchInWorker(
  pool: Pool,
  tasks: WorkerTask[],
  alone: (task: WorkerTask) => WorkerTask,
  heapMb: number | undefined,
  locale: string,
): Promise<TaskOutcome[]> {
  if (tasks.length === 0) return [];
  if (tasks.length === 1) return [await runInWorker(pool, tasks[0]!, alone(tasks[0]!), heapMb, locale)];
  try {
    return await pool.runBatch(tasks);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
    const outcomes: TaskOutcome[] = [];
    for (const task of tasks) outcomes.push(await runInWorker(pool, task, alone(task), heapMb, locale));
    return outcomes;
  }
}

/**
 * Why a file was not read, as a finding on it. A file over the byte budget is measured, never read
 * (a 30 MB export, /dev/zero behind a link); a link out of the root is not followed, so a pull
 * request cannot make CI print /etc/passwd or ~/.ssh/id_rsa into a public log through an excerpt.
 */
function unreadFinding(error: unknown, display: string, maxBytes: number, locale: string): Finding {
  if (error instanceof FileRefused) {
    if (error.reason === 'too-large') {
      const breach = { limit: 'maxBytes', actual: error.size, max: maxBytes, skipped: 'all' } as const;
      return limitFinding(breach, locale, display);
    }
    const reason =
      error.reason === 'outside'
        ? `Not read: ${display} is a symbolic link to a file outside the directory being checked. Replace the link with the file, or remove it.`
        : `Not read: ${display} is not a regular file (a device, a pipe or a socket). Remove it from the paths to check.`;
    return engineFinding('parse-error', 'unreadable', { reason }, locale, display);
  }
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const reason = `Cannot read ${display} (${code}): check that it exists and is readable.`;
  return engineFinding('parse-error', 'unreadable', { reason }, locale, display);
}

export function summarize(files: FileResult[]): Summary {
  return { files: files.length, ...countFindings(files.flatMap((f) => f.messages)) };
}
