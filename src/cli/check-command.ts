// `content-a11y check`: expand paths, load config, check every file, apply fixes when asked, write
// each requested format, exit 0 (no errors), 1 (errors, or too many warnings), 2 (the run failed).
import { statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import ignore from 'ignore';
import { createSupportsHyperlinks } from 'supports-hyperlinks';
import { check } from '../check.js';
import { loadConfig } from '../config/load.js';
import { configForPath, describeConfig, matchingOverrides, resolveConfig } from '../config/resolve.js';
import type { ResolvedConfig, UserConfig } from '../config/types.js';
import { MESSAGE_LOCALES } from '../engine/messages.js';
import { FIX_TYPES, type FixType } from '../engine/rule.js';
import { checkFiles, summarize } from '../files/check-files.js';
import { defaultRoot, expandPaths, toPosix } from '../files/files.js';
import { selectedReader } from '../git/select.js';
import { type CliStrings, environmentLocale } from '../i18n/strings.js';
import { checkLanguageTag } from '../lang/language-tags.js';
import { isRecordKind, RECORD_KINDS } from '../parse/records/index.js';
import { FORMATTERS, isFormatName, loadFormatter, wantsOverviews } from '../report/index.js';
import { postOverview } from '../report/overview.js';
import type { PostOverview } from '../report/types.js';
import { withSiteSummary } from '../site/lang-summary.js';
import type { FileResult } from '../types.js';
import { fixable, fixFile } from './fix.js';
import type { HelpStrings } from './help.js';
import { type CliIo, writeAtomically } from './io.js';
import { type CliCommand, type CommandContext, type CommandSpec, collect, option } from './program.js';
import {
  addRunOptions,
  applyShard,
  openCache,
  projectRoot,
  readFilesFrom,
  selectGitFiles,
} from './run-options.js';
import { siteRun } from './site-option.js';
import { FileSystemError, isErrnoError, UsageError } from './usage-error.js';

interface CheckValues {
  format?: string[];
  lang?: string;
  locale?: string;
  config?: string;
  printConfig?: string;
  maxWarnings?: string;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string[];
  stdinFilename?: string;
  site?: string;
  concurrency?: string;
  input?: string;
  axe: boolean;
  ignore: boolean;
  color?: boolean;
  debug?: boolean;
  staged?: boolean;
  changedSince?: string;
  filesFrom?: string;
  shard?: string;
  cache?: boolean;
  cacheLocation?: string;
}

function defineOptions(command: CliCommand, help: HelpStrings): void {
  const o = help.options;
  const { output, fix, general } = help.groups;
  command
    .argument('[paths...]', help.arguments.paths)
    .addOption(option('-f, --format <name[=file]>', o.format, output).argParser(collect))
    .addOption(option('-q, --quiet', o.quiet, output))
    .addOption(option('--max-warnings <n>', o.maxWarnings, output))
    .addOption(option('--color', o.color, output))
    .addOption(option('--no-color', o.noColor, output))
    .addOption(option('--fix', o.fix, fix))
    .addOption(option('--fix-dry-run', o.fixDryRun, fix))
    .addOption(option('--fix-type <types>', o.fixType, fix).argParser(collect))
    .addOption(option('--lang <tag>', o.lang, general))
    .addOption(option('--locale <tag>', o.locale, general))
    .addOption(option('-c, --config <file>', o.config, general))
    .addOption(option('--print-config <file>', o.printConfig, general))
    .addOption(option('--no-ignore', o.ignore, general))
    .addOption(option('--stdin-filename <name>', o.stdinFilename, general))
    .addOption(option('--input <kind>', o.input, general))
    .addOption(option('--no-axe', o.axe, general))
    .addOption(option('--site <dir>', o.site, general))
    .addOption(option('--concurrency <n>', o.concurrency, general))
    .addOption(option('--debug', o.debug, general));
  addRunOptions(command, help);
  command.addHelpText('after', help.checkAfter);
}

export const checkCommand: CommandSpec = {
  name: 'check',
  isDefault: true,
  define(command, context) {
    defineOptions(command, context.help);
    command.action(async (paths: string[], values: CheckValues) => {
      context.exit(await runCheck(paths, values, context));
    });
  },
};

function wholeNumber(
  value: string | undefined,
  flag: string,
  min: number,
  t: CliStrings,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(value.trim() !== '' && Number.isInteger(n) && n >= min))
    throw new UsageError(t.wholeNumber(flag, value, min), 'check');
  return n;
}

