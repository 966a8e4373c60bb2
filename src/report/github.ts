// `--format github` (automatic when GITHUB_ACTIONS=true): workflow commands that GitHub turns into
// annotations on the changed lines, and a Markdown table appended to $GITHUB_STEP_SUMMARY.
// GitHub shows at most 10 annotations of each kind per step, so the rest are summarised in the
// log instead of being silently dropped. Every value from a post or a file name is escaped for the
// place it lands: workflow-command data and properties, plain log lines (the runner reads any
// line that starts with `::`, after leading blanks, as a command), and the summary's HTML.

import { appendFileSync } from 'node:fs';
import type { FileResult, Finding, Severity, Summary } from '../types.js';
import { repoPath } from './ci-paths.js';
import { escapeHtml } from './html/markup.js';
import { oneLine, terminalSafe } from './stylish.js';
import type { Formatter, ReportContext } from './types.js';

export const MAX_ANNOTATIONS = 10;
const MAX_SUMMARY_ROWS = 200;
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message (data): `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value: as data, plus `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(path: string, m: Finding): string {
  const title = `${m.ruleId}${m.wcag.length > 0 ? ` (WCAG ${m.wcag.join(', ')})` : ''}`;
  const props = [
    `file=${escapeProperty(path)}`,
    `line=${m.line}`,
    `endLine=${Math.max(m.endLine, m.line)}`,
    ...(m.endLine === m.line ? [`col=${m.column}`, `endColumn=${Math.max(m.endColumn, m.column)}`] : []),
    `title=${escapeProperty(title)}`,
  ];
  const message = m.suggestion ? `${m.message}\n${m.suggestion}` : m.message;
  return `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(`${message}\n${m.helpUrl}`)}`;
}

const github: Formatter = (files, summary, context) => {
  const out: string[] = [];
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const hidden: string[] = [];
  for (const file of files) {
    const path = repoPath(file.path, context);
    for (const m of file.messages) {
      if (shown[m.severity] < MAX_ANNOTATIONS) {
        shown[m.severity]++;
        out.push(annotation(path, m));
      } else {
        // One log line each: a newline in a name or a message would start a line of its own,
        // which the runner would read as a workflow command.
        hidden.push(
          terminalSafe(`${path}:${m.line}:${m.column} ${m.severity} ${oneLine(m.message)} ${m.ruleId}`),
        );
      }
    }
  }
  if (hidden.length > 0) {
    out.push(
      `content-a11y: ${hidden.length} more ${hidden.length === 1 ? 'finding' : 'findings'} (GitHub shows ${MAX_ANNOTATIONS} annotations of each kind per step):`,
      ...hidden.map((line) => `  ${line}`),
    );
  }
  out.push(summaryLine(summary));
  const summaryFile = context.env?.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, stepSummary(files, summary, context));
  return `${out.join('\n')}\n`;
};

function summaryLine(summary: Summary): string {
  return `content-a11y: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos in ${summary.files} files.`;
}

/**
 * Text for the step summary's table. The table is written as HTML, not as a Markdown table: an HTML
 * block is never parsed as Markdown, so `[text](url)`, `![](pixel)`, bare URLs and `|` in an alt or
 * a file name stay text, and escaped HTML cannot open a tag. One line per row: a blank line would
 * end the HTML block.
 */
export function cell(text: string): string {
  return escapeHtml(oneLine(text));
}

export function stepSummary(files: FileResult[], summary: Summary, context: ReportContext): string {
  const lines = ['## content-a11y', ''];
  const total = summary.errors + summary.warnings + summary.infos;
  if (total === 0) {
    lines.push(`✅ ${summary.files} ${summary.files === 1 ? 'post' : 'posts'} checked, no problems.`, '');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `${summary.errors > 0 ? '❌' : '⚠️'} **${summary.errors} errors**, ${summary.warnings} warnings, ${summary.infos} infos in ${summary.files} posts.`,
    '',
    '<table>',
    '<thead><tr><th>File</th><th>Line</th><th>Severity</th><th>Rule</th><th>WCAG</th><th>Message</th></tr></thead>',
    '<tbody>',
  );
  let rows = 0;
  for (const file of files) {
    const path = repoPath(file.path, context);
    for (const m of file.messages) {
      if (rows++ >= MAX_SUMMARY_ROWS) continue;
      lines.push(
        `<tr><td>${cell(path)}</td><td align="right">${m.line}</td><td>${cell(m.severity)}</td><td><a href="${cell(m.helpUrl)}">${cell(m.ruleId)}</a></td><td>${cell(m.wcag.join(', '))}</td><td>${cell(m.message)}</td></tr>`,
      );
    }
  }
  lines.push('</tbody>', '</table>');
  if (rows > MAX_SUMMARY_ROWS) lines.push('', `…and ${rows - MAX_SUMMARY_ROWS} more; see the job's log.`);
  return `${lines.join('\n')}\n\n`;
}

export default github;
