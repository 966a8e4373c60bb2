// Checking files on disk (Node only): read each file, check it, never let one file stop the rest.
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { type CheckOptions, check, isResolvedConfig, limitFinding } from '../check.js';
import { resolveConfig } from '../config/resolve.js';
import type { ResolvedConfig, UserConfig } from '../config/types.js';
import { engineFinding } from '../engine/run.js';
import type { FileResult, Finding, Summary } from '../types.js';
import { toPosix } from './files.js';

export interface CheckFilesOptions extends Omit<CheckOptions, 'content' | 'path' | 'config'> {
  config?: UserConfig | ResolvedConfig;
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
  const files: FileResult[] = [];
  let done = 0;
  for (const path of paths) {
    const display = toPosix(relative(cwd, path)) || path;
    const escaped = await symlinkEscape(path, cwd);
    const messages = escaped
      ? [engineFinding('parse-error', 'unreadable', { reason: escaped }, options.locale ?? 'en', display)]
      : await checkOneFile(path, display, { ...options, config });
    files.push({ path: display, messages });
    options.onFile?.(++done, paths.length);
  }
  return { files, summary: summarize(files) };
}

async function checkOneFile(
  path: string,
  display: string,
  options: CheckFilesOptions & { config: ResolvedConfig },
): Promise<Finding[]> {
  let content: Uint8Array;
  try {
    // Never read more than the byte limit allows: a 30 MB export (or /dev/zero behind a symlink)
    // is reported without loading it.
    const info = await stat(path);
    if (info.size > options.config.limits.maxBytes) {
      const breach = { limit: 'maxBytes', actual: info.size, max: options.config.limits.maxBytes } as const;
      return [limitFinding({ ...breach, skipped: 'all' }, options.locale ?? 'en', display)];
    }
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    content = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const reason = `Cannot read ${display} (${code}): check that it exists and is readable.`;
    return [engineFinding('parse-error', 'unreadable', { reason }, options.locale ?? 'en', display)];
  }
  const result = await check({ ...options, content, path: display });
  return result.messages;
}

/**
 * A file inside the checked tree that is a symbolic link (or under one) to something outside it
 * is not read: a pull request must not make CI print /etc/passwd or ~/.ssh/id_rsa into a public
 * log through a finding's excerpt. Returns the reason, or undefined when the file may be read.
 */
async function symlinkEscape(path: string, cwd: string): Promise<string | undefined> {
  const lexical = relative(cwd, resolve(cwd, path));
  if (lexical.startsWith('..') || isAbsolute(lexical)) return undefined; // named explicitly by the caller
  let real: string;
  let root: string;
  try {
    [real, root] = await Promise.all([realpath(resolve(cwd, path)), realpath(cwd)]);
  } catch {
    return undefined; // a dangling link: reading it reports ENOENT
  }
  const inside = relative(root, real);
  if (!inside.startsWith('..') && !isAbsolute(inside)) return undefined;
  return `Not read: ${toPosix(lexical)} is a symbolic link to a file outside the directory being checked. Replace the link with the file, or remove it.`;
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
