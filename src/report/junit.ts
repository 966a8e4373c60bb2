// `--format junit`: JUnit XML, which GitLab, Jenkins and Azure show as test results. One test suite
// per file, one test case per finding (classname = path, name = ruleId@line). Only errors fail —
// the exit code's rule — so a passing job never shows failed tests: warnings and infos are passing
// cases whose text is in <system-out>. A file without findings is one passing case, so the
// report counts every checked post.
import type { Formatter } from './types.js';

/** XML-escapes text for attributes and content, dropping characters XML 1.0 cannot carry. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const junit: Formatter = (files, summary) => {
  const total = files.reduce((n, f) => n + Math.max(1, f.messages.length), 0);
  const failures = summary.errors;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="content-a11y" tests="${total}" failures="${failures}" errors="0">`,
  ];
  for (const file of files) {
    const path = xml(file.path);
    const tests = Math.max(1, file.messages.length);
    const failed = file.messages.filter((m) => m.severity === 'error').length;
    out.push(`  <testsuite name="${path}" tests="${tests}" failures="${failed}" errors="0" skipped="0">`);
    if (file.messages.length === 0) out.push(`    <testcase classname="${path}" name="content-a11y"/>`);
    for (const m of file.messages) {
      const where = `${file.path}:${m.line}:${m.column}`; // escaped with the details below
      const details = [
        `${where} ${m.severity}: ${m.message}`,
        ...(m.suggestion ? [m.suggestion] : []),
        ...(m.wcag.length > 0 ? [`WCAG ${m.wcag.join(', ')}`] : []),
        m.helpUrl,
      ].join('\n');
      out.push(
        `    <testcase classname="${path}" name="${xml(`${m.ruleId}@${m.line}`)}">`,
        m.severity === 'error'
          ? `      <failure type="${xml(m.severity)}" message="${xml(m.message)}">${xml(details)}</failure>`
          : `      <system-out>${xml(details)}</system-out>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

export default junit;