/** What the options say, checked before anything is read. */
function checkedOptions(values: CheckValues, t: CliStrings) {
  let maxWarnings: number | undefined;
  if (values.maxWarnings !== undefined) {
    const n = Number(values.maxWarnings);
    if (!(values.maxWarnings.trim() !== '' && Number.isInteger(n) && n >= -1)) {
      throw new UsageError(t.maxWarnings(values.maxWarnings), 'check');
    }
    maxWarnings = n === -1 ? undefined : n; // ESLint's -1: no limit
  }
  const concurrency = wholeNumber(values.concurrency, '--concurrency', 1, t);
  if (values.input !== undefined && !isRecordKind(values.input)) {
    throw new UsageError(t.oneOf('--input', values.input, [...RECORD_KINDS]), 'check');
  }
  if (values.lang !== undefined && !checkLanguageTag(values.lang).valid) {
    throw new UsageError(t.badLang('--lang', values.lang), 'check');
  }
  if (values.locale !== undefined) {
    const primary = values.locale.toLowerCase().split(/[-_]/)[0]!;
    if (!checkLanguageTag(values.locale).valid || !(MESSAGE_LOCALES as readonly string[]).includes(primary)) {
      throw new UsageError(t.badLocale('--locale', values.locale, [...MESSAGE_LOCALES]), 'check');
    }
  }
  const fixTypes = new Set<FixType>();
  for (const type of (values.fixType ?? []).flatMap((v) => v.split(',')).map((v) => v.trim())) {
    if (!(FIX_TYPES as readonly string[]).includes(type)) {
      throw new UsageError(t.oneOf('--fix-type', type, [...FIX_TYPES]), 'check');
    }
    fixTypes.add(type as FixType);
  }
  if (values.fixType && !values.fix && !values.fixDryRun) throw new UsageError(t.fixTypeWithoutFix, 'check');
  return {
    maxWarnings,
    concurrency,
    input: values.input as (typeof RECORD_KINDS)[number] | undefined,
    fixTypes: fixTypes.size > 0 ? fixTypes : new Set(FIX_TYPES),
    fixing: Boolean(values.fix || values.fixDryRun),
  };
}

