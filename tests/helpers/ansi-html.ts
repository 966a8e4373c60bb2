// Terminal output as HTML, so a test can screenshot what the stylish format looks like in a
// terminal: SGR colour codes become spans, everything else is escaped text.
import { escapeHtml } from '../../src/report/html/markup.js';

const COLOURS: Record<number, string> = {
  30: '#3b3b3b',
  31: '#ff6b6b',
  32: '#5fd068',
  33: '#f5c542',
  34: '#6ea8fe',
  35: '#d68cff',
  36: '#4fd1d9',
  37: '#e6e6e6',
  90: '#8a8a8a',
};

export function ansiToHtml(text: string): string {
  let out = '';
  let open = 0;
  const style = { color: '', bold: false, dim: false, underline: false };
  const flush = () => {
    out += '</span>'.repeat(open);
    open = 0;
    const css = [
      style.color && `color:${style.color}`,
      style.bold && 'font-weight:bold',
      style.dim && 'opacity:.65',
      style.underline && 'text-decoration:underline',
    ].filter(Boolean);
    if (css.length) {
      out += `<span style="${css.join(';')}">`;
      open = 1;
    }
  };
  for (const part of text.split(/(\x1b\[[\d;]*m)/)) {
    const sgr = /^\x1b\[([\d;]*)m$/.exec(part);
    if (!sgr) {
      out += escapeHtml(part);
      continue;
    }
    for (const code of (sgr[1] || '0').split(';').map(Number)) {
      if (code === 0) Object.assign(style, { color: '', bold: false, dim: false, underline: false });
      else if (code === 1) style.bold = true;
      else if (code === 2) style.dim = true;
      else if (code === 4) style.underline = true;
      else if (code === 22) Object.assign(style, { bold: false, dim: false });
      else if (code === 24) style.underline = false;
      else if (code === 39) style.color = '';
      else if (COLOURS[code]) style.color = COLOURS[code]!;
    }
    flush();
  }
  out += '</span>'.repeat(open);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>content-a11y in a terminal</title>
<style>body{margin:0;background:#1e1e1e;color:#e6e6e6}pre{margin:0;padding:16px 20px;font:14px/1.45 "DejaVu Sans Mono",ui-monospace,monospace;white-space:pre}</style>
</head><body><pre><span style="color:#5fd068">$</span> npx content-a11y check fixtures/seed/
${out}</pre></body></html>`;
}
