// Month and weekday names of a language tag: CLDR through Intl for the full tag (formatting forms
// used after a day number — Polish "kwietnia" —, stand-alone forms — "kwiecień" —, abbreviations,
// regional names such as de-AT "Jänner" or es-PE "setiembre"), merged with the language's own data
// (src/lang/<tag>/dates.ts) and with every name written without diacritics. Built once per tag.
import { dates as cs } from '../lang/cs/dates.js';
import { dates as de } from '../lang/de/dates.js';
import { dates as en } from '../lang/en/dates.js';
import { dates as es } from '../lang/es/dates.js';
import { dates as fr } from '../lang/fr/dates.js';
import { cyrillicLookalike, foldCase, foldScripts, stripDiacritics } from '../lang/normalize.js';
import { dates as pl } from '../lang/pl/dates.js';
import { dates as uk } from '../lang/uk/dates.js';
import type { DateWords, RangeDashStyle, WeekdayCase } from './words.js';

/** The date data of each language with a pack (the language packs will own this table). */
const DATE_WORDS: Readonly<Record<string, DateWords>> = { en, pl, de, fr, es, cs, uk };

/** A language without data of its own: CLDR alone. */
const NO_WORDS: DateWords = {
  months: [],
  weekdays: [],
  ordinals: [],
  dayMonthLinks: [],
  monthYearLinks: [],
  yearSuffixes: [],
  weekdayLinks: [],
  rangeWords: [],
  notDateBefore: ['version', 'v'],
  monthFirst: false,
  romanMonths: false,
  rangeDash: { dash: '–', multiWord: 'spaced', source: 'ISO 8601 and common typographic practice' },
  sources: [],
};

export type MonthForm = 'format' | 'standalone' | 'short' | 'extra';

export interface MonthName {
  month: number; // 1–12
  /** How the language writes it (capitalised in English and German). */
  canonical: string;
  forms: Set<MonthForm>;
}

export interface WeekdayName {
  index: number; // 0 = Sunday
  /** An abbreviation ("Tues", "śr"): a dot after it is part of it, not a full stop. */
  abbreviation: boolean;
}

export interface DateNames {
  /** The tag the names are for (`pl`, `de-AT`). */
  tag: string;
  /** Its primary language subtag. */
  lang: string;
  words: DateWords;
  /** Folded name → month; `monthsPlain` has the same names without diacritics. */
  months: Map<string, MonthName>;
  monthsPlain: Map<string, MonthName>;
  weekdays: Map<string, WeekdayName>;
  weekdaysPlain: Map<string, WeekdayName>;
  /** Formatting (genitive) form of each month, index 0 = January. */
  formatMonth: string[];
  /** Stand-alone (nominative) form of each month. */
  standaloneMonth: string[];
  /** Long weekday names, index 0 = Sunday. */
  weekdayNames: string[];
  /** Month names are capitalised (English, German): a lower-case one is read only in a full date. */
  capitalisedMonths: boolean;
  /** The day takes a dot before a month name ("14. September"). */
  dayDot: boolean;
  /** The locale writes numeric dates day-first with dots (`28.04.2021`): pl, de, cs… */
  dottedDayFirst: boolean;
  /** The locale's own numeric date: its separator and whether the day comes first. */
  numericSeparator: string;
  dayFirst: boolean;
  /** Formatting and stand-alone month names differ (Polish genitive vs nominative). */
  genitiveMonths: boolean;
  rangeDash: RangeDashStyle;
}

const cache = new Map<string, DateNames>();

function supported(tag: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en';
  } catch {
    return 'en';
  }
}

function parts(locale: string, options: Intl.DateTimeFormatOptions, date: Date): Intl.DateTimeFormatPart[] {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatToParts(date);
}

function part(locale: string, options: Intl.DateTimeFormatOptions, date: Date, type: string): string {
  return parts(locale, options, date).find((p) => p.type === type)?.value ?? '';
}

/** Folded form of a name as read: lower case, NFC, one script, one apostrophe, no trailing dot. */
/**
 * The case a written weekday is in, where the language inflects weekdays (`weekdayCases`): the
 * one case whose form it is, unless it is also the nominative ("piątek" is both), else the case
 * the word before it asks for ("w pt." → accusative). Undefined: the nominative, or no cases.
 */
