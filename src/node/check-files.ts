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
}

export interface CheckFilesResult {
  files: FileResult[];
  summary: Summary;
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
  let done = 0;
  try {
    let next = 0;
    // A bounded window of files in flight: results keep the input order and memory stays flat
    // however many files there are (each task returns findings only, never a tree).
    const lanes = Array.from({ length: pool ? concurrency * 2 : 1 }, async () => {
      while (next < paths.length) {
        const i = next++;
        const task = {
          path: paths[i]!,
          display: displays[i]!,
          config,
          locale: options.locale,
          lang: options.lang,
          now: options.now,
          input: options.input,
        };
        const messages = pool
          ? await pool.run(task)
          : await checkOneFile(task.path, task.display, { ...options, config });
        files[i] = { path: displays[i]!, messages };
        options.onFile?.(++done, paths.length);
      }
    });
    await Promise.all(lanes);
  } finally {
    await pool?.destroy();
  }
  return { files, summary: summarize(files) };
}

/** Below this many files, starting workers costs more than it saves (a pre-commit hook's few posts). */
const MIN_FILES_FOR_WORKERS = 24;

interface Pool {
  run(task: WorkerTask): Promise<Finding[]>;
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

export async function checkOneFile(
  path: string,
  display: string,
  options: CheckFilesOptions & { config: ResolvedConfig },
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
