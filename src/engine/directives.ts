// Inline directives in HTML comments, as ESLint and markdownlint have them:
//   <!-- content-a11y-disable-next-line img-alt-redundant-prefix -- the brand name starts with "Widok" -->
//   <!-- content-a11y-disable rule-a, rule-b --> … <!-- content-a11y-enable rule-a -->
//   <!-- content-a11y-disable-line rule -->
// Comments inside code blocks are text, not comments, so they never act as directives. MDX has no
// HTML comments (`<!--` is a syntax error there), so Markdown posts also take the same directive
// in a JSX comment: {/* content-a11y-disable-next-line rule */}.
// A directive naming a rule that does not exist is `directive-unknown`; a disable directive that
// suppressed nothing is `directive-unused` (both warnings, as ESLint's reportUnusedDisableDirectives).
// finalize() applies the directives to every stage's drafts at once, so "unused" is judged after
// everything that could have been suppressed was seen.
import type { Point, Post, SourceRange } from '../types.js';
import { closest } from './closest.js';

type Kind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: Kind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  reason?: string;
}

const DIRECTIVE = /^\s*content-a11y-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;

export function readDirectives(post: Post): Directive[] {
  const out: Directive[] = [];
  const comments = post.index.comments.map((c) => ({ value: c.value, position: c.position }));
  if (post.format === 'markdown') comments.push(...mdxComments(post));
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.value);
    if (!m || !comment.position) continue;
    const [list, reason] = (m[2] ?? '').split(/\s--\s?/, 2) as [string, string | undefined];
    out.push({
      kind: m[1] as Kind,
      rules: list
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter(Boolean),
      line: comment.position.start.line,
      column: comment.position.start.column,
      endLine: comment.position.end.line,
      endColumn: comment.position.end.column,
      reason: reason?.trim() || undefined,
    });
  }
  return out;
}

/** `{/* … *\/}` written in a Markdown (MDX) post, outside code; positions from the source. Read
 * from the source, not from text nodes: a site's template pass blanks MDX expressions (comments
 * included) before the Markdown is parsed, so they are in no text node. */
function mdxComments(post: Post): Array<{ value: string; position: { start: Point; end: Point } }> {
  if (!post.source.includes('{/*')) return [];
  const code: Array<[number, number]> = [];
  for (const el of post.index.elements) {
    if (el.tagName !== 'code' && el.tagName !== 'pre') continue;
    const at = el.position;
    if (at?.start.offset !== undefined && at.end.offset !== undefined)
      code.push([at.start.offset, at.end.offset]);
  }
  const bodyStart = post.meta.frontMatter?.position.end.offset ?? 0;
  const inCode = (offset: number) => code.some(([from, to]) => offset >= from && offset < to);
  const out: Array<{ value: string; position: { start: Point; end: Point } }> = [];
  // indexOf, not a lazy regex: one pass over the text however many `{/*` it has.
  for (let open = post.source.indexOf('{/*', bodyStart); open >= 0; ) {
    const close = post.source.indexOf('*/}', open + 3);
    if (close < 0) break;
    if (!inCode(open)) {
      out.push({ value: post.source.slice(open + 3, close), position: post.lines.range(open, close + 3) });
    }
    open = post.source.indexOf('{/*', close + 3);
  }
  return out;
}

/** What finalize needs to judge directives: which rules exist and which ran on this post.
 * `D` is finalize's draft type (kept generic so this module stays a leaf of finalize). */
export interface DirectiveJudgement<D> {
  /** Every rule id that exists here (built-in and configured plugins'), for "did you mean". */
  ruleIds: readonly string[];
  /** Names of the configured plugins: `name/rule` ids under another name cannot be judged. */
  plugins: readonly string[];
  /** Whether the rule ran on this post (enabled, not skipped by a limit, its stage run). */
  ran: (ruleId: string) => boolean;
  /** Every stage the configuration enables ran, so a directive naming no rule can be judged. */
  complete: boolean;
  /** The draft of a directive finding, or undefined when that rule is switched off. */
  report: (
    ruleId: 'directive-unknown' | 'directive-unused',
    messageId: string,
    data: Record<string, string | number>,
    range: SourceRange,
  ) => D | undefined;
}

