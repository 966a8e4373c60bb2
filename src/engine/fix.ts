// Applying findings' fixes to a source text, the way ESLint does: edits sorted by position, an
// edit that overlaps one already taken is left for the next pass, so no two edits ever fight over
// the same characters.
import type { Finding, Fix } from '../types.js';

/** What `applyFixes` did: the new text, the findings fixed, and those left for another pass. */
export interface AppliedFixes {
  /** The text with every applicable fix applied. */
  output: string;
  /** The findings whose fix was applied. */
  fixed: Finding[];
  /** Findings with a fix that overlapped another and was not applied (run again to apply it). */
  skipped: Finding[];
}

/** Applies the `fix` of each finding that has one to `source`. Pure: returns the new text. */
export function applyFixes(source: string, findings: readonly Finding[]): AppliedFixes {
  const withFix = findings
    .filter((f): f is Finding & { fix: Fix } => f.fix !== undefined && validRange(f.fix, source))
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const fixed: Finding[] = [];
  const skipped: Finding[] = [];
  let output = '';
  let at = 0;
  for (const finding of withFix) {
    const [start, end] = finding.fix.range;
    // Touching is fine; overlapping (or a second insertion at the same point) is not.
    if (start < at || (fixed.length > 0 && start === at && start === end && lastWasInsertAt(fixed, at))) {
      skipped.push(finding);
      continue;
    }
    output += source.slice(at, start) + finding.fix.text;
    at = end;
    fixed.push(finding);
  }
  output += source.slice(at);
  return { output, fixed, skipped };
}

function validRange(fix: Fix, source: string): boolean {
  const [start, end] = fix.range;
  return (
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= source.length
  );
}

function lastWasInsertAt(fixed: Finding[], at: number): boolean {
  const last = fixed[fixed.length - 1]!.fix!;
  return last.range[0] === at && last.range[1] === at;
}
