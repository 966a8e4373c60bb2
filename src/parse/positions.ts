// Converting between offsets in the source text and 1-based line/column points.
import type { Lines, Point, SourceRange } from '../types.js';

/** Offsets of every line start, built once per source; lookups are a binary search. */
export class LineIndex implements Lines {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // CRLF, lone CR and LF each end a line (as micromark and editors count them).
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1, offset: o };
  }

  range(startOffset: number, endOffset: number): SourceRange {
    return { start: this.point(startOffset), end: this.point(endOffset) };
  }

  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
    return start + column - 1;
  }

  /** The text of one line, without its line ending. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}

/**
 * Removes positions that lack a start or an end point (remark-rehype leaves `{}`-like positions on
 * some nodes of nested containers), so every consumer can trust `position.start.offset`. Iterative:
 * deeply nested trees must not overflow the call stack.
 */
export function dropIncompletePositions(root: { children?: unknown[] }): void {
  const stack: Array<{ position?: { start?: unknown; end?: unknown }; children?: unknown[] }> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const p = node.position;
    if (p && !(isPoint(p.start) && isPoint(p.end))) delete node.position;
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child as never);
  }
}

function isPoint(value: unknown): boolean {
  const p = value as Point | undefined;
  return typeof p?.line === 'number' && typeof p.column === 'number' && typeof p.offset === 'number';
}
