// Labels that editors and CMS templates put before a post's dates, from every language pack. A
// label followed by a colon (or directly by a date) is a labelled field; a label with nothing
// after it is an empty field — the seed post's "Data opublikowania:" with no date. Every pack's
// labels count in every post: the language is decided after the metadata is read.
import type { DateRole } from '../types.js';
import { allPacks } from './registry.js';

interface LabelMatcher {
  role: DateRole;
  pattern: RegExp;
}

let matchers: LabelMatcher[] | undefined;

function labelsOf(role: DateRole): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const pack of allPacks()) {
    out[pack.tag] = pack.fieldLabels[role].flatMap((entry) => entry.text.split('|'));
  }
  return out;
}

/** The labels of each role, per pack tag (the shape date readers iterate). */
export const FIELD_LABELS: Record<DateRole, Record<string, string[]>> = {
  published: labelsOf('published'),
  modified: labelsOf('modified'),
};

/** One regular expression per role, longest labels first, anchored at the start of a text piece. */
export function fieldLabelMatchers(): LabelMatcher[] {
  if (matchers) return matchers;
  matchers = (Object.keys(FIELD_LABELS) as DateRole[]).map((role) => {
    const labels = Object.values(FIELD_LABELS[role])
      .flat()
      .sort((a, b) => b.length - a.length)
      .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    // Label, then a colon (value may be empty), or whitespace and a digit (a date right after it).
    return { role, pattern: new RegExp(`^(${labels.join('|')})(?:\\s*:[ \\t\\u00a0]*|\\s+(?=\\d))`, 'iu') };
  });
  return matchers;
}