export function weekdayCase(
  names: DateNames,
  index: number,
  written: string,
  before: string | undefined,
): WeekdayCase | undefined {
  const cases = names.words.weekdayCases;
  if (!cases) return undefined;
  const lang = names.lang;
  const folded = foldName(written, lang);
  const theirs = cases.filter((c) => foldName(c.forms[index] ?? '', lang) === folded);
  if (theirs.length === 1 && folded !== foldName(names.weekdayNames[index] ?? '', lang)) return theirs[0];
  if (!before) return undefined;
  const word = foldName(before, lang);
  return cases.find(
    (c) => (theirs.length === 0 || theirs.includes(c)) && c.after.some((a) => foldName(a, lang) === word),
  );
}

export function foldName(name: string, lang: string): string {
  // Stray Latin look-alikes in a Cyrillic name ("тpавня" with a Latin p) are folded to Cyrillic.
  // The apostrophe inside a word is typed as ' or ’; CLDR writes U+02BC ("пʼятниця").
  return foldScripts(foldCase(name, lang))
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, 'ʼ')
    .replace(/\.$/, '');
}

/** Month and weekday names for a language tag (`pl`, `de-AT`), memoised. */
export function dateNames(tag: string): DateNames {
  const key = (tag || 'en').toLowerCase();
  const hit = cache.get(key);
  if (hit) return hit;
  const locale = supported(key);
  const lang = locale.split('-')[0]!.toLowerCase();
  const words = DATE_WORDS[lang] ?? NO_WORDS;
  const months = new Map<string, MonthName>();
  const formatMonth: string[] = [];
  const standaloneMonth: string[] = [];
  const addMonth = (name: string, month: number, form: MonthForm) => {
    const clean = name.replace(/\.$/, '');
    // Some locales abbreviate months as digits (Czech "4"); those are not names.
    if (clean.length < 3 || /\d/.test(clean)) return;
    const folded = foldName(clean, lang);
    const entry = months.get(folded);
    if (entry) entry.forms.add(form);
    else months.set(folded, { month, canonical: clean, forms: new Set([form]) });
  };
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2021, m, 15));
    const format = part(locale, { day: 'numeric', month: 'long' }, date, 'month');
    const standalone = part(locale, { month: 'long' }, date, 'month');
    formatMonth.push(format);
    standaloneMonth.push(standalone);
    addMonth(format, m + 1, 'format');
    addMonth(standalone, m + 1, 'standalone');
    addMonth(part(locale, { day: 'numeric', month: 'short' }, date, 'month'), m + 1, 'short');
    addMonth(part(locale, { month: 'short' }, date, 'month'), m + 1, 'short');
    for (const extra of words.months[m] ?? []) addMonth(extra, m + 1, 'extra');
  }
  const weekdays = new Map<string, WeekdayName>();
  const weekdayNames: string[] = [];
  const addWeekday = (name: string, index: number, abbreviation: boolean) => {
    const folded = foldName(name, lang);
    if (folded.length < 2 || weekdays.has(folded)) return;
    weekdays.set(folded, { index, abbreviation });
  };
  for (let d = 0; d < 7; d++) {
    // 2021-03-07 was a Sunday.
    const date = new Date(Date.UTC(2021, 2, 7 + d));
    const long = part(locale, { weekday: 'long' }, date, 'weekday');
    weekdayNames.push(long);
    addWeekday(long, d, false);
    addWeekday(part(locale, { weekday: 'long', day: 'numeric', month: 'long' }, date, 'weekday'), d, false);
    addWeekday(part(locale, { weekday: 'short' }, date, 'weekday'), d, true);
    addWeekday(part(locale, { weekday: 'short', day: 'numeric', month: 'long' }, date, 'weekday'), d, true);
    for (const extra of words.weekdays[d] ?? []) {
      // Inflected full forms (Polish "środę") are as long as the name; abbreviations are shorter.
      addWeekday(extra, d, foldName(extra, lang).length < Math.min(5, long.length));
    }
  }
  const plain = <T>(map: Map<string, T>) => {
    const out = new Map<string, T>();
    for (const [name, value] of map) {
      const stripped = stripDiacritics(name);
      if (stripped !== name && !map.has(stripped) && !out.has(stripped)) out.set(stripped, value);
    }
    return out;
  };
  const sample = new Date(Date.UTC(2021, 3, 8));
  const numeric = parts(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }, sample);
  const order = numeric.filter((p) => p.type !== 'literal').map((p) => p.type);
  const literal = numeric.find((p) => p.type === 'literal')?.value.trim() ?? '';
  const long = parts(locale, { day: 'numeric', month: 'long', year: 'numeric' }, sample);
  const afterDay = long[long.findIndex((p) => p.type === 'day') + 1];
  const region = /^[a-z]{2,3}-(?:[a-z]{4}-)?([a-z]{2}|\d{3})\b/i.exec(locale)?.[1]?.toUpperCase();
  const names: DateNames = {
    tag: locale,
    lang,
    words,
    months,
    monthsPlain: plain(months),
    weekdays,
    weekdaysPlain: plain(weekdays),
    formatMonth,
    standaloneMonth,
    weekdayNames,
    // As written in dates: es-PE capitalises stand-alone months ("Setiembre") but not "8 de setiembre".
    capitalisedMonths: formatMonth.some((m) => m[0] !== undefined && m[0] !== m[0].toLocaleLowerCase(lang)),
    dayDot: afterDay?.type === 'literal' && afterDay.value.startsWith('.'),
    dottedDayFirst: order[0] === 'day' && literal === '.',
    numericSeparator: literal,
    dayFirst: order[0] === 'day',
    genitiveMonths: formatMonth.some(
      (m, i) => foldCase(m, lang) !== foldCase(standaloneMonth[i] ?? '', lang),
    ),
    rangeDash: (region && words.regionalRangeDash?.[region]) || words.rangeDash,
  };
  cache.set(key, names);
  return names;
}

