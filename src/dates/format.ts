// Dates written out in words for suggestions, in the post's language, with Intl's own patterns:
// "28 kwietnia 2021", "14. September 2024", "3 de mayo de 2024", and ranges ("28–29 kwietnia 2021").
import type { DateValue } from './calendar.js';
import { dateNames } from './names.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, withYear: boolean): Intl.DateTimeFormat {
  // One formatter per language and shape, reused for every date of every post.
  const key = `${lang}|${withYear}`;
  let f = formatters.get(key);
  if (!f) {
    let locale = lang;
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0) locale = 'en';
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

/** Polish dates end in " r." by convention when the year is written. */
function suffix(lang: string, withYear: boolean, yearSuffix: string | undefined): string {
  return lang === 'pl' && withYear && yearSuffix !== undefined ? ` ${yearSuffix.trim()}` : '';
}

/** One date in words: "28 kwietnia 2021 r.", "April 28, 2021". */
export function formatDate(d: DateValue, lang: string, yearSuffix?: string): string {
  const withYear = d.year !== undefined;
  return plain(formatter(lang, withYear).format(utc(d, 2000))) + suffix(lang, withYear, yearSuffix);
}

/** A range in words, with an en dash where the language uses one and "to" in English. */
export function formatRange(
  from: DateValue,
  to: DateValue,
  lang: string,
  yearSuffix?: string,
  monthFirst = false,
): string {
  const withYear = to.year !== undefined;
  const year = to.year ?? 2000;
  if (lang === 'en' && from.month === to.month && (from.year ?? year) === year) {
    // GOV.UK style: "28 to 29 April 2021" reads the same on screen and aloud; American order kept.
    const month = dateNames('en').formatMonth[to.month - 1];
    if (monthFirst) return `${month} ${from.day} to ${to.day}${withYear ? `, ${year}` : ''}`;
    return `${from.day} to ${to.day} ${month}${withYear ? ` ${year}` : ''}`;
  }
  const f = formatter(lang === 'en' ? (monthFirst ? 'en-US' : 'en-GB') : lang, withYear);
  return (
    plain(f.formatRange(utc({ ...from, year: from.year ?? year }, year), utc(to, year))) +
    suffix(lang, withYear, yearSuffix)
  );
}

/** The "from … to …" form in words, for messages: "od 28 do 29 kwietnia 2021 r.". */
export function formatRangeInWords(
  from: DateValue,
  to: DateValue,
  lang: string,
  yearSuffix?: string,
): string | undefined {
  if (from.month !== to.month || lang !== 'pl') return undefined;
  const month = dateNames('pl').formatMonth[to.month - 1];
  const year =
    to.year !== undefined ? ` ${to.year}${yearSuffix !== undefined ? ` ${yearSuffix.trim()}` : ''}` : '';
  return `od ${from.day} do ${to.day} ${month}${year}`;
}
