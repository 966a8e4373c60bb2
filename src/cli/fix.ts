// `check --fix` / `--fix-dry-run`: apply the safe fixes of the chosen types to each file, pass after
// pass (a fix can make another possible) up to MAX_PASSES, then write the file atomically — but
// only when the fixed text still parses as well as the original did, and the file on disk is still
// what was read. CMS records (JSON) are fixed inside their body field, the rest of the file kept
// byte for byte. Under `--staged` the fixes go to the working tree, never to the index.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { check } from '../check.js';
import { type CheckOptions, checkSync } from '../check-sync.js';
import type { ResolvedConfig } from '../config/types.js';
import { applyFixes } from '../engine/fix.js';
import type { RuleRegistry } from '../engine/registry.js';
import type { FixType } from '../engine/rule.js';
import type { CliStrings } from '../i18n/strings.js';
import type { Finding, Post } from '../types.js';
import { writeAtomically } from './io.js';

// jsonc-parser is needed only to fix a CMS record: loaded then, not at every start-up.
const load = createRequire(import.meta.url);

/** Enough for fixes that enable fixes; a rule that keeps re-fixing its own output stops here. */
export const MAX_PASSES = 10;

/** Findings whose fix `--fix` applies with these types (a rule declares its fixes' type). */
export function fixable(
  findings: readonly Finding[],
  types: ReadonlySet<FixType>,
  registry: RuleRegistry,
): Finding[] {
  return findings.filter((f) => {
    const type = f.fix && registry.get(f.ruleId)?.fixType;
    return type !== undefined && types.has(type);
  });
}

export interface FixTarget {
  /** Absolute path of the file to write. */
  path: string;
  /** As shown in reports. */
  display: string;
  /** The content that was checked (the staged blob under --staged). */
  checked: Uint8Array;
  /** Under --staged: the working tree must hold the staged content to be fixed. */
  staged?: boolean;
}

export interface FixOptions extends Omit<CheckOptions, 'content' | 'path' | 'config'> {
  config: ResolvedConfig;
  types: ReadonlySet<FixType>;
  dryRun: boolean;
  t: CliStrings;
}

export interface FixOutcome {
  /** Findings after fixing (what is left to do by hand). */
  messages: Finding[];
  /** The fixed file content (also when nothing was written: --fix-dry-run). */
  output: string;
  /** Problems fixed. */
  fixed: number;
  /** Written to disk. */
  written: boolean;
  /** Why the file was left alone. */
  note?: string;
}

const BOM = '\ufeff';

/** Fixes one file; undefined when nothing applies. Never throws for the file's content. */
export async function fixFile(target: FixTarget, options: FixOptions): Promise<FixOutcome | undefined> {
  const { t } = options;
  let original: string;
  try {
    original = new TextDecoder('utf-8', { fatal: true }).decode(target.checked);
  } catch {
    return undefined; // only UTF-8 text is fixed: writing it back must not change its encoding
  }
  const bom = original.startsWith(BOM) ? BOM : '';
  const base = { ...options, path: target.display };
  const run = (text: string) => checkSync({ ...base, content: text });
  const parseErrors = (messages: Finding[]) => messages.filter((m) => m.ruleId === 'parse-error').length;

  let text = original.slice(bom.length);
  let result = run(text);
  const errorsBefore = parseErrors(result.messages);
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES && result.post; pass++) {
    const next = applyPass(
      text,
      result.post,
      fixable(result.messages, options.types, options.config.registry),
    );
    if (next === undefined) {
      if (
        fixed === 0 &&
        fixable(result.messages, options.types, options.config.registry).length > 0 &&
        result.post.record?.bodyJsonPath
      ) {
        return {
          messages: result.messages,
          output: original,
          fixed: 0,
          written: false,
          note: t.notFixedRecord(target.display),
        };
      }
      break;
    }
    const after = run(next.text);
    if (parseErrors(after.messages) > errorsBefore) {
      const reason = after.messages.find((m) => m.ruleId === 'parse-error')?.message ?? 'parse-error';
      return {
        messages: result.messages,
        output: original,
        fixed: 0,
        written: false,
        note: t.notFixedBreaks(target.display, reason),
      };
    }
    fixed += next.count;
    text = next.text;
    result = after;
  }
  if (fixed === 0) return undefined;
  const output = bom + text;
  // What is left, with every stage (axe included), for the report.
  const final = await check({ ...base, content: text });
  if (options.dryRun) return { messages: final.messages, output, fixed, written: false };
  const outcome = await writeIfUnchanged(target, output, t);
  return { messages: outcome.note ? result.messages : final.messages, output, fixed, ...outcome };
}

/** One pass: the text with every non-overlapping fix applied, or undefined when none applies. */
function applyPass(
  text: string,
  post: Post,
  findings: Finding[],
): { text: string; count: number } | undefined {
  if (findings.length === 0) return undefined;
  const bodyJsonPath = post.record?.bodyJsonPath;
  if (!bodyJsonPath) {
    if (post.source !== text) return undefined; // offsets would not be into this text
    const applied = applyFixes(text, findings);
    return applied.fixed.length ? { text: applied.output, count: applied.fixed.length } : undefined;
  }
  // A CMS record: the offsets are into its body field; the fixed body replaces that JSON string.
  const { applyEdits, findNodeAtLocation, modify, parseTree } = load(
    'jsonc-parser',
  ) as typeof import('jsonc-parser');
  const path = jsonPathSegments(bodyJsonPath);
  const node = path && findNodeAtLocation(parseTree(text) ?? ({} as never), path);
  if (!path || !node || node.type !== 'string' || node.value !== post.source) return undefined;
  const inBody = findings.filter((f) => (f.jsonPath ?? bodyJsonPath) === bodyJsonPath);
  const applied = applyFixes(post.source, inBody);
  if (applied.fixed.length === 0) return undefined;
  return { text: applyEdits(text, modify(text, path, applied.output, {})), count: applied.fixed.length };
}

/** `$.content.rendered`, `$.posts[0].html` → ['content', 'rendered'], ['posts', 0, 'html']; undefined for filters. */
export function jsonPathSegments(jsonPath: string): Array<string | number> | undefined {
  if (!jsonPath.startsWith('$')) return undefined;
  const segments: Array<string | number> = [];
  const pattern = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/y;
  let at = 1;
  while (at < jsonPath.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(jsonPath);
    if (!m) return undefined;
    segments.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(`"${m[3]}"`)));
    at = pattern.lastIndex;
  }
  return segments;
}

/** Writes `output` unless the file changed since it was read (or, under --staged, differs from the index). */
async function writeIfUnchanged(
  target: FixTarget,
  output: string,
  t: CliStrings,
): Promise<{ written: boolean; note?: string }> {
  let current: Buffer;
  try {
    current = await readFile(target.path);
  } catch {
    return { written: false, note: t.notFixedChanged(target.display) };
  }
  if (!current.equals(target.checked)) {
    return { written: false, note: (target.staged ? t.notFixedUnstaged : t.notFixedChanged)(target.display) };
  }
  const mode = (await stat(target.path)).mode & 0o7777;
  await writeAtomically(target.path, output, mode);
  return { written: true };
}