/** The month a written name stands for (trailing dot allowed, diacritics optional). */
export function lookupMonth(names: DateNames, written: string): MonthName | undefined {
  return remembered(monthLookups, names, written, () => {
    const folded = foldName(written, names.lang);
    return names.months.get(folded) ?? names.monthsPlain.get(stripDiacritics(folded));
  });
}

/**
 * Whether a word that starts with the ASCII letter `first` (no combining mark after it) can be one
 * of the month names: in an English text the date finder asks at every word, and looking each one
 * up was a quarter of finding dates. Exact: a word's folded form starts with `first` folded, or
 * with its Cyrillic look-alike in a mostly Cyrillic word, and a name must start with the same.
 */
export function asciiMayStartMonth(names: DateNames, first: string): boolean {
  let answers = initialAnswers.get(names);
  if (!answers) {
    answers = new Map();
    initialAnswers.set(names, answers);
  }
  let known = answers.get(first);
  if (known === undefined) {
    const initials = new Set([...names.months.keys(), ...names.monthsPlain.keys()].map((k) => k[0]));
    const folded = foldCase(first, names.lang)[0] ?? '';
    const lookalike = cyrillicLookalike(folded);
    known = initials.has(folded) || (lookalike !== undefined && initials.has(lookalike));
    answers.set(first, known);
  }
  return known;
}

const initialAnswers = new WeakMap<DateNames, Map<string, boolean>>();

export function lookupWeekday(names: DateNames, written: string): WeekdayName | undefined {
  return remembered(weekdayLookups, names, written, () => {
    const folded = foldName(written, names.lang);
    return names.weekdays.get(folded) ?? names.weekdaysPlain.get(stripDiacritics(folded));
  });
}

// The date finder asks about every capitalised word next to a number, and folding (NFC, case,
// scripts, NFD without marks) was a tenth of checking a typical post. The same words recur from
// post to post, so answers are kept per language, and dropped when a run has asked about many.
const LOOKUPS_KEPT = 8192;
const monthLookups = new WeakMap<DateNames, Map<string, MonthName | null>>();
const weekdayLookups = new WeakMap<DateNames, Map<string, WeekdayName | null>>();

function remembered<T>(
  caches: WeakMap<DateNames, Map<string, T | null>>,
  names: DateNames,
  written: string,
  find: () => T | undefined,
): T | undefined {
  let cache = caches.get(names);
  if (!cache) {
    cache = new Map();
    caches.set(names, cache);
  }
  const known = cache.get(written);
  if (known !== undefined) return known ?? undefined;
  const found = find();
  if (cache.size >= LOOKUPS_KEPT) cache.clear();
  cache.set(written, found ?? null);
  return found;
}

/** Whether a written month name is in lower case where the language capitalises months
 * ("may", "march"): such a word is a month only inside a full date. */
export function isLowercaseMonth(names: DateNames, written: string): boolean {
  return names.capitalisedMonths && written[0] === written[0]?.toLocaleLowerCase(names.lang);
}
