// The options of `check` that choose WHICH files a run looks at and how it scales in git hooks and
// CI: --staged, --changed-since, --files-from, --shard, --cache. Kept apart from check-command.ts
// so that file only wires them in.

import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { configIdentity } from '../config/portable.js';
import type { ResolvedConfig } from '../config/types.js';
import { defaultCacheFile, ResultCache, stableHash } from '../files/cache.js';
import { findUp, POST_EXTENSIONS } from '../files/files.js';
import { parseShard, shardFiles } from '../files/shard.js';
import { toolVersion } from '../files/version.js';
import { GitError } from '../git/git.js';
import { type SelectedFiles, selectChangedSince, selectStaged } from '../git/select.js';
import type { HelpStrings } from './help.js';
import { type CliCommand, option } from './program.js';
import { UsageError } from './usage-error.js';

/** The flags of this group, for the check command's definition (descriptions from the help catalogue). */
export function addRunOptions(command: CliCommand, help: HelpStrings): void {
  const group = help.groups.git;
  command
    .addOption(option('--staged', help.options.staged, group))
    .addOption(option('--changed-since <ref>', help.options.changedSince, group))
    .addOption(option('--files-from <file>', help.options.filesFrom, group))
    .addOption(option('--shard <i/n>', help.options.shard, group))
    .addOption(option('--cache', help.options.cache, group))
    .addOption(option('--cache-location <path>', help.options.cacheLocation, group));
}

export interface RunValues {
  staged?: boolean;
  changedSince?: string;
  filesFrom?: string;
  shard?: string;
  cache?: boolean;
  cacheLocation?: string;
  lang?: string;
  locale?: string;
  /** `--input KIND`: how records are read, so part of the cache key. */
  input?: string;
}

interface SelectContext {
  cwd: string;
  config: ResolvedConfig;
  baseDir: string;
  positionals: string[];
  /** The configuration's ignores (empty with --no-ignore). */
  ignores: string[];
  bothMessage: string;
}

/** `--staged` / `--changed-since`: the git-selected files, or undefined when neither is given. */
export async function selectGitFiles(
  values: RunValues,
  context: SelectContext,
): Promise<SelectedFiles | undefined> {
  if (values.staged && values.changedSince !== undefined) {
    throw new UsageError(context.bothMessage, 'check');
  }
  const options = {
    cwd: context.cwd,
    ignores: context.ignores,
    ignoreBase: context.baseDir,
    maxBytes: context.config.limits.maxBytes,
    ...(context.positionals.length > 0 ? { only: context.positionals } : {}),
  };
  try {
    if (values.staged) return await selectStaged(options);
    if (values.changedSince !== undefined) {
      return await selectChangedSince(values.changedSince, options);
    }
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
  return undefined;
}

/**
 * `--files-from FILE` (`-` for stdin): paths separated by NUL (as `git diff -z` writes them) or by
 * newlines. Lists made by tools name deleted files and images too: only existing posts are kept.
 */
export async function readFilesFrom(
  source: string | undefined,
  cwd: string,
  readStdin: () => Promise<string>,
): Promise<string[] | undefined> {
  if (source === undefined) return undefined;
  let text: string;
  try {
    text = source === '-' ? await readStdin() : readFileSync(resolve(cwd, source), 'utf8');
  } catch {
    throw new UsageError(`Cannot read the file list ${source}: check the path.`);
  }
  const names = text.includes('\0') ? text.split('\0') : text.split(/\r?\n/);
  const extensions = new Set(POST_EXTENSIONS);
  return names.filter((name) => {
    if (name.trim() === '') return false;
    try {
      const stat = statSync(resolve(cwd, name));
      return stat.isDirectory() || (stat.isFile() && extensions.has(extname(name).slice(1).toLowerCase()));
    } catch {
      return false;
    }
  });
}

/** The repository root (for repo-relative paths in reports and shards), else the current directory. */
export function projectRoot(cwd: string, selected?: { root: string }): string {
  return selected?.root ?? findUp(cwd, '.git') ?? cwd;
}

/** `--shard I/N`: this job's part of the list. */
export function applyShard(files: string[], shard: string | undefined, root: string): string[] {
  if (shard === undefined) return files;
  const parsed = parseShard(shard);
  if (typeof parsed === 'string') throw new UsageError(parsed);
  return shardFiles(files, parsed, root);
}

/** `--cache` / `--cache-location`: the cache for this version and configuration, or undefined. */
export async function openCache(
  values: RunValues,
  cwd: string,
  config: ResolvedConfig,
): Promise<ResultCache | undefined> {
  if (!values.cache && values.cacheLocation === undefined) return undefined;
  const location =
    values.cacheLocation !== undefined
      ? resolve(cwd, values.cacheLocation)
      : defaultCacheFile(projectRoot(cwd));
  const key = stableHash({
    version: toolVersion(),
    config: configIdentity(config),
    lang: values.lang,
    locale: values.locale,
    input: values.input,
    // Date rules compare with today (date-future): their findings are good for the day they were made.
    day: [...config.rules.keys()].some((id) => id.startsWith('date-'))
      ? new Date().toISOString().slice(0, 10)
      : undefined,
  });
  return ResultCache.open(location, key);
}
