// A few source lines around a finding, with its lines marked by a gutter arrow (not colour alone)
// and its span highlighted; long lines are cut around the finding so the frame stays readable.
import type { Finding } from '../../types.js';
import { html, type Markup } from './markup.js';

const CONTEXT_LINES = 2;
const MAX_FRAME_LINES = 9;
const MAX_LINE_CHARS = 160;

export function codeFrameLines(source: string, finding: Finding): { from: number; to: number } | undefined {
  const lines = splitLines(source);
  if (lines.length === 0 || finding.line > lines.length) return undefined;
  const from = Math.max(1, finding.line - CONTEXT_LINES);
  const to = Math.min(
    lines.length,
    Math.max(finding.endLine, finding.line) + CONTEXT_LINES,
    from + MAX_FRAME_LINES - 1,
  );
  return { from, to };
}

export function codeFrame(source: string, finding: Finding, lang: string): Markup | undefined {
  const range = codeFrameLines(source, finding);
  if (!range) return undefined;
  const lines = splitLines(source);
  const width = String(range.to).length;
  const rows: Markup[] = [];
  for (let n = range.from; n <= range.to; n++) {
    const text = lines[n - 1] ?? '';
    const hit = n >= finding.line && n <= Math.max(finding.endLine, finding.line);
    const gutter = `${hit ? '>' : ' '} ${String(n).padStart(width)} | `;
    if (!hit) {
      rows.push(html`<span class="ln">${gutter}</span>${cut(text, 0).text}\n`);
      continue;
    }
    const start = n === finding.line ? finding.column - 1 : 0;
    const end =
      n === finding.endLine && (finding.endLine > finding.line || finding.endColumn > finding.column)
        ? finding.endColumn - 1
        : text.length;
    const window = cut(text, start);
    const a = Math.max(0, Math.min(start - window.offset, window.body.length));
    const b = Math.max(a, Math.min(end - window.offset, window.body.length));
    rows.push(
      html`<span class="hit"><span class="ln">${gutter}</span>${window.before}${window.body.slice(0, a)}<mark>${window.body.slice(a, b)}</mark>${window.body.slice(b)}${window.after}</span>\n`,
    );
  }
  return html`<pre class="frame" lang="${lang}"><code>${rows}</code></pre>`;
}

/**
 * The post's lines, split once per post: a report draws a frame for every finding, and splitting
 * the whole source for each of 20,000 findings on one large post took minutes. Findings of one
 * post are drawn one after another, so remembering the last source is enough.
 */
let lastSource: string | undefined;
let lastLines: string[] = [];

function splitLines(source: string): string[] {
  if (source !== lastSource) {
    lastSource = source;
    lastLines = source.split(/\r\n|\r|\n/);
  }
  return lastLines;
}

/** A window of at most MAX_LINE_CHARS characters that contains `column` (0-based). */
function cut(
  text: string,
  column: number,
): { offset: number; body: string; before: string; after: string; text: string } {
  if (text.length <= MAX_LINE_CHARS) return { offset: 0, body: text, before: '', after: '', text };
  const offset = Math.max(0, Math.min(column - 40, text.length - MAX_LINE_CHARS));
  const body = text.slice(offset, offset + MAX_LINE_CHARS);
  const before = offset > 0 ? '…' : '';
  const after = offset + MAX_LINE_CHARS < text.length ? '…' : '';
  return { offset, body, before, after, text: before + body + after };
}
