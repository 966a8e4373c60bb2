// Labels that editors and CMS templates put before a post's dates, from every language pack. A
// label followed by a colon (or directly by a date) is a labelled field; a label with nothing
// after it is an empty field — the seed post's "Data opublikowania:" with no date. Every pack's
// labels count in every post: the language is decided after the metadata is read. They are matched
// in text by src/dates/labels.ts, which needs each label's language to read the date after it.
import type { DateRole } from '../types.js';
import { allPacks } from './registry.js';

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