async function runCheck(paths: string[], values: CheckValues, context: CommandContext): Promise<number> {
  const { io, t } = context;
  const options = checkedOptions(values, t);
  const outputs = parseFormats(values.format, io.env, t);
  const loaded = await loadConfig({ cwd: io.cwd, configFile: values.config });
  const user: UserConfig = {
    ...loaded.config,
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values.axe === false ? { axe: false } : {}),
  };
  const config = resolveConfig(user, { locale: context.locale, root: loaded.baseDir });
  if (values.printConfig !== undefined) return printConfig(values.printConfig, config, loaded.filepath, io);
  const locale = values.locale ?? config.locale;
  const ignores = values.ignore === false ? [] : config.ignores;

  const listed = await readFilesFrom(values.filesFrom, io.cwd, io.readStdin);
  const args = listed ? [...paths, ...listed] : paths.length > 0 ? paths : ['.'];
  let files: FileResult[];
  let posts: Map<string, PostOverview> | undefined;
  const overviews = wantsOverviews(outputs.map((o) => o.name));
  let root = projectRoot(io.cwd);
  const notes: string[] = [];
  let fixedProblems = 0;
  let fixedFiles = 0;
  const fixOptions = { config, locale, lang: values.lang, input: options.input, types: options.fixTypes, t };
  const sites = siteRun(io.cwd, values.site, loaded);
  if (args.includes('-')) {
    if (values.fix) throw new UsageError(t.fixWithStdin, 'check');
    const content = await io.readStdin();
    if (content.trim() === '') throw new UsageError(t.emptyStdin, 'check');
    const path = values.stdinFilename ?? '<stdin>';
    const stdinConfig = configForPath(config, values.stdinFilename && resolve(io.cwd, values.stdinFilename));
    const stdinName = values.stdinFilename;
    const { siteKey: _key, ...site } = stdinName ? sites.forFile(stdinName, stdinName) : { siteKey: '' };
    const result = await check({
      content,
      path: stdinName,
      config: stdinConfig,
      locale,
      input: options.input,
      ...site,
    });
    files = [{ path, messages: result.messages }];
    if (values.fixDryRun) {
      const outcome = await fixFile(
        { path, display: path, checked: new TextEncoder().encode(content) },
        { ...fixOptions, ...site, config: stdinConfig, dryRun: true },
      );
      if (outcome) {
        files = [{ path, messages: outcome.messages, output: outcome.output }];
        fixedProblems += outcome.fixed;
        fixedFiles++;
      }
    }
    if (overviews && result.post) posts = new Map([[path, postOverview(result.post)]]);
  } else {
    const selected = await selectGitFiles(values, {
      cwd: io.cwd,
      config,
      baseDir: loaded.baseDir,
      positionals: paths,
      ignores,
      bothMessage: t.stagedAndChangedSince,
    });
    root = projectRoot(io.cwd, selected);
    const expanded = await expandPaths(selected ? [] : args, {
      cwd: io.cwd,
      ignores,
      ignoreBase: loaded.baseDir,
    });
    if (expanded.unmatched.length > 0) throw new UsageError(t.noPostsFound(expanded.unmatched), 'check');
    if (!selected)
      notes.push(...ignoredExplicitFiles(args, expanded.files, ignores, loaded.baseDir, io.cwd, t));
    const toCheck = applyShard(selected?.files ?? expanded.files, values.shard, root);
    const cache = await openCache(values, io.cwd, config);
    const progress = progressLine(io, toCheck.length);
    const gitRoot = selected?.root;
    const checked = await checkFiles(toCheck, {
      config,
      cwd: io.cwd,
      locale,
      input: options.input,
      concurrency: options.concurrency,
      onFile: progress.update,
      overviews,
      // Each file is read inside the root it was found under, never outside (symbolic links).
      rootOf: (file) => gitRoot ?? expanded.roots.get(file) ?? defaultRoot(file, io.cwd),
      ...(selected ? { readContent: selectedReader(selected, config.limits.maxBytes) } : {}),
      ...(cache ? { cache } : {}),
      sites,
    });
    progress.done();
    await cache?.save();
    if (values.debug && cache) {
      io.stderr.write(`content-a11y: ${cache.misses} files checked, ${cache.hits} from the cache.\n`);
    }
    files = checked.files;
    posts = checked.posts;
    if (options.fixing) {
      for (const [i, file] of files.entries()) {
        if (fixable(file.messages, options.fixTypes, config.registry).length === 0) continue;
        const path = toCheck[i]!;
        const content = selected?.contents?.get(path) ?? (await readFile(path).catch(() => undefined));
        if (!content) continue;
        // Fixed and checked again with the site's facts the run checked it with (its template tags,
        // language, title level): without them the findings left after fixing were another
        // site's.
        const { siteKey: _key, template: _template, ...site } = sites.forFile(path, file.path);
        const outcome = await fixFile(
          { path, display: file.path, checked: content, staged: Boolean(values.staged) },
          {
            ...fixOptions,
            ...site,
            config: configForPath(config, path),
            dryRun: Boolean(values.fixDryRun),
          },
        );
        if (!outcome) continue;
        if (outcome.note) notes.push(outcome.note);
        if (outcome.fixed === 0 || (!values.fixDryRun && !outcome.written)) continue;
        fixedProblems += outcome.fixed;
        fixedFiles++;
        // Under --staged the commit still holds the unfixed text: its findings stay what they were.
        if (!values.staged)
          files[i] = {
            ...file,
            messages: withSiteSummary(file.messages, outcome.messages, file.path),
            ...(values.fixDryRun ? { output: outcome.output } : {}),
          };
      }
    }
  }

  const summary = summarize(files);
  if (fixedProblems > 0) {
    notes.push(
      values.fixDryRun
        ? t.wouldFix(fixedProblems, fixedFiles)
        : values.staged
          ? t.fixedStaged(fixedProblems, fixedFiles)
          : t.fixed(fixedProblems, fixedFiles),
    );
  } else if (!options.fixing) {
    const canFix = files.reduce(
      (n, f) => n + fixable(f.messages, options.fixTypes, config.registry).length,
      0,
    );
    if (canFix > 0) notes.push(t.fixable(canFix, '--fix'));
  }
  const shown = values.quiet
    ? files.map((f) => ({ ...f, messages: f.messages.filter((m) => m.severity === 'error') }))
    : files;
  const shownSummary = values.quiet ? { ...summarize(shown), files: summary.files } : summary;
  const hidden = values.quiet ? { warnings: summary.warnings, infos: summary.infos } : undefined;

  let code = 0;
  const exitNotes: string[] = [];
  if (summary.errors > 0) code = 1;
  else if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
    code = 1;
    exitNotes.push(`✖ ${t.tooManyWarnings(summary.warnings, options.maxWarnings, Boolean(values.quiet))}`);
  }
  if (values.staged && code === 1) exitNotes.push(t.commitBlocked, t.commitBypass);
  if (values.staged && !values.fixDryRun && fixedProblems > 0) code = 1;

  const color = values.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && !io.env.NODE_DISABLE_COLORS);
  const uiLocale = locale ?? environmentLocale(io.env);
  let notesShown = false;
  for (const output of outputs) {
    const formatter = await loadFormatter(output.name);
    if (!formatter) throw new UsageError(t.unknownFormat(output.name, Object.keys(FORMATTERS)), 'check');
    // Notes about the run go under the summary of the one human format printed to the terminal.
    const withNotes = output.name === 'stylish' && !output.file && !notesShown;
    if (withNotes) notesShown = true;
    const text = formatter(shown, shownSummary, {
      cwd: io.cwd,
      color: output.file ? false : color,
      ...(locale ? { locale } : {}),
      ...(uiLocale ? { uiLocale } : {}),
      ...(posts ? { posts } : {}),
      ...(hidden ? { hidden } : {}),
      ...(withNotes ? { notes: [...notes, ...exitNotes] } : {}),
      columns: output.file ? 100 : (io.stdout.columns ?? (Number(io.env.COLUMNS) || 80)),
      hyperlinks: !output.file && color && supportsHyperlinks(io),
      root,
      env: io.env,
      registry: config.registry,
    });
    if (output.file) await writeReport(resolve(io.cwd, output.file), output.file, text);
    else io.stdout.write(text);
  }
  if (!notesShown) for (const note of [...notes, ...exitNotes]) io.stderr.write(`content-a11y: ${note}\n`);
  return code;
}

