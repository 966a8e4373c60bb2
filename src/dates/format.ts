// Dates written out in words for suggestions, in the post's language tag, with Intl's own patterns:
// "28 kwietnia 2021", "14. September 2024", "3 de mayo de 2024", ranges ("28–29 kwietnia 2021"), and
// ranges in the words the language's data gives ("od 28 do 29 kwietnia", "28 to 29 April").
import type { DateValue } from './calendar.js';
import { dateNames } from './names.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, withYear: boolean): Intl.DateTimeFormat {
  // One formatter per tag and shape, reused for every date of every post.
  const key = `${tag}|${withYear}`;
  let f = formatters.get(key);
  if (!f) {
    let locale = tag;
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 0) locale = 'en';
    } catch {
      locale = 'en';
    }
    f = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    formatters.set(key, f);
  }
  return f;
}

function utc(d: DateValue, fallbackYear: number): Date {
  return new Date(Date.UTC(d.year ?? fallbackYear, d.month - 1, d.day ?? 1));
}

/** Thin and narrow no-break spaces from CLDR patterns, as ordinary spaces an editor can type. */
function plain(text: string): string {
  return text.replace(/[\u2009\u202f]/g, ' ');
}

/** The year's suffix as the writer used it ("r." in Polish), kept when the year is written. */
function suffix(withYear: boolean, yearSuffix: string | undefined): string {
  return withYear && yearSuffix !== undefined ? ` ${yearSuffix.trim()}` : '';
}

/** One date in words: "28 kwietnia 2021 r.", "April 28, 2021". */
export function formatDate(d: DateValue, tag: string, yearSuffix?: string): string {
  const withYear = d.year !== undefined;
  return plain(formatter(tag, withYear).format(utc(d, 2000))) + suffix(withYear, yearSuffix);
}

/** A range: in words where the language's guide prefers them ("28 to 29 April 2021"), else with
 * the dash CLDR puts in ranges ("28–29 kwietnia 2021"). `monthFirst`: the writer put the month first. */
export function formatRange(
  from: DateValue,
  to: DateValue,
  tag: string,
  yearSuffix?: string,
  monthFirst = false,
): string {
  const withYear = to.year !== undefined;
  const year = to.year ?? 2000;
  if (dateNames(tag).words.rangeInWords?.preferred) {
    const words = formatRangeInWords(from, to, tag, yearSuffix, monthFirst);
    if (words) return words;
  }
  return (
    plain(
      formatter(tag, withYear).formatRange(utc({ ...from, year: from.year ?? year }, year), utc(to, year)),
    ) + suffix(withYear, yearSuffix)
  );
}

/** A range within one month in the language's words: "od 28 do 29 kwietnia 2021 r.", "du 28 au
 * 29 avril 2021", "vom 28. bis 29. April 2021", "April 28 to 29, 2021". */
export function formatRangeInWords(
  from: DateValue,
  to: DateValue,
  tag: string,
  yearSuffix?: string,
  monthFirst = false,
): string | undefined {
  const names = dateNames(tag);
  const words = names.words.rangeInWords;
  const sameYear = from.year === undefined || from.year === to.year;
  if (!words || from.month !== to.month || !sameYear || from.day === undefined || to.day === undefined) {
    return undefined;
  }
  const first = `${words.from ? `${words.from} ` : ''}`;
  if (monthFirst) {
    const month = names.formatMonth[to.month - 1];
    const year = to.year !== undefined ? `, ${to.year}` : '';
    return `${first}${month} ${from.day} ${words.to} ${to.day}${year}${suffix(to.year !== undefined, yearSuffix)}`;
  }
  // Day first, in the locale's own pattern where it is day first, else as GOV.UK writes it.
  const last = names.dayFirst
    ? formatDate(to, tag, yearSuffix)
    : `${to.day} ${names.formatMonth[to.month - 1]}${to.year !== undefined ? ` ${to.year}` : ''}${suffix(to.year !== undefined, yearSuffix)}`;
  return `${first}${from.day}${names.dayDot ? '.' : ''} ${words.to} ${last}`;
}
