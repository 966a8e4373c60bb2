// Runs the enabled rules on one Post, turning reports into findings. A rule that throws becomes a
// `rule-error` finding on this file; the other rules still run.

import { allRules } from '../../rules/index.js';
import type { ResolvedConfig } from '../config/types.js';
import type {
  FieldRole,
  Finding,
  Fix,
  FixSuggestion,
  MetaField,
  Post,
  Severity,
  SourceRange,
} from '../types.js';
import { type Directive, directiveFilter, directiveFindings } from './directives.js';
import { hash64 } from './fingerprint.js';
import { fillTemplate, localize } from './messages.js';
import {
  type AnyRule,
  type EditInput,
  isEngineRule,
  type ReportInput,
  type Rule,
  type RuleSettings,
} from './rule.js';

export const DOCS_BASE_URL = 'https://github.com/content-a11y/content-a11y/blob/main/docs/rules/';

export function helpUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export interface RunOptions {
  now?: Date;
  /** Message language; default: the post's language when messages exist in it, else English. */
  locale?: string;
  /** Rules not to run on this post (a limit was exceeded); they are named in its finding. */
  skip?: (rule: AnyRule) => boolean;
  /** The axe stage runs after this one (so directives it may use are judged there). */
  axeFollows?: boolean;
}

export function ruleSettings(post: Post, config: ResolvedConfig, now: Date): RuleSettings {
  const titleAsH1 = config.titleAsH1 ?? post.meta.titleIsRenderedAsH1;
  return { titleAsH1, startLevel: config.startLevel ?? (titleAsH1 ? 2 : 1), now };
}

export function runRules(post: Post, config: ResolvedConfig, options: RunOptions = {}): Finding[] {
  const settings = ruleSettings(post, config, options.now ?? new Date());
  const locale = options.locale ?? config.locale ?? post.lang;
  const findings: Finding[] = [];
  for (const rule of allRules) {
    if (isEngineRule(rule) || options.skip?.(rule)) continue;
    const setting = config.rules.get(rule.id);
    if (!setting) continue;
    const emit = findingFactory(rule, post, setting.severity, locale, findings);
    try {
      (rule as Rule).check({
        post,
        index: post.index,
        options: setting.options,
        settings,
        lang: post.lang,
        locale,
        report: emit,
      });
    } catch (error) {
      findings.push(ruleErrorFinding(rule.id, error, post, locale));
    }
  }
  const suppressed = directiveFilter(post);
  const kept = findings.filter((f) => !suppressed(f.ruleId, f.line));
  const ran = (id: string) => {
    const rule = allRules.find((r) => r.id === id);
    return config.rules.has(id) && rule !== undefined && !options.skip?.(rule);
  };
  kept.push(
    ...directiveFindings(
      post,
      { config, ran, final: !options.axeFollows, report: directiveReporter(post, config, locale) },
      'native',
    ),
  );
  return kept;
}

/** Builds directive-unknown / directive-unused findings at the directive, with the configured severity. */
export function directiveReporter(post: Post, config: ResolvedConfig, locale: string) {
  return (
    ruleId: 'directive-unknown' | 'directive-unused',
    messageId: string,
    data: Record<string, string>,
    d: Directive,
  ): Finding => {
    const finding = engineFinding(ruleId, messageId, { ...data, line: d.line }, locale, post.path, {
      start: { line: d.line, column: d.column },
      end: { line: d.endLine, column: d.endColumn },
    });
    finding.severity = config.rules.get(ruleId)?.severity ?? finding.severity;
    return finding;
  };
}

