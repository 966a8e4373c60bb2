// `--format codequality`: GitLab's Code Quality report (a JSON array, a subset of Code Climate's
// format), shown in merge requests. Paths are repository-relative; the fingerprint is the
// finding's stable, line-independent one, so GitLab sees an unchanged problem as the same issue.
import type { Severity } from '../types.js';
import { repoPath, uniqueFingerprints } from './ci-paths.js';
import type { Formatter } from './types.js';

const SEVERITY: Record<Severity, 'info' | 'minor' | 'major' | 'critical' | 'blocker'> = {
  error: 'major',
  warning: 'minor',
  info: 'info',
};

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: (typeof SEVERITY)[Severity];
  location: { path: string; lines: { begin: number; end?: number } };
}

const codequality: Formatter = (files, _summary, context) => {
  const fingerprints = uniqueFingerprints(files);
  const issues: CodeQualityIssue[] = [];
  for (const file of files) {
    const path = repoPath(file.path, context);
    for (const m of file.messages) {
      issues.push({
        description: `${m.message}${m.wcag.length > 0 ? ` (WCAG ${m.wcag.join(', ')})` : ''}`,
        check_name: m.ruleId,
        fingerprint: fingerprints.get(m)!,
        severity: SEVERITY[m.severity],
        location: { path, lines: { begin: Math.max(1, m.line), end: Math.max(1, m.line, m.endLine) } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};

export default codequality;