/** One post's directives, and which of them suppressed something (one per finalize call). */
export class DirectiveState {
  readonly directives: Directive[];
  /** The disable directives that suppressed at least one finding. */
  private readonly used = new Set<Directive>();
  private readonly lineTargets: Array<{ d: Directive; line: number }>;
  private readonly ranges: Directive[];

  constructor(post: Post) {
    this.directives = readDirectives(post);
    this.lineTargets = this.directives
      .filter((d) => d.kind === 'disable-line' || d.kind === 'disable-next-line')
      .map((d) => ({ d, line: d.kind === 'disable-line' ? d.line : nextContentLine(post, d.endLine) }));
    this.ranges = this.directives
      .filter((d) => d.kind === 'disable' || d.kind === 'enable')
      .sort((a, b) => a.line - b.line);
  }

  /** Whether a finding of `ruleId` on `line` is switched off; the directive that does it counts as used. */
  suppresses(ruleId: string, line: number): boolean {
    if (this.directives.length === 0) return false;
    const applies = (d: Directive) => d.rules.length === 0 || d.rules.includes(ruleId);
    const target = this.lineTargets.find((t) => t.line === line && applies(t.d));
    let by = target?.d;
    if (!by) {
      for (const d of this.ranges) {
        if (d.line > line) break;
        if (applies(d)) by = d.kind === 'disable' ? d : undefined;
      }
    }
    if (by) this.used.add(by);
    return by !== undefined;
  }

  /** `directive-unknown` and `directive-unused` drafts, once every draft went through suppresses(). */
  judge<D>(judgement: DirectiveJudgement<D>): D[] {
    const out: D[] = [];
    const known = new Set(judgement.ruleIds);
    for (const d of this.directives) {
      const range = {
        start: { line: d.line, column: d.column },
        end: { line: d.endLine, column: d.endColumn },
      };
      for (const rule of d.rules.filter((r) => judgeable(r, judgement) && !known.has(r))) {
        const suggestion = closest(rule, known);
        const draft = judgement.report(
          'directive-unknown',
          suggestion ? 'unknownWithSuggestion' : 'unknown',
          suggestion ? { rule, suggestion, line: d.line } : { rule, line: d.line },
          range,
        );
        if (draft) out.push(draft);
      }
      if (d.kind === 'enable' || this.used.has(d)) continue;
      // Only rules that exist and ran can prove a directive useless: a rule switched off, skipped
      // by a limit, of an unconfigured plugin or of a stage that did not run is not evidence.
      const judged = d.rules.length === 0 ? judgement.complete : d.rules.every((r) => judgement.ran(r));
      if (!judged) continue;
      const draft =
        d.rules.length === 0
          ? judgement.report('directive-unused', 'unusedAll', { line: d.line }, range)
          : judgement.report(
              'directive-unused',
              'unusedRules',
              { rules: d.rules.map((r) => `"${r}"`).join(', '), line: d.line },
              range,
            );
      if (draft) out.push(draft);
    }
    return out;
  }
}

/** Whether an id can be called unknown here: not axe's (its ids are axe-core's), not an unconfigured plugin's. */
function judgeable(ruleId: string, judgement: DirectiveJudgement<unknown>): boolean {
  const slash = ruleId.lastIndexOf('/');
  if (slash < 0) return true;
  const namespace = ruleId.slice(0, slash);
  return namespace !== 'axe' && judgement.plugins.includes(namespace);
}

/** The first non-blank line after `line`: a blank line between the comment and its target is common in Markdown. */
function nextContentLine(post: Post, line: number): number {
  for (let l = line + 1; l <= post.lines.lineCount; l++) {
    if (post.lines.lineText(l).trim()) return l;
  }
  return line + 1;
}