function findingFactory(rule: AnyRule, post: Post, severity: Severity, locale: string, out: Finding[]) {
  const seen = new Map<string, number>();
  return (input: ReportInput) => {
    const template = rule.messages[input.messageId];
    if (!template) throw new Error(`Rule ${rule.id} has no message "${input.messageId}".`);
    const range = clampRange(input.position ?? positionOf(input.node) ?? input.field?.position, post);
    const key = `${rule.id}\u0000${post.path ?? ''}\u0000${input.fingerprintKey ?? input.excerpt ?? input.messageId}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    out.push(
      makeFinding({
        ruleId: rule.id,
        severity: input.severity ?? severity,
        message: fillTemplate(localize(template, locale), input.data),
        range,
        wcag: rule.wcag,
        excerpt: input.excerpt,
        suggestion: input.suggestion,
        fix: input.fix && toFix(input.fix, post),
        suggestions: input.suggestions?.flatMap((s) => {
          const fix = toFix(s, post);
          return fix ? [{ desc: s.desc, fix }] : [];
        }),
        jsonPath: input.jsonPath ?? recordJsonPath(post, { field: input.field, about: input.about, range }),
        fingerprint: hash64(`${key}\u0000${occurrence}`),
      }),
    );
  };
}

/**
 * Keeps a finding inside the file: parsers place the end of an element left open at the end of the
 * input (an unclosed comment) one column past the last character. A finding must point at text
 * that exists.
 */
function clampRange(range: SourceRange | undefined, post: Post): SourceRange | undefined {
  if (!range) return range;
  const lines = post.lines;
  const clamp = (p: SourceRange['start']) => {
    const line = Math.min(Math.max(1, Math.trunc(p.line) || 1), lines.lineCount);
    const column = Math.min(Math.max(1, Math.trunc(p.column) || 1), lines.lineText(line).length + 1);
    return line === p.line && column === p.column ? p : { ...p, line, column };
  };
  const start = clamp(range.start);
  let end = clamp(range.end);
  if (end.line < start.line || (end.line === start.line && end.column < start.column)) end = start;
  return start === range.start && end === range.end ? range : { start, end };
}

/** An edit on exact source offsets, or nothing: a fix must never land on text the rule did not see. */
function toFix(edit: EditInput, post: Post): Fix | undefined {
  const start = edit.position.start.offset;
  const end = edit.position.end.offset;
  if (start === undefined || end === undefined || start > end || end > post.source.length) return undefined;
  if (edit.expected !== undefined && post.source.slice(start, end) !== edit.expected) return undefined;
  return { range: [start, end], text: edit.text };
}

/**
 * Where a finding is in a CMS record: the field it is about, else the body (or its Portable Text
 * block) when it has a position there, else where the missing field belongs, else the record.
 */
export function recordJsonPath(
  post: Post,
  at: { field?: MetaField; about?: FieldRole; range?: SourceRange | { line: number } },
): string | undefined {
  const record = post.record;
  if (!record) return undefined;
  if (at.field?.origin.jsonPath) return at.field.origin.jsonPath;
  if (at.field?.position || (at.range && !at.field)) {
    const line = at.range && 'start' in at.range ? at.range.start.line : at.range?.line;
    if (line !== undefined) return record.jsonPathAtLine?.(line) ?? record.bodyJsonPath;
  }
  const role = at.about ?? at.field?.role;
  return (role && record.fieldPaths[role]) ?? '$';
}

function positionOf(node: ReportInput['node']): SourceRange | undefined {
  const p = node?.position;
  if (!p?.start || !p.end) return undefined;
  return { start: p.start, end: p.end };
}

export interface FindingInput {
  ruleId: string;
  severity: Severity;
  message: string;
  range?: SourceRange;
  wcag: string[];
  excerpt?: string;
  suggestion?: string;
  fix?: Fix;
  suggestions?: FixSuggestion[];
  jsonPath?: string;
  fingerprint: string;
}

export function makeFinding(f: FindingInput): Finding {
  const start = f.range?.start ?? { line: 1, column: 1 };
  const end = f.range?.end ?? start;
  const finding: Finding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    wcag: f.wcag,
    helpUrl: helpUrl(f.ruleId.startsWith('axe/') ? 'axe' : f.ruleId),
    fingerprint: f.fingerprint,
  };
  if (f.excerpt !== undefined) finding.excerpt = f.excerpt;
  if (f.suggestion !== undefined) finding.suggestion = f.suggestion;
  if (f.fix !== undefined) finding.fix = f.fix;
  if (f.suggestions !== undefined && f.suggestions.length > 0) finding.suggestions = f.suggestions;
  if (f.jsonPath !== undefined) finding.jsonPath = f.jsonPath;
  return finding;
}

/** A finding reported by the engine itself (parse-error, rule-error, limit-exceeded). */
export function engineFinding(
  ruleId: 'parse-error' | 'rule-error' | 'limit-exceeded' | 'directive-unknown' | 'directive-unused',
  messageId: string,
  data: Record<string, string | number>,
  locale: string,
  path: string | undefined,
  range?: SourceRange,
): Finding {
  const rule = allRules.find((r) => r.id === ruleId)!;
  const template = rule.messages[messageId] ?? Object.values(rule.messages)[0]!;
  return makeFinding({
    ruleId,
    severity: rule.severity,
    message: fillTemplate(localize(template, locale), data),
    range,
    wcag: rule.wcag,
    fingerprint: hash64(`${ruleId}\u0000${path ?? ''}\u0000${messageId}\u0000${data.rule ?? ''}`),
  });
}

function ruleErrorFinding(ruleId: string, error: unknown, post: Post, locale: string): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return engineFinding('rule-error', 'crashed', { rule: ruleId, reason }, locale, post.path);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: line, column, rule id, then severity and message. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
