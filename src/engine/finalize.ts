// The one step between what the checks found and what a caller gets: every stage (the native
// rules, axe, the engine's own parse and limit findings) hands in drafts, and this turns them into
// findings the same way for all — ranges kept inside the file, inline directives applied, JSON
// paths for CMS records, one fingerprint recipe, one order, one count.
import type {
  Counts,
  FieldRole,
  Finding,
  Fix,
  FixSuggestion,
  MetaField,
  Post,
  Severity,
  SourceRange,
} from '../types.js';
import { type DirectiveJudgement, DirectiveState } from './directives.js';
import { hash64 } from './fingerprint.js';

/** A finding before finalize: what a stage knows about it. */
export interface Draft {
  ruleId: string;
  /** The message id of the rule's message (ESLint's messageId). */
  messageId: string;
  severity: Severity;
  message: string;
  wcag: string[];
  range?: SourceRange;
  excerpt?: string;
  suggestion?: string;
  fix?: Fix;
  suggestions?: FixSuggestion[];
  /** Overrides where a CMS record's finding points (rare: most come from `field`/`about`). */
  jsonPath?: string;
  /** The metadata field the finding is about. */
  field?: MetaField;
  /** What a finding with no field and no position is about (a missing title). */
  about?: FieldRole;
  /** What the finding is about, for a line-independent fingerprint. */
  key: string;
  /** Where the rule is documented, when not content-a11y's own page (axe's rules). */
  helpUrl?: string;
  /** Engine findings (parse-error, limit-exceeded) and directives' own findings are never
   * suppressed by a directive: a post cannot switch off being told it could not be read. */
  unsuppressable?: boolean;
  /** Rules whose directive silences this draft too (an axe finding and its native twin). */
  silencedWith?: readonly string[];
}

export interface FinalizeContext {
  /** The post, when it could be parsed (directives, line lengths, record layout come from it). */
  post?: Post;
  /** The path findings are reported under (part of the fingerprint). */
  path?: string;
  helpUrl: (ruleId: string) => string;
  /** Which rules exist and ran, to report unknown and unused directives (none without it). */
  directives?: DirectiveJudgement<Draft>;
}

/** Turns drafts into the findings a caller sees, sorted. */
export function finalize(drafts: readonly Draft[], context: FinalizeContext): Finding[] {
  const { post } = context;
  const directives = post ? new DirectiveState(post) : undefined;
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  const kept: Array<{ draft: Draft; range: SourceRange | undefined }> = [];
  for (const draft of drafts) {
    const range = post ? clampRange(draft.range ?? draft.field?.position, post) : draft.range;
    const line = (range?.start ?? { line: 1 }).line;
    if (!draft.unsuppressable && directives) {
      if (directives.suppresses(draft.ruleId, line)) continue;
      if (draft.silencedWith?.some((id) => directives.suppresses(id, line))) continue;
    }
    kept.push({ draft, range });
  }
  // Judged only now, when every draft has been offered to every directive.
  if (post && directives && context.directives) {
    for (const draft of directives.judge(context.directives)) {
      kept.push({ draft, range: clampRange(draft.range, post) });
    }
  }
  for (const { draft, range } of kept) {
    const start = range?.start ?? { line: 1, column: 1 };
    const key = `${draft.ruleId}\u0000${context.path ?? ''}\u0000${draft.key}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const end = range?.end ?? start;
    const finding: Finding = {
      ruleId: draft.ruleId,
      messageId: draft.messageId,
      severity: draft.severity,
      message: draft.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      wcag: draft.wcag,
      helpUrl: draft.helpUrl ?? context.helpUrl(draft.ruleId),
      fingerprint: hash64(`${key}\u0000${occurrence}`),
    };
    if (draft.excerpt !== undefined) finding.excerpt = draft.excerpt;
    if (draft.suggestion !== undefined) finding.suggestion = draft.suggestion;
    if (draft.fix !== undefined) finding.fix = draft.fix;
    if (draft.suggestions !== undefined && draft.suggestions.length > 0)
      finding.suggestions = draft.suggestions;
    const jsonPath = draft.jsonPath ?? (post ? recordJsonPath(post, draft, range) : undefined);
    if (jsonPath !== undefined) finding.jsonPath = jsonPath;
    out.push(finding);
  }
  return sortFindings(out);
}

/**
 * Where a finding is in a CMS record: the field it is about, else the body (or its Portable Text
 * block) when it has a position there, else where the missing field belongs, else the record.
 */
function recordJsonPath(post: Post, draft: Draft, range: SourceRange | undefined): string | undefined {
  const record = post.record;
  if (!record) return undefined;
  const field = draft.field;
  if (field?.origin.jsonPath) return field.origin.jsonPath;
  if (range && !field) return record.jsonPathAtLine?.(range.start.line) ?? record.bodyJsonPath;
  const role = draft.about ?? field?.role;
  return (role && record.fieldPaths[role]) ?? '$';
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

/** Findings by severity: the one count every result, summary and report uses. */
export function countFindings(findings: Iterable<Finding>): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
