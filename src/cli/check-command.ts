// `content-a11y check`: expand paths, load config, check every file, write each requested format,
// exit 0 (no errors), 1 (errors, or too many warnings), 2 (the run itself failed).
import { readFileSync, unlinkSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { check } from '../check.js';
import { loadConfig } from '../config/load.js';
import { resolveConfig } from '../config/resolve.js';
import { ConfigError } from '../errors.js';
import { checkFiles, summarize } from '../files/check-files.js';
import { defaultRoot, expandPaths } from '../files/files.js';
import { selectedReader } from '../git/select.js';
import { isRecordKind, RECORD_KINDS } from '../parse/records/index.js';
import { FORMATTERS, isFormatName, loadFormatter, wantsOverviews } from '../report/index.js';
import { postOverview } from '../report/overview.js';
import type { PostOverview } from '../report/types.js';
import type { FileResult } from '../types.js';
import { CHECK_HELP } from './help.js';
import {
  applyShard,
  openCache,
  projectRoot,
  RUN_OPTIONS,
  readFilesFrom,
  selectGitFiles,
} from './run-options.js';
import { parseCommandArgs, UsageError } from './usage-error.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  readStdin: () => Promise<string>;
}

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  lang: { type: 'string' },
  locale: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'stdin-filename': { type: 'string' },
  concurrency: { type: 'string' },
  input: { type: 'string' },
  debug: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-axe': { type: 'boolean' },
  color: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...RUN_OPTIONS,
} as const;

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}".`);
  }
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    throw new UsageError(
      `--concurrency takes a whole number of worker threads (1 or more), not "${values.concurrency}".`,
    );
  }
  const input = values.input;
  if (input !== undefined && !isRecordKind(input)) {
    throw new UsageError(`--input takes one of ${RECORD_KINDS.join(', ')}, not "${input}".`);
  }
  const outputs = parseFormats(values.format, io.env);
  const loaded = await loadConfig({ cwd: io.cwd, configFile: values.config });
  const config = resolveConfig({
    ...loaded.config,
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values['no-axe'] ? { axe: false } : {}),
  });
  const locale = values.locale ?? config.locale;

  const listed = await readFilesFrom(values['files-from'], io.cwd, io.readStdin);
  const args = listed ? [...positionals, ...listed] : positionals.length > 0 ? positionals : ['.'];
  let files: FileResult[];
  let posts: Map<string, PostOverview> | undefined;
  const overviews = wantsOverviews(outputs.map((o) => o.name));
  let root = projectRoot(io.cwd);
  if (args.includes('-')) {
    const content = await io.readStdin();
    const path = values['stdin-filename'] ?? '<stdin>';
    const result = await check({ content, path: values['stdin-filename'], config, locale, input });
    files = [{ path, messages: result.messages }];
    if (overviews && result.post) posts = new Map([[path, postOverview(result.post)]]);
  } else {
    const selected = await selectGitFiles(values, {
      cwd: io.cwd,
      config,
      baseDir: loaded.baseDir,
      positionals,
    });
    root = projectRoot(io.cwd, selected);
    const expanded = await expandPaths(selected ? [] : args, {
      cwd: io.cwd,
      ignores: config.ignores,
      ignoreBase: loaded.baseDir,
    });
    if (expanded.unmatched.length > 0) {
      throw new UsageError(
        `No posts found for ${expanded.unmatched.map((a) => `"${a}"`).join(', ')}: check the path, or quote a glob so the shell does not expand it.`,
      );
    }
    const toCheck = applyShard(selected?.files ?? expanded.files, values.shard, root);
    const cache = await openCache(values, io.cwd, config);
    const progress = progressLine(io, toCheck.length);
    const gitRoot = selected?.root;
    const checked = await checkFiles(toCheck, {
      config,
      cwd: io.cwd,
      // Each file is read inside the root it was found under, never outside (symbolic links).
      rootOf: (file) => gitRoot ?? expanded.roots.get(file) ?? defaultRoot(file, io.cwd),
      locale,
      input,
      concurrency,
      onFile: progress.update,
      overviews,
      ...(selected ? { readContent: selectedReader(selected, config.limits.maxBytes) } : {}),
      ...(cache ? { cache } : {}),
    });
    progress.done();
    await cache?.save();
    if (values.debug && cache) {
      io.stderr.write(`content-a11y: ${cache.misses} files checked, ${cache.hits} from the cache.\n`);
    }
    files = checked.files;
    posts = checked.posts;
  }

  const summary = summarize(files);
  const shown = values.quiet
    ? files.map((f) => ({ ...f, messages: f.messages.filter((m) => m.severity === 'error') }))
    : files;
  const shownSummary = values.quiet ? { ...summarize(shown), files: summary.files } : summary;
  const color = values['no-color']
    ? false
    : values.color
      ? true
      : Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  for (const output of outputs) {
    const formatter = await loadFormatter(output.name);
    if (!formatter) throw new UsageError(`Unknown format "${output.name}".`);
    const text = formatter(shown, shownSummary, {
      cwd: io.cwd,
      color: output.file ? false : color,
      ...(locale ? { locale } : {}),
      ...(posts ? { posts } : {}),
      root,
      env: io.env,
      registry: config.registry,
    });
    if (output.file) await writeAtomically(resolve(io.cwd, output.file), text);
    else io.stdout.write(text);
  }
  if (summary.errors > 0) return 1;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr.write(`content-a11y: ${summary.warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

interface Output {
  name: string;
  file?: string;
}

function parseFormats(formats: string[] | undefined, env: NodeJS.ProcessEnv): Output[] {
  const list = formats?.length
    ? formats
    : [env.GITHUB_ACTIONS === 'true' && FORMATTERS.github ? 'github' : 'stylish'];
  return list.map((spec) => {
    const [name = '', file] = spec.split(/=(.*)/s, 2);
    if (!isFormatName(name)) {
      throw new UsageError(
        `Unknown format "${name}". Formats: ${Object.keys(FORMATTERS).join(', ')} (add =FILE to write one to a file).`,
      );
    }
    return file ? { name, file } : { name };
  });
}

/** Temporary files being written now: removed if the run is interrupted (SIGINT). */
const pendingWrites = new Set<string>();

/** Writes then renames, so a reader never sees half a report. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = resolve(dirname(path), `.${process.pid}.${Date.now()}.tmp`);
  pendingWrites.add(tmp);
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  } finally {
    pendingWrites.delete(tmp);
  }
}

/**
 * What an interrupted run does (SIGINT, Ctrl-C): removes half-written temporary files, so no report
 * is ever left half written (the previous one stays, since only a finished file is renamed), and
 * returns the exit code 130 (128 + SIGINT), as shells expect.
 */
export function abandonWrites(): number {
  for (const tmp of pendingWrites) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or never created.
    }
  }
  pendingWrites.clear();
  return 130;
}

/** "checked 120/3000" on stderr, only when stderr is a terminal and the run is long enough to wait on. */
function progressLine(io: CliIo, total: number) {
  const enabled = Boolean(io.stderr.isTTY) && total >= 20 && !io.env.CI;
  let last = 0;
  return {
    update: (done: number) => {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      io.stderr.write(`\rcontent-a11y: checked ${done}/${total} files`);
    },
    done: () => {
      if (enabled) io.stderr.write('\r\x1b[K');
    },
  };
}

export function readStdinText(): Promise<string> {
  return Promise.resolve(readFileSync(0, 'utf8'));
}

export { ConfigError };
