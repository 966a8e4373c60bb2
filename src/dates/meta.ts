// Metadata dates: front matter, <meta>, JSON-LD, <time datetime>, labelled fields and CMS records,
// read into the span of instants they can mean. A value with an offset (`Z`, `-0500`) is one
// instant; a value without one is floating local time (WordPress `date`, `date: 2022-01-24`),
// which can be up to 14 hours either side of UTC; a source ending in `_gmt` is UTC written
// without `Z` (WordPress `date_gmt`). Rules compare spans, so a time zone never makes a finding.

import { originRank } from '../parse/fields.js';
import type { MetaField } from '../types.js';
import { type DateValue, isRealDate } from './calendar.js';
import { findDates } from './find.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface MetaDate {
  /** The calendar date as written (in the value's own time zone). */
  date: Required<DateValue>;
  /** Earliest and latest instant (ms since epoch) the value can mean. */
  earliest: number;
  latest: number;
  /** True when the value names one instant (it has a time and a known offset). */
  exact: boolean;
  /** The written local time as if it were UTC: a day [midnight, next midnight), a time [t, t]. */
  localStart: number;
  localEnd: number;
}

export type MetaDateResult =
  | { ok: true; value: MetaDate }
  | { ok: false; reason: 'invalid'; detail: string }
  | { ok: false; reason: 'unknown' };

// 2021-04-28, 2021-04-28T10:44:00Z, 2022-01-24 10:44:00 -0500, 2021-04-28 9:00:00, 2021/04/28
const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]{1,2}(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?[ \t]*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;
// Mon, 02 Jan 2006 15:04:05 -0700 (RSS)
const RFC2822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UT|UTC|GMT|[+-]\d{4})?$/i;
const RFC_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  if (/^(?:z|utc|gmt|ut)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function build(
  year: number,
  month: number,
  day: number,
  time: { h: number; min: number; s: number } | undefined,
  zone: string | undefined,
  utcSource: boolean,
): MetaDateResult {
  if (month < 1 || month > 12) return { ok: false, reason: 'invalid', detail: `month ${month}` };
  if (!isRealDate(year, month, day)) return { ok: false, reason: 'invalid', detail: `day ${day}` };
  if (time && (time.h > 24 || time.min > 59 || time.s > 60 || (time.h === 24 && (time.min || time.s)))) {
    return { ok: false, reason: 'invalid', detail: `time ${time.h}:${time.min}` };
  }
  const date = { year, month, day };
  const midnight = Date.UTC(year, month - 1, day);
  const offset = offsetMinutes(zone) ?? (utcSource ? 0 : undefined);
  if (!time) {
    // A calendar day: from its start east of UTC to its end west of UTC.
    return {
      ok: true,
      value: {
        date,
        earliest: midnight - 14 * HOUR,
        latest: midnight + DAY + 12 * HOUR,
        exact: false,
        localStart: midnight,
        localEnd: midnight + DAY - 1,
      },
    };
  }
  const local = midnight + time.h * HOUR + time.min * 60_000 + time.s * 1000;
  if (offset === undefined) {
    return {
      ok: true,
      value: {
        date,
        earliest: local - 14 * HOUR,
        latest: local + 12 * HOUR,
        exact: false,
        localStart: local,
        localEnd: local,
      },
    };
  }
  const instant = local - offset * 60_000;
  return {
    ok: true,
    value: { date, earliest: instant, latest: instant, exact: true, localStart: local, localEnd: local },
  };
}

/**
 * Reads a metadata date. `lang` is used for dates written in words ("5 listopada 2007"); `utc`
 * says offset-less times are UTC (the field's origin knows: WordPress `date_gmt`).
 */
export function parseMetaDate(value: string, lang: string, options: { utc?: boolean } = {}): MetaDateResult {
  const text = value.trim();
  if (!text) return { ok: false, reason: 'unknown' };
  const utc = options.utc === true;
  let m = ISO.exec(text);
  if (m) {
    const time =
      m[4] !== undefined ? { h: Number(m[4]), min: Number(m[5]), s: Number(m[6] ?? 0) } : undefined;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), time, m[7], utc);
  }
  m = RFC2822.exec(text);
  if (m) {
    const month = RFC_MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const time =
      m[4] !== undefined ? { h: Number(m[4]), min: Number(m[5]), s: Number(m[6] ?? 0) } : undefined;
    return build(Number(m[3]), month, Number(m[1]), time, m[7], utc);
  }
  // Labelled fields and other visible values: the first full date the date finder sees.
  const found = findDates(text, lang).find((d) => d.date.year !== undefined && d.date.day !== undefined);
  // The date may follow its weekday ("Wednesday, April 28, 2021", "we wtorek, 28 kwietnia").
  if (
    found &&
    Math.min(found.start, found.weekday?.start ?? found.start, found.weekdayFrom?.start ?? found.start) <= 3
  ) {
    const { year, month, day } = found.date as Required<DateValue>;
    if (found.invalid) return { ok: false, reason: 'invalid', detail: found.text };
    return build(year, month, day, undefined, undefined, utc);
  }
  return { ok: false, reason: 'unknown' };
}

export interface ParsedField {
  field: MetaField;
  parsed: MetaDateResult;
}

/** Every non-empty published/modified field, parsed. */
export function parseFields(fields: MetaField[], lang: string): ParsedField[] {
  return fields
    .filter((f) => f.value.trim())
    .map((field) => ({ field, parsed: parseMetaDate(field.value, lang, { utc: field.origin.utc }) }));
}

/** The two values can be the same moment. Two values without a time zone are taken to be in the
 * same one (the site's), so their written days and times are compared; otherwise every time zone
 * either could be in is allowed for. */
export function overlaps(a: MetaDate, b: MetaDate): boolean {
  if (!a.exact && !b.exact) return a.localStart <= b.localEnd && b.localStart <= a.localEnd;
  return a.earliest <= b.latest && b.earliest <= a.latest;
}

/** `a` is certainly earlier than `b` (same reasoning as `overlaps`). */
export function isBefore(a: MetaDate, b: MetaDate): boolean {
  if (!a.exact && !b.exact) return a.localEnd < b.localStart;
  return a.latest < b.earliest;
}

export function isoDay(d: Required<DateValue>): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Readable dates of a role, the authoritative ones first: metadata, then `<time>`, labels, path. */
export function datesOf(fields: MetaField[], lang: string): Array<{ field: MetaField; value: MetaDate }> {
  return parseFields(fields, lang)
    .filter((p): p is { field: MetaField; parsed: { ok: true; value: MetaDate } } => p.parsed.ok)
    .map((p) => ({ field: p.field, value: p.parsed.value }))
    .sort((a, b) => originRank(a.field.origin) - originRank(b.field.origin));
}
