// Inline directives in HTML comments, as ESLint and markdownlint have them:
//   <!-- content-a11y-disable-next-line img-alt-redundant-prefix -- the brand name starts with "Widok" -->
//   <!-- content-a11y-disable rule-a, rule-b --> … <!-- content-a11y-enable rule-a -->
//   <!-- content-a11y-disable-line rule -->
// Comments inside code blocks are text, not comments, so they never act as directives.
// A directive naming a rule that does not exist is `directive-unknown`; a disable directive that
// suppressed nothing is `directive-unused` (both warnings, as ESLint's reportUnusedDisableDirectives).
import { allRules } from '../../rules/index.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Finding, Post } from '../types.js';
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
  for (const comment of post.index.comments) {
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

/** A post's directives and which of them suppressed something, shared by the native and axe stages. */
class DirectiveState {
  readonly directives: Directive[];
  /** Per disable directive, the rule ids it suppressed (with "*" for a rule-less one). */
  readonly used = new Map<Directive, Set<string>>();
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

  /** Whether a finding of `ruleId` on `line` is switched off; the directive that does it is marked used. */
  suppresses(ruleId: string, line: number): boolean {
    const applies = (d: Directive) => d.rules.length === 0 || d.rules.includes(ruleId);
    const target = this.lineTargets.find((t) => t.line === line && applies(t.d));
    if (target) return this.mark(target.d, ruleId);
    let disabledBy: Directive | undefined;
    for (const d of this.ranges) {
      if (d.line > line) break;
      if (applies(d)) disabledBy = d.kind === 'disable' ? d : undefined;
    }
    return disabledBy ? this.mark(disabledBy, ruleId) : false;
  }

  private mark(d: Directive, ruleId: string): true {
    let set = this.used.get(d);
    if (!set) {
      set = new Set();
      this.used.set(d, set);
    }
    set.add(ruleId);
    return true;
  }
}

const states = new WeakMap<Post, DirectiveState>();

function stateOf(post: Post): DirectiveState {
  let state = states.get(post);
  if (!state) {
    state = new DirectiveState(post);
    states.set(post, state);
  }
  return state;
}

/** A predicate telling whether a finding of `ruleId` on `line` is switched off by a directive. */
export function directiveFilter(post: Post): (ruleId: string, line: number) => boolean {
  const state = stateOf(post);
  if (state.directives.length === 0) return () => false;
  return (ruleId, line) => state.suppresses(ruleId, line);
}

export interface DirectiveReportOptions {
  config: ResolvedConfig;
  /** Rules that ran on this post (a directive naming a rule that did not run is never "unused"). */
  ran: (ruleId: string) => boolean;
  /** No axe stage follows this one: a directive naming no rule can be judged now. */
  final: boolean;
  /** Builds the finding (the engine's factory, so severity, locale and fingerprints are as everywhere). */
  report: (
    ruleId: 'directive-unknown' | 'directive-unused',
    messageId: string,
    data: Record<string, string>,
    d: Directive,
  ) => Finding;
}

const KNOWN = new Set(allRules.map((r) => r.id));

/**
 * `directive-unknown` (by the native stage) and `directive-unused` (for what can be judged at this
 * stage). The native stage passes `final: false` when the axe stage follows; the axe stage calls
 * this again with stage 'axe' for the directives that only it can judge.
 */
export function directiveFindings(
  post: Post,
  options: DirectiveReportOptions,
  stage: 'native' | 'axe',
): Finding[] {
  const state = stateOf(post);
  const out: Finding[] = [];
  const enabled = (id: 'directive-unknown' | 'directive-unused') => options.config.rules.has(id);
  for (const d of state.directives) {
    const named = d.rules.filter((r) => !r.startsWith('axe/') && !r.includes('/'));
    if (stage === 'native' && enabled('directive-unknown')) {
      for (const rule of named.filter((r) => !KNOWN.has(r))) {
        const suggestion = closest(rule, KNOWN);
        out.push(
          options.report(
            'directive-unknown',
            suggestion ? 'unknownWithSuggestion' : 'unknown',
            suggestion ? { rule, suggestion } : { rule },
            d,
          ),
        );
      }
    }
    if (d.kind === 'enable' || !enabled('directive-unused') || state.used.has(d)) continue;
    const mentionsAxe = d.rules.some((r) => r.startsWith('axe/'));
    const blanket = d.rules.length === 0;
    if (stage === 'native') {
      if (mentionsAxe) continue; // judged after the axe stage, or never when it does not run
      if (blanket && !options.final) continue; // an axe finding may still be what it silences
    } else if (!mentionsAxe && !blanket) continue; // judged by the native stage
    // Only rules that exist and ran can prove a directive useless (a rule switched off, skipped
    // by a limit, or from a plugin is not evidence).
    const judged = d.rules.every((r) => r.startsWith('axe/') || (KNOWN.has(r) && options.ran(r)));
    if (!judged) continue;
    if (d.rules.length === 0) out.push(options.report('directive-unused', 'unusedAll', {}, d));
    else
      out.push(
        options.report(
          'directive-unused',
          'unusedRules',
          { rules: d.rules.map((r) => `"${r}"`).join(', ') },
          d,
        ),
      );
  }
  return out;
}

/** The first non-blank line after `line`: a blank line between the comment and its target is common in Markdown. */
function nextContentLine(post: Post, line: number): number {
  for (let l = line + 1; l <= post.lines.lineCount; l++) {
    if (post.lines.lineText(l).trim()) return l;
  }
  return line + 1;
}
