// A finding as an editor shows it: severity, the rule id as the code with a link to its page, the
// WCAG criteria in the message, and the finding's fingerprint to find it again for code actions.
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { Finding, Severity } from '../types.js';
import type { PositionMap } from './position-map.js';

export const DIAGNOSTIC_SOURCE = 'content-a11y';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding, map: PositionMap): Diagnostic {
  const wcag = finding.wcag.length > 0 ? ` (WCAG 2.2: ${finding.wcag.join(', ')})` : '';
  return {
    range: map.range(finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.helpUrl },
    source: DIAGNOSTIC_SOURCE,
    message: `${finding.message}${wcag}`,
    data: { fingerprint: finding.fingerprint },
  };
}

/** A problem of the server's own (a configuration it cannot use, a crash), at the start of the file. */
export function serverDiagnostic(message: string, severity: DiagnosticSeverity): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}
