// Inline directives in HTML comments, as ESLint and markdownlint have them:
//   <!-- content-a11y-disable-next-line img-alt-redundant-prefix -- the brand name starts with "Widok" -->
//   <!-- content-a11y-disable rule-a, rule-b --> … <!-- content-a11y-enable rule-a -->
//   <!-- content-a11y-disable-line rule -->
// Comments inside code blocks are text, not comments, so they never act as directives. MDX has no
// HTML comments (`<!--` is a syntax error there), so Markdown posts also take the same directive
// in a JSX comment: {/* content-a11y-disable-next-line rule */}.
import type { Point, Post } from '../types.js';

type Kind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: Kind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  line: number;
  endLine: number;
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
      endLine: comment.position.end.line,
      reason: reason?.trim() || undefined,
    });
  }
  return out;
}

/** `{/* … *\/}` written in the text of a Markdown (MDX) post, outside code; positions from the source. */
function mdxComments(post: Post): Array<{ value: string; position: { start: Point; end: Point } }> {
  if (!post.source.includes('{/*')) return [];
  const out: Array<{ value: string; position: { start: Point; end: Point } }> = [];
  for (const el of post.index.elements) {
    if (el.tagName === 'code' || el.tagName === 'pre') continue;
    for (const child of el.children) {
      const at = child.type === 'text' ? child.position : undefined;
      if (at?.start.offset === undefined || at.end.offset === undefined) continue;
      // indexOf, not a lazy regex: one pass over the text however many `{/*` it has.
      const written = post.source.slice(at.start.offset, at.end.offset);
      for (let open = written.indexOf('{/*'); open >= 0; ) {
        const close = written.indexOf('*/}', open + 3);
        if (close < 0) break;
        const start = at.start.offset + open;
        out.push({
          value: written.slice(open + 3, close),
          position: post.lines.range(start, start + close + 3 - open),
        });
        open = written.indexOf('{/*', close + 3);
      }
    }
  }
  return out;
}

/** A predicate telling whether a finding of `ruleId` on `line` is switched off by a directive. */
export function directiveFilter(post: Post): (ruleId: string, line: number) => boolean {
  const directives = readDirectives(post);
  if (directives.length === 0) return () => false;
  const applies = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
  const lineTargets = directives
    .filter((d) => d.kind === 'disable-line' || d.kind === 'disable-next-line')
    .map((d) => ({ d, line: d.kind === 'disable-line' ? d.line : nextContentLine(post, d.endLine) }));
  const ranges = directives
    .filter((d) => d.kind === 'disable' || d.kind === 'enable')
    .sort((a, b) => a.line - b.line);
  return (ruleId, line) => {
    if (lineTargets.some((t) => t.line === line && applies(t.d, ruleId))) return true;
    let disabled = false;
    for (const d of ranges) {
      if (d.line > line) break;
      if (applies(d, ruleId)) disabled = d.kind === 'disable';
    }
    return disabled;
  };
}

/** The first non-blank line after `line`: a blank line between the comment and its target is common in Markdown. */
function nextContentLine(post: Post, line: number): number {
  for (let l = line + 1; l <= post.lines.lineCount; l++) {
    if (post.lines.lineText(l).trim()) return l;
  }
  return line + 1;
}
