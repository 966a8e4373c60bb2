// `--format stylish` (default): grouped by file, `line:column  severity  message  rule-id` as
// ESLint's stylish reads, fitted to the terminal's width (long messages wrap under themselves,
// never mid-word), each suggestion under its finding, one row for one problem found at several
// places (a gallery's images), the rules' documentation linked (OSC 8 hyperlinks where the
// terminal shows them, else listed once at the end), then the summary in the user's language.
import pc from 'picocolors';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { cliStrings, severityName } from '../i18n/strings.js';
import type { Finding, Severity } from '../types.js';
import type { Formatter } from './types.js';

/** Narrower than this, the rule id goes on a line of its own rather than squeezing the message. */
const MIN_MESSAGE_WIDTH = 32;

const stylish: Formatter = (files, summary, context) => {
  const c = pc.createColors(context.color);
  const locale = context.locale ?? context.uiLocale;
  const t = cliStrings(locale);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const columns = Math.max(40, context.columns ?? 80);
  const link = (text: string, url: string) =>
    context.hyperlinks ? `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007` : text;
  const out: string[] = [];
  const docs = new Map<string, string>();
  for (const file of files) {
    if (file.messages.length === 0) continue;
    out.push(c.underline(terminalSafe(file.path)));
    const groups = groupFindings(file.messages);
    const rows = groups.map((group) => {
      const m = group[0]!;
      return {
        m,
        pos: `${m.line}:${m.column}`,
        severity: severityName(m.severity, locale),
        message: terminalSafe(oneLine(m.message)),
        also: group.length > 1 ? t.alsoAt(group.slice(1).map((g) => `${g.line}:${g.column}`)) : undefined,
        suggestions: [
          ...new Set(group.flatMap((g) => (g.suggestion ? [terminalSafe(oneLine(g.suggestion))] : []))),
        ],
      };
    });
    const w0 = Math.max(...rows.map((r) => r.pos.length));
    const w1 = Math.max(...rows.map((r) => stringWidth(r.severity)));
    const ruleWidth = Math.max(...rows.map((r) => r.m.ruleId.length));
    const indent = 2 + w0 + 2 + w1 + 2;
    let messageWidth = columns - indent - 2 - ruleWidth;
    const ruleBelow = messageWidth < MIN_MESSAGE_WIDTH;
    if (ruleBelow) messageWidth = columns - indent;
    // As wide as the longest message needs, so rule ids line up close to short messages.
    messageWidth = Math.min(messageWidth, Math.max(...rows.map((r) => stringWidth(r.message))));
    const pad = ' '.repeat(indent);
    for (const row of rows) {
      const lines = wrap(row.message, messageWidth);
      const rule = c.dim(link(terminalSafe(row.m.ruleId), row.m.helpUrl));
      docs.set(row.m.ruleId, row.m.helpUrl);
      const first = `  ${c.dim(row.pos.padEnd(w0))}  ${paint[row.m.severity](padWidth(row.severity, w1))}  `;
      lines.forEach((line, i) => {
        const tail =
          i === 0 && !ruleBelow ? `${padWidth('', messageWidth - stringWidth(line))}  ${rule}` : '';
        out.push(`${i === 0 ? first : pad}${line}${tail}`.trimEnd());
      });
      if (ruleBelow) out.push(`${pad}${rule}`);
      if (row.also) for (const line of wrap(row.also, columns - indent)) out.push(`${pad}${c.dim(line)}`);
      for (const suggestion of row.suggestions) {
        for (const [i, line] of wrap(`→ ${t.suggestion}: ${suggestion}`, columns - indent).entries()) {
          out.push(`${pad}${i === 0 ? '' : '  '}${c.green(line)}`);
        }
      }
    }
    out.push('');
  }
  if (!context.hyperlinks && docs.size > 0) {
    out.push(c.dim(`${t.docs}:`));
    const width = Math.max(...[...docs.keys()].map((id) => id.length));
    for (const [id, url] of [...docs].sort((a, b) => a[0].localeCompare(b[0]))) {
      out.push(c.dim(`  ${id.padEnd(width)}  ${url}`));
    }
    out.push('');
  }
  const total = summary.errors + summary.warnings + summary.infos;
  if (total === 0) {
    out.push(c.green(context.hidden ? t.noErrors(summary.files) : t.noProblems(summary.files)));
  } else {
    const mark = summary.errors > 0 ? c.red('✖') : c.yellow('⚠');
    out.push(`${mark} ${t.problems(total, summary, summary.files)}`);
  }
  if (context.hidden && (context.hidden.warnings > 0 || context.hidden.infos > 0)) {
    out.push(c.dim(t.hiddenByQuiet(context.hidden.warnings, context.hidden.infos)));
  }
  for (const note of context.notes ?? []) out.push(...wrap(terminalSafe(note), columns));
  return `${out.join('\n')}\n`;
};

function padWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

function wrap(text: string, width: number): string[] {
  return wrapAnsi(text, Math.max(10, width), { hard: false, trim: true }).split('\n');
}

/**
 * One problem found at several places — the same rule saying the same thing, as a gallery's
 * images all starting with "Widok" — is one row listing the places.
 */
export function groupFindings(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.severity}\u0000${f.message}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
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
