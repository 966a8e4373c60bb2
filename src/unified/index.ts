// content-a11y/unified: the checker inside a site's own build. A remark plugin (the Markdown
// tree, front matter included) and a rehype plugin (HTML trees, e.g. after MDX), both running the
// same engine on the tree the host built, and adding one VFile message per finding, so
// vfile-reporter, remark-cli (--frail), and the dev overlays of Astro and Next show them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';
import { checkPost } from '../check.js';
import { checkPostSync } from '../check-sync.js';
import { loadConfig } from '../config/load.js';
import { resolveConfig } from '../config/resolve.js';
import type { ResolvedConfig, UserConfig } from '../config/types.js';
import { PostParseError } from '../errors.js';
import { parseTree, type TreeInput } from '../parse/index.js';
import type { Finding, Severity } from '../types.js';

/** Options of the remark and rehype plugins: configuration, axe, languages, when to fail the build. */
export interface UnifiedOptions {
  /** The same configuration object as the library's, or a path to a config file. Default: the
   * configuration file found upward from the file's folder, as the CLI finds it. */
  config?: UserConfig | string;
  /** Run the rendered-DOM checks (axe-core in jsdom). Default false in a build: it is slow. */
  axe?: boolean;
  /** Language of messages (default: the post's, as everywhere). */
  locale?: string;
  /** Language to assume when a post declares none. */
  lang?: string;
  /** Stop the build (file.fail) when a finding of this severity or worse is found. Default: never. */
  failOn?: Severity;
  /** Called with each file's findings (for a report of your own). */
  onFindings?: (file: VFile, findings: Finding[]) => void;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** remark plugin: `unified().use(remarkParse).use(remarkFrontmatter).use(contentA11y, options)`. */
export default function remarkContentA11y(options: UnifiedOptions = {}) {
  return (tree: MdastRoot, file: VFile) => runOn({ kind: 'mdast', root: tree }, file, options);
}

/** rehype plugin: after remark-rehype, rehype-parse, or MDX's own pipeline. */
export function rehypeContentA11y(options: UnifiedOptions = {}) {
  return (tree: HastRoot, file: VFile) => runOn({ kind: 'hast', root: tree }, file, options);
}

export { remarkContentA11y };

async function runOn(tree: TreeInput['tree'], file: VFile, options: UnifiedOptions): Promise<void> {
  const config = await configFor(file, options);
  const path = file.path ? file.path : undefined;
  let findings: Finding[];
  try {
    const post = parseTree({
      source: sourceOf(file),
      tree,
      path,
      defaultLang: options.lang ?? config.lang,
      pathDates: config.pathDates,
      titleAsH1: config.titleAsH1,
    });
    const useAxe = options.axe === true && config.axe;
    const result = useAxe
      ? await checkPost(post, config, { locale: options.locale, stages: ['native', 'dom'] })
      : checkPostSync(post, config, { locale: options.locale });
    findings = result.messages;
  } catch (error) {
    if (!(error instanceof PostParseError)) throw error;
    const message = file.message(error.message, {
      place: { line: error.line, column: error.column },
      ruleId: 'parse-error',
      source: 'content-a11y',
    });
    message.fatal = true;
    return;
  }
  options.onFindings?.(file, findings);
  for (const finding of findings) addMessage(file, finding);
  const failOn = options.failOn;
  if (failOn) {
    const blocking = findings.filter((f) => RANK[f.severity] <= RANK[failOn]);
    if (blocking.length > 0) {
      file.fail(
        `content-a11y: ${blocking.length} accessibility problem(s) at or above "${failOn}" (first: ${blocking[0]!.ruleId} at line ${blocking[0]!.line}).`,
        { ruleId: blocking[0]!.ruleId, source: 'content-a11y' },
      );
    }
  }
}

/** One VFile message per finding, in vfile's conventions: `fatal` true for errors, false for
 * warnings, unset for infos; the fix or suggestion as `expected`, the text as written as `actual`. */
function addMessage(file: VFile, finding: Finding): void {
  const message = file.message(finding.message, {
    place: {
      start: { line: finding.line, column: finding.column },
      end: { line: finding.endLine, column: finding.endColumn },
    },
    ruleId: finding.ruleId,
    source: 'content-a11y',
  });
  message.url = finding.helpUrl;
  if (finding.severity === 'error') message.fatal = true;
  else if (finding.severity === 'warning') message.fatal = false;
  else message.fatal = undefined;
  if (finding.excerpt !== undefined) message.actual = finding.excerpt;
  const expected = [
    ...(finding.fix ? [finding.fix.text] : []),
    ...(finding.suggestions ?? []).map((s) => s.fix.text),
    ...(finding.suggestion !== undefined && !finding.fix ? [finding.suggestion] : []),
  ];
  if (expected.length > 0) message.expected = expected;
  if (finding.wcag.length > 0) message.note = `WCAG ${finding.wcag.join(', ')}`;
}

/**
 * The text the tree's positions refer to. Some hosts (Astro) hand remark the file with its front
 * matter blanked out to spaces, offsets unchanged, and keep the values elsewhere: then the file on
 * disk, identical after its front matter, is that text with the front matter still in it.
 */
function sourceOf(file: VFile): string {
  const value = String(file.value ?? '');
  if (!file.path || !/^[ \t]*\r?\n/.test(value)) return value;
  let disk: string;
  try {
    disk = readFileSync(resolve(file.cwd, file.path), 'utf8');
  } catch {
    return value;
  }
  if (disk.length !== value.length || !/^(?:---|\+\+\+)/.test(disk)) return value;
  const close = disk.indexOf(disk.startsWith('+++') ? '\n+++' : '\n---', 3);
  if (close < 0) return value;
  const end = disk.indexOf('\n', close + 1);
  const bodyStart = end < 0 ? disk.length : end;
  const blanked = value.slice(0, bodyStart).trim() === '';
  return blanked && disk.slice(bodyStart) === value.slice(bodyStart) ? disk : value;
}

const configs = new Map<string, Promise<ResolvedConfig>>();

/** The options' config, or the config file found from the file's folder (read once per folder). */
function configFor(file: VFile, options: UnifiedOptions): Promise<ResolvedConfig> {
  const given = options.config;
  if (given !== undefined && typeof given !== 'string') return Promise.resolve(resolveConfig(given));
  const cwd = file.dirname ? resolve(file.cwd, file.dirname) : file.cwd;
  const key = `${typeof given === 'string' ? given : ''}\u0000${cwd}`;
  let found = configs.get(key);
  if (!found) {
    found = loadConfig({ cwd, configFile: given }).then((loaded) => resolveConfig(loaded.config));
    configs.set(key, found);
  }
  return found;
}