/** `--print-config FILE`: the configuration that applies to FILE, as JSON. */
function printConfig(
  file: string,
  config: ResolvedConfig,
  configFile: string | undefined,
  io: CliIo,
): number {
  const path = resolve(io.cwd, file);
  const resolved = configForPath(config, path);
  const out = {
    file: toPosix(file),
    configFile: configFile ? toPosix(relative(io.cwd, configFile)) || configFile : null,
    overridesApplied: matchingOverrides(config, path).map(
      (i) => `overrides[${i}] (${config.overrides[i]!.files.join(', ')})`,
    ),
    ...describeConfig(resolved),
  };
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

/**
 * Files named on the command line that the configuration's `ignores` leave out: ESLint says so
 * rather than "0 files checked".
 */
function ignoredExplicitFiles(
  args: string[],
  kept: string[],
  ignores: string[],
  baseDir: string,
  cwd: string,
  t: CliStrings,
): string[] {
  if (ignores.length === 0) return [];
  const matcher = ignore().add(ignores);
  const keptSet = new Set(kept);
  const notes: string[] = [];
  for (const arg of args) {
    if (arg === '-') continue;
    const abs = resolve(cwd, arg);
    if (keptSet.has(abs) || !statSync(abs, { throwIfNoEntry: false })?.isFile()) continue;
    const rel = relative(baseDir, abs);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel) && matcher.ignores(toPosix(rel)))
      notes.push(t.ignoredExplicit(toPosix(arg)));
  }
  return notes;
}

/** OSC 8 links where the terminal is known to show them (supports-hyperlinks' detection). */
function supportsHyperlinks(io: CliIo): boolean {
  if (io.env.FORCE_HYPERLINK !== undefined) return io.env.FORCE_HYPERLINK !== '0';
  return Boolean(io.stdout.isTTY) && createSupportsHyperlinks({ isTTY: true });
}

interface Output {
  name: string;
  file?: string;
}

function parseFormats(formats: string[] | undefined, env: NodeJS.ProcessEnv, t: CliStrings): Output[] {
  const list = formats?.length
    ? formats
    : [env.GITHUB_ACTIONS === 'true' && FORMATTERS.github ? 'github' : 'stylish'];
  return list.map((spec) => {
    const [name = '', file] = spec.split(/=(.*)/s, 2);
    if (!isFormatName(name)) throw new UsageError(t.unknownFormat(name, Object.keys(FORMATTERS)), 'check');
    return file ? { name, file } : { name };
  });
}

/** A report file: its folder is created (`--format html=reports/2026/a11y.html`), then written atomically. */
async function writeReport(path: string, shown: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    // EEXIST from mkdir -p: a file stands where a folder of the path should be.
    if (isErrnoError(error)) {
      throw new FileSystemError('create', dirname(shown), error.code === 'EEXIST' ? 'ENOTDIR' : error.code);
    }
    throw error;
  }
  try {
    await writeAtomically(path, text);
  } catch (error) {
    if (error instanceof FileSystemError) throw new FileSystemError(error.action, shown, error.code);
    throw error;
  }
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
