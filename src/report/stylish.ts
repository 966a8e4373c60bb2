// `--format stylish` (default): grouped by file, `line:column  severity  message  rule-id`, then a
// summary line, as ESLint's stylish formatter reads. Colours only on a terminal.
import pc from 'picocolors';
import type { Severity } from '../types.js';
import type { Formatter } from './types.js';

const stylish: Formatter = (files, summary, context) => {
  const c = pc.createColors(context.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const file of files) {
    if (file.messages.length === 0) continue;
    out.push(c.underline(terminalSafe(file.path)));
    const rows = file.messages.map(
      (m) =>
        [
          `${m.line}:${m.column}`,
          m.severity,
          terminalSafe(oneLine(m.message)),
          terminalSafe(m.ruleId),
        ] as const,
    );
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    const w2 = Math.min(100, Math.max(...rows.map((r) => r[2].length)));
    for (const [pos, severity, message, ruleId] of rows) {
      out.push(
        `  ${c.dim(pos.padEnd(w0))}  ${paint[severity](severity.padEnd(w1))}  ${message.padEnd(w2)}  ${c.dim(ruleId)}`,
      );
    }
    out.push('');
  }
  const total = summary.errors + summary.warnings + summary.infos;
  if (total === 0) {
    out.push(c.green(`✔ ${summary.files} ${summary.files === 1 ? 'file' : 'files'} checked, no problems.`));
  } else {
    const mark = summary.errors > 0 ? c.red('✖') : c.yellow('⚠');
    out.push(
      `${mark} ${total} ${total === 1 ? 'problem' : 'problems'} (${summary.errors} ${plural(summary.errors, 'error')}, ${summary.warnings} ${plural(summary.warnings, 'warning')}, ${summary.infos} ${plural(summary.infos, 'info')}) in ${summary.files} ${plural(summary.files, 'file')}`,
    );
  }
  return `${out.join('\n')}\n`;
};

function plural(n: number, word: string): string {
  return n === 1 || word === 'info' ? word : `${word}s`;
}

export function oneLine(text: string): string {
  // Split and trim rather than /\s*[\r\n]+\s*/, which backtracks polynomially on long blank runs.
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i, all) => (i === 0 ? line.trimEnd() : i === all.length - 1 ? line.trimStart() : line.trim()))
    .filter((line, i, all) => line !== '' || i === 0 || i === all.length - 1)
    .join(' ');
}

/**
 * Text from a post (an alt, a title, a file name) must not drive the terminal: control characters
 * (ESC sequences that recolour, move the cursor or set the window title, BEL, backspace) and bidi
 * overrides that reorder what is shown (Trojan Source) are printed as visible `\u{…}` escapes.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`,
  );
}

export default stylish;
