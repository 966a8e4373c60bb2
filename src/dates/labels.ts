// Publication and update labels before a date in the text: "Data opublikowania: 29.04.2021",
// "Published: ", and labels without a colon when a date follows — "Published on Wednesday, April 28,
// 2021", "Opublikowano we wtorek, 28 kwietnia 2021 r.", "Veröffentlicht am 28. April 2021". A label
// is followed by a colon (the value may be empty: the seed's empty field), or by a date in the
// label's own language, read by the date finder.
import { FIELD_LABELS } from '../lang/field-labels.js';
import type { DateRole } from '../types.js';
import { findDates } from './find.js';

export interface DateLabelMatch {
  role: DateRole;
  /** The label as written. */
  label: string;
  /** Length of the label and of what follows it up to the value (colon, spaces). */
  length: number;
}

interface LabelPattern {
  role: DateRole;
  lang: string;
  pattern: RegExp;
}

let patterns: LabelPattern[] | undefined;

function labelPatterns(): LabelPattern[] {
  if (patterns) return patterns;
  patterns = [];
  for (const role of Object.keys(FIELD_LABELS) as DateRole[]) {
    for (const [lang, labels] of Object.entries(FIELD_LABELS[role])) {
      const alternatives = [...labels]
        .sort((a, b) => b.length - a.length)
        .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
      patterns.push({
        role,
        lang,
        pattern: new RegExp(`^(${alternatives.join('|')})(?:(\\s*:[ \\t\\u00a0]*)|([ \\t\\u00a0]+))`, 'iu'),
      });
    }
  }
  // Longest labels first across languages and roles ("Published on" before "Published").
  patterns.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  return patterns;
}

/** The date label that opens `text` (a trimmed piece of a text block), if any. */
export function matchDateLabel(text: string): DateLabelMatch | undefined {
  let best: DateLabelMatch | undefined;
  for (const { role, lang, pattern } of labelPatterns()) {
    const m = pattern.exec(text);
    if (!m || (best && best.label.length >= m[1]!.length)) continue;
    if (m[2] === undefined) {
      // No colon: a label only when a date in the label's language starts the rest.
      const rest = text.slice(m[0].length);
      const first = findDates(rest, lang)[0];
      const at = first ? Math.min(first.start, first.weekday?.start ?? first.start) : -1;
      if (at < 0 || at > 3) continue;
    }
    best = { role, label: m[1]!, length: m[0].length };
  }
  return best;
}
