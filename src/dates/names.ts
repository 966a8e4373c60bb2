// Month and weekday names of a language, straight from Intl (CLDR): the formatting forms used
// after a day number (Polish "kwietnia", Czech "dubna") and the stand-alone forms (Polish
// "kwiecień"), long and abbreviated. Built once per language and memoised, with one regular
// expression alternation per language, so no rule compiles patterns per node.
import { foldCase } from '../lang/normalize.js';

export type MonthForm = 'format' | 'standalone' | 'short';

export interface MonthName {
  month: number; // 1–12
  /** How the language writes it (capitalised in English and German). */
  canonical: string;
  forms: Set<MonthForm>;
}

export interface DateNames {
  lang: string;
  /** Folded name → month. */
  months: Map<string, MonthName>;
  /** Folded weekday name → 0 (Sunday) … 6. */
  weekdays: Map<string, number>;
  /** Alternation of all month names, longest first, escaped (no capture groups). */
  monthPattern: string;
  /** Formatting (genitive) form of each month, index 0 = January. */
  formatMonth: string[];
  /** Stand-alone (nominative) form of each month. */
  standaloneMonth: string[];
  /** Long weekday names, index 0 = Sunday. */
  weekdayNames: string[];
  /** The locale writes numeric dates day-first with dots (`28.04.2021`): pl, de, cs, ru… */
  dottedDayFirst: boolean;
  /** The locale's own numeric date: its separator and whether the day comes first. */
  numericSeparator: string;
  dayFirst: boolean;
}

const cache = new Map<string, DateNames>();

function supported(lang: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 ? lang : 'en';
  } catch {
    return 'en';
  }
}

function part(lang: string, options: Intl.DateTimeFormatOptions, date: Date, type: string): string {
  const fmt = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
  return fmt.formatToParts(date).find((p) => p.type === type)?.value ?? '';
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Month and weekday names for `lang` (a primary subtag such as `pl`), memoised. */
export function dateNames(lang: string): DateNames {
  const key = (lang || 'en').toLowerCase();
  const hit = cache.get(key);
  if (hit) return hit;
  const locale = supported(key);
  const months = new Map<string, MonthName>();
  const formatMonth: string[] = [];
  const standaloneMonth: string[] = [];
  const add = (name: string, month: number, form: MonthForm) => {
    const clean = name.replace(/\.$/, '');
    // Some locales abbreviate months as digits (Czech "4"); those are not names.
    if (clean.length < 3 || /\d/.test(clean)) return;
    const folded = foldCase(clean, locale);
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
    add(format, m + 1, 'format');
    add(standalone, m + 1, 'standalone');
    add(part(locale, { day: 'numeric', month: 'short' }, date, 'month'), m + 1, 'short');
    add(part(locale, { month: 'short' }, date, 'month'), m + 1, 'short');
  }
  const weekdays = new Map<string, number>();
  const weekdayNames: string[] = [];
  for (let d = 0; d < 7; d++) {
    // 2021-03-07 was a Sunday.
    const date = new Date(Date.UTC(2021, 2, 7 + d));
    const long = part(locale, { weekday: 'long' }, date, 'weekday');
    const inDate = part(locale, { weekday: 'long', day: 'numeric', month: 'long' }, date, 'weekday');
    weekdayNames.push(long);
    for (const name of [long, inDate]) {
      if (name.length < 3) continue;
      const folded = foldCase(name, locale);
      weekdays.set(folded, d);
      // Polish after "w": feminine weekdays take the accusative ("środa" → "w środę").
      if (key === 'pl' && folded.endsWith('a')) weekdays.set(`${folded.slice(0, -1)}ę`, d);
    }
  }
  const numeric = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2021, 3, 8)));
  const order = numeric.filter((p) => p.type !== 'literal').map((p) => p.type);
  const literal = numeric.find((p) => p.type === 'literal')?.value.trim() ?? '';
  const names: DateNames = {
    lang: key,
    months,
    weekdays,
    monthPattern: [...months.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    formatMonth,
    standaloneMonth,
    weekdayNames,
    dottedDayFirst: order[0] === 'day' && literal === '.',
    numericSeparator: literal,
    dayFirst: order[0] === 'day',
  };
  cache.set(key, names);
  return names;
}

/** The month a (case-insensitive) name stands for, honouring languages that capitalise months:
 * in English "may" is a verb, only "May" is a month. */
export function lookupMonth(names: DateNames, written: string): MonthName | undefined {
  const entry = names.months.get(foldCase(written.replace(/\.$/, ''), names.lang));
  if (!entry) return undefined;
  const first = entry.canonical[0] ?? '';
  if (
    first !== first.toLocaleLowerCase(names.lang) &&
    written[0] === written[0]?.toLocaleLowerCase(names.lang)
  ) {
    return undefined;
  }
  return entry;
}

export function lookupWeekday(names: DateNames, written: string): number | undefined {
  return names.weekdays.get(foldCase(written, names.lang));
}
