// The date finder: every date written in a piece of text, in the text's language — numeric
// (`28.04.2021`, `4/28/21`, `07-27-2022`, `2021-04-28`), with month names in any form CLDR or the
// language's data knows ("28 kwietnia 2021 r.", "15 marzec", "31.März 2016", "March, 6th 2016",
// "10-August-2012", "2012/Aug/10", "12 de junio del 2012"), Roman-numeral months ("13 VII 2006 r."),
// a weekday before it ("śr.", "Tues", "we wtorek"), ranges joined by a dash or a word, and dates
// broken across a line. It is driven by the names and words of `dateNames(tag)`; no language has
// code of its own. Each mention keeps its offsets, its form and the parts as written.
//
// The scan reads the text once, left to right, at the start of each number or word; every reader
// is a sticky regular expression with bounded repetition, so the work is linear in the text.
import { type DateValue, fullYear, isRealDate } from './calendar.js';
import {
  asciiMayStartMonth,
  type DateNames,
  dateNames,
  foldName,
  isLowercaseMonth,
  lookupMonth,
  lookupWeekday,
} from './names.js';

export type MentionKind = 'numeric' | 'iso' | 'named' | 'roman';

export interface DashInfo {
  char: string;
  /** Offsets of the dash and of the whitespace around it, in the text. */
  start: number;
  end: number;
  spaceBefore: boolean;
  spaceAfter: boolean;
}

export type PartRole = 'day' | 'month' | 'year' | 'suffix';

/** One part of a date as written, with its offsets in the text. */
export interface DatePart {
  role: PartRole;
  /** Which end of a range it belongs to. */
  of: 'from' | 'to';
  text: string;
  start: number;
  end: number;
}

export interface WeekdayMention {
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** The language tag the date was read in. */
  lang: string;
  /** The form in CLDR pattern letters ("d MMMM y", "EEE, MMM d, y", "d.MM–d.MM.y"). */
  form: string;
  date: DateValue;
  /** The end of a range ("29" in "28-29 kwietnia"). */
  to?: DateValue;
  /** The dash of a range; a range joined by a word ("10 to 22 August") has `connector` instead. */
  dash?: DashInfo;
  connector?: string;
  /** For numeric dates: the separator and whether day and month could be swapped. */
  separator?: string;
  swappable?: boolean;
  twoDigitYear?: boolean;
  /** The date cannot exist (31.04.2021, 30 lutego 2021). */
  invalid?: boolean;
  /** Month names as written, with their offsets (for the month-form rule). */
  monthWords: Array<{ text: string; start: number; end: number; month: number }>;
  parts: DatePart[];
  /** The weekday before the date, and the one before the range's second date. */
  weekday?: WeekdayMention;
  toWeekday?: WeekdayMention;
  /** "Monday to Friday, 28–30 April": the first weekday of a weekday range before the date. */
  weekdayFrom?: WeekdayMention;
  /** Written month first ("June 15, 2023"). */
  monthFirst?: boolean;
  /** "r." / "roku" after the (last) year, included in `end`. */
  yearSuffix?: string;
}

const H = '[ \\t\\u00a0]';
/** Whitespace between the parts of a date: a few spaces, at most one line break. */
const SP = new RegExp(`${H}{1,8}(?:\\n${H}{0,8})?|\\n${H}{0,8}`, 'y');
const OPT_SP = new RegExp(`${H}{0,8}(?:\\n${H}{0,8})?`, 'y');
const DASH = new RegExp(`(${H}{0,8}(?:\\n${H}{0,8})?)([-–—])(${H}{0,8}(?:\\n${H}{0,8})?)`, 'y');
const NUM = /\d{1,4}(?!\d)/y;
const WORD = /\p{L}{1,20}(?!\p{L})/uy;
const ROMAN = /(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?![\p{L}\p{N}])/uy;
// A weekday word: letters, and an apostrophe between letters (Ukrainian "п'ятниця", "п’ятниця").
const WEEKDAY_WORD = "\\p{L}(?:\\p{L}|['’](?=\\p{L})){1,19}";
const WEEKDAY_AHEAD = new RegExp(`(${WEEKDAY_WORD})(\\.)?,?${H}{1,4}`, 'uy');
const ROMAN_VALUE = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A character before a number that makes it part of something else (a version, a path, a code). */
const NUMBER_BEFORE = /[\p{L}\p{N}_./:\-–#$€£+%§@\\]/u;
/** A character after a date that makes it part of something else. */
const ALNUM = /[\p{L}\p{N}_]/u;

interface Part {
  text: string;
  start: number;
  end: number;
  value: number;
}

/** One end of a date as read, possibly partial (a bare day before a dash). */
interface Item {
  start: number;
  end: number;
  kind: MentionKind;
  day?: Part;
  month?: Part;
  year?: Part;
  suffix?: Part;
  monthName?: { text: string; start: number; end: number; full: boolean; lowercase: boolean };
  separator?: string;
  monthFirst?: boolean;
  twoDigitYear?: boolean;
  /** Day and month may be swapped (numeric, both ≤ 12). */
  swappable?: boolean;
  form: string;
}

class Reader {
  constructor(
    readonly text: string,
    readonly names: DateNames,
  ) {}

  sticky(re: RegExp, at: number): RegExpExecArray | null {
    re.lastIndex = at;
    return re.exec(this.text);
  }

  space(at: number): number | undefined {
    const m = this.sticky(SP, at);
    return m ? at + m[0].length : undefined;
  }

  optSpace(at: number): number {
    const m = this.sticky(OPT_SP, at);
    return at + (m?.[0].length ?? 0);
  }

  number(at: number, digits: number[]): Part | undefined {
    const m = this.sticky(NUM, at);
    if (!m || !digits.includes(m[0].length)) return undefined;
    return { text: m[0], start: at, end: at + m[0].length, value: Number.parseInt(m[0], 10) };
  }

  /** A word from `list` (folded) at `at`, with a trailing dot if it is written with one. */
  wordFrom(at: number, list: readonly string[]): number | undefined {
    if (list.length === 0) return undefined;
    const m = this.sticky(WORD, at);
    let word = m?.[0];
    let end = at + (word?.length ?? 0);
    if (this.text[end] === '.') {
      word = `${word ?? ''}.`;
      end++;
    }
    if (!word) {
      // Symbols ("§", "n°") are words of their own.
      const symbol = list.find((w) => this.text.startsWith(w, at));
      return symbol ? at + symbol.length : undefined;
    }
    const folded = foldName(word, this.names.lang);
    const hit = list.find((w) => foldedWord(w, this.names.lang) === folded);
    if (!hit) return undefined;
    return hit.endsWith('.') || !word.endsWith('.') ? end : end - 1;
  }

  /** A day number, with its ordinal ("28th", "1er", "1.º") when written. */
  day(at: number): { part: Part; end: number; ordinal: boolean } | undefined {
    const n = this.number(at, [1, 2]);
    if (!n || n.value < 1 || n.value > 31) return undefined;
    for (const ordinal of this.names.words.ordinals) {
      if (this.text.slice(n.end, n.end + ordinal.length).toLowerCase() === ordinal.toLowerCase()) {
        const end = n.end + ordinal.length;
        if (!ALNUM.test(this.text[end] ?? '')) return { part: n, end, ordinal: true };
      }
    }
    return { part: n, end: n.end, ordinal: false };
  }

  monthName(at: number): { part: Part; full: boolean; lowercase: boolean } | undefined {
    const m = this.sticky(WORD, at);
    if (!m) return undefined;
    const entry = lookupMonth(this.names, m[0]);
    if (!entry) return undefined;
    const full = entry.forms.has('format') || entry.forms.has('standalone');
    let end = at + m[0].length;
    // The dot of an abbreviation is part of it; after a full name it ends the sentence.
    if (!full && this.text[end] === '.') end++;
    return {
      part: { text: this.text.slice(at, end), start: at, end, value: entry.month },
      full,
      lowercase: isLowercaseMonth(this.names, m[0]),
    };
  }

  roman(at: number): Part | undefined {
    if (!this.names.words.romanMonths) return undefined;
    const m = this.sticky(ROMAN, at);
    if (!m) return undefined;
    return { text: m[0], start: at, end: at + m[0].length, value: ROMAN_VALUE.indexOf(m[0]) + 1 };
  }

  year(at: number, twoDigits = false): Part | undefined {
    const y = this.number(at, twoDigits ? [4, 2] : [4]);
    if (!y || (y.text.length === 4 && (y.value < 1000 || y.value > 2999))) return undefined;
    if (y.text.length === 2) y.value = fullYear(y.value, 2);
    return y;
  }

  /** ", 2021", " 2021", " de 2021", " del 2012", "\n2021" after a month or a day. */
  spacedYear(at: number): Part | undefined {
    let p = at;
    if (this.text[p] === ',') p++;
    const afterComma = this.space(p);
    if (afterComma === undefined) return undefined;
    p = afterComma;
    const link = this.wordFrom(p, this.names.words.monthYearLinks);
    if (link !== undefined) {
      const after = this.space(link);
      if (after !== undefined && this.year(after)) p = after;
    }
    const year = this.year(p);
    return year && this.endsCleanly(year.end) ? year : undefined;
  }

  endsCleanly(at: number): boolean {
    const next = this.text[at] ?? '';
    if (!ALNUM.test(next)) return true;
    // "2021r." — the Polish suffix written without its space.
    return this.names.words.yearSuffixes.some((s) => this.text.startsWith(s, at));
  }
}

/** A date starting with a day number: "28 kwietnia 2021", "14. September", "10-August-2012",
 * "3 de mayo de 2024", "15th of June", "13 VII 2006". */
function readDayFirst(r: Reader, at: number): Item | undefined {
  const d = r.day(at);
  if (!d) return undefined;
  const { text, names } = r;
  // How the month is joined to the day.
  const joins: Array<{ at: number; sep: string }> = [];
  if (names.dayDot && text[d.end] === '.') {
    joins.push({ at: d.end + 1, sep: '. ' });
    const spaced = r.space(d.end + 1);
    if (spaced !== undefined) joins.unshift({ at: spaced, sep: '. ' });
  }
  if (text[d.end] === '-' || text[d.end] === '/') joins.push({ at: d.end + 1, sep: text[d.end]! });
  // "17.II.2016": a Roman month between dots.
  if (!names.dayDot && text[d.end] === '.' && names.words.romanMonths)
    joins.push({ at: d.end + 1, sep: '.' });
  const spaced = r.space(d.end);
  if (spaced !== undefined) {
    joins.push({ at: spaced, sep: ' ' });
    const link = r.wordFrom(spaced, names.words.dayMonthLinks);
    const afterLink = link !== undefined ? r.space(link) : undefined;
    if (afterLink !== undefined) joins.push({ at: afterLink, sep: ' ' });
  }
  for (const join of joins) {
    const month = r.monthName(join.at);
    if (month) {
      let year: Part | undefined;
      if (join.sep === '-' || join.sep === '/') {
        if (text[month.part.end] === join.sep) year = r.year(month.part.end + 1, true);
        else year = r.spacedYear(month.part.end);
        if (year && !r.endsCleanly(year.end)) year = undefined;
      } else year = r.spacedYear(month.part.end);
      if (month.lowercase && !year) continue;
      return {
        start: at,
        end: year?.end ?? month.part.end,
        kind: 'named',
        day: d.part,
        month: month.part,
        year,
        monthName: { ...month.part, full: month.full, lowercase: month.lowercase },
        twoDigitYear: year?.text.length === 2,
        form: `d${d.ordinal ? 'th' : ''}${join.sep === '. ' ? '. ' : join.sep}${month.full ? 'MMMM' : 'MMM'}${year ? (year.text.length === 2 ? ' yy' : ' y') : ''}`,
      };
    }
    const roman = r.roman(join.at);
    // After a dotted day (Czech "20. V. 2024", "20.V.2024") the Roman month takes a dot as well.
    if (roman && (join.sep !== '. ' || text[roman.end] === '.')) {
      const sep = join.sep;
      let p: number | undefined = roman.end;
      if (sep === '. ') p = r.space(p + 1) ?? p + 1;
      else if (sep === ' ') p = r.space(p);
      else p = text[p] === sep ? p + 1 : undefined;
      const year = p !== undefined ? r.year(p) : undefined;
      if (!year || !r.endsCleanly(year.end)) continue;
      return {
        start: at,
        end: year.end,
        kind: 'roman',
        day: d.part,
        month: roman,
        year,
        separator: sep,
        form: `d${sep}M(roman)${sep}y`,
      };
    }
  }
  return undefined;
}

/** "April 28, 2021", "March, 6th 2016", "August-10-2012", "Aug 9" — languages that put the month first. */
function readMonthFirst(r: Reader, at: number): Item | undefined {
  if (!r.names.words.monthFirst) return undefined;
  const month = r.monthName(at);
  if (!month) return undefined;
  const { text } = r;
  let p = month.part.end;
  let sep = ' ';
  if (text[p] === '-' || text[p] === '/') {
    sep = text[p]!;
    p++;
  } else {
    if (text[p] === ',') p++;
    const s = r.space(p);
    if (s === undefined) return undefined;
    p = s;
  }
  const d = r.day(p);
  if (!d || /\d/.test(text[d.end] ?? '') || (text[d.end] === ':' && /\d/.test(text[d.end + 1] ?? '')))
    return undefined;
  if (ALNUM.test(text[d.end] ?? '')) return undefined;
  let year: Part | undefined;
  if (sep !== ' ' && text[d.end] === sep) year = r.year(d.end + 1);
  else year = r.spacedYear(d.end);
  if (year && !r.endsCleanly(year.end)) year = undefined;
  if (month.lowercase && !year) return undefined;
  return {
    start: at,
    end: year?.end ?? d.end,
    kind: 'named',
    day: d.part,
    month: month.part,
    year,
    monthFirst: true,
    monthName: { ...month.part, full: month.full, lowercase: month.lowercase },
    form: `${month.full ? 'MMMM' : 'MMM'}${sep === ' ' ? ' ' : sep}d${d.ordinal ? 'th' : ''}${year ? (sep === ' ' ? ', y' : `${sep}y`) : ''}`,
  };
}

/** "2021-04-28", "2014/12/28", "2012/Aug/10", "2018 March 18". */
function readYearFirst(r: Reader, at: number): Item | undefined {
  const year = r.year(at);
  if (!year) return undefined;
  const { text } = r;
  const sep = text[year.end];
  if (sep === '-' || sep === '/' || sep === '.') {
    const month = r.number(year.end + 1, [1, 2]);
    if (month && text[month.end] === sep) {
      const day = r.number(month.end + 1, [1, 2]);
      if (!day || month.value < 1 || month.value > 12 || day.value < 1 || day.value > 31) return undefined;
      const next = text[day.end] ?? '';
      // A time may follow ("2021-04-28T10:00"); a file name or a longer code may not.
      if (!(next === 'T' && /\d/.test(text[day.end + 1] ?? '')) && ALNUM.test(next)) return undefined;
      if (/[_\-/.]/.test(next) && /[\p{L}\p{N}]/u.test(text[day.end + 1] ?? '')) return undefined;
      return {
        start: at,
        end: day.end,
        kind: 'iso',
        year,
        month,
        day,
        separator: sep,
        form: `y${sep}${month.text.length === 2 ? 'MM' : 'M'}${sep}${day.text.length === 2 ? 'dd' : 'd'}`,
      };
    }
    const named = r.monthName(year.end + 1);
    if (named && text[named.part.end] === sep) {
      const day = r.day(named.part.end + 1);
      if (day && !ALNUM.test(text[day.end] ?? '')) {
        return {
          start: at,
          end: day.end,
          kind: 'named',
          year,
          month: named.part,
          day: day.part,
          monthName: { ...named.part, full: named.full, lowercase: named.lowercase },
          form: `y${sep}MMM${sep}d`,
        };
      }
    }
    return undefined;
  }
  if (!r.names.words.monthFirst) return undefined;
  const s = r.space(year.end);
  const named = s !== undefined ? r.monthName(s) : undefined;
  const s2 = named ? r.space(named.part.end) : undefined;
  const day = s2 !== undefined ? r.day(s2) : undefined;
  if (
    !named ||
    named.lowercase ||
    !day ||
    ALNUM.test(text[day.end] ?? '') ||
    /[.,:/-]\d/.test(text.slice(day.end, day.end + 2))
  ) {
    return undefined;
  }
  return {
    start: at,
    end: day.end,
    kind: 'named',
    year,
    month: named.part,
    day: day.part,
    monthName: { ...named.part, full: named.full, lowercase: named.lowercase },
    form: 'y MMMM d',
  };
}

/** "28.04.2021", "4/28/21", "07-27-2022", and — as the left end of a range only — "28.04", "14.09.". */
function readNumeric(r: Reader, at: number, partialOk: boolean): Item | undefined {
  const { text, names } = r;
  const a = r.number(at, [1, 2]);
  if (!a) return undefined;
  const sep = text[a.end];
  if (sep !== '.' && sep !== '/' && sep !== '-') return undefined;
  const b = r.number(a.end + 1, [1, 2]);
  if (!b) return undefined;
  const y = text[b.end] === sep ? r.number(b.end + 1, [4, 2]) : undefined;
  if (!y) {
    if (!partialOk || sep === '-' || ALNUM.test(text[b.end] ?? '')) return undefined;
    // "28.04", "14.09." — day and month, the year follows at the range's other end.
    const dotted = sep === '.' && text[b.end] === '.' && !/\d/.test(text[b.end + 1] ?? '');
    if (text[b.end] === sep && !dotted) return undefined;
    if (a.value < 1 || a.value > 31 || b.value < 1 || b.value > 12) return undefined;
    return {
      start: at,
      end: dotted ? b.end + 1 : b.end,
      kind: 'numeric',
      day: a,
      month: b,
      separator: sep,
      form: `d${sep}MM${dotted ? '.' : ''}`,
    };
  }
  if (ALNUM.test(text[y.end] ?? '') && !r.endsCleanly(y.end)) return undefined;
  if (/[./-]/.test(text[y.end] ?? '') && /\d/.test(text[y.end + 1] ?? '')) return undefined;
  const twoDigitYear = y.text.length === 2;
  // A hyphenated date needs a full year ("12-05-34" is a phone number); a dotted two-digit year
  // needs two-digit day and month ("1.10.20" is a version). Slashes carry one-digit parts ("4/28/21").
  if (twoDigitYear && (sep === '-' || (sep === '.' && (a.text.length !== 2 || b.text.length !== 2)))) {
    return undefined;
  }
  const year = twoDigitYear ? fullYear(y.value, 2) : y.value;
  const dmy = { day: a.value, month: b.value, year };
  const mdy = { day: b.value, month: a.value, year };
  // The locale's order first (American English is month first), then the other.
  const candidates = names.dayFirst ? [dmy, mdy] : [mdy, dmy];
  const shaped = candidates.filter((c) => c.month >= 1 && c.month <= 12 && c.day >= 1 && c.day <= 31);
  if (shaped.length === 0) return undefined;
  const realOnes = shaped.filter((c) => isRealDate(c.year, c.month, c.day));
  const chosen = realOnes[0] ?? shaped[0]!;
  const dayFirst = chosen === dmy;
  return {
    start: at,
    end: y.end,
    kind: 'numeric',
    day: dayFirst ? a : b,
    month: dayFirst ? b : a,
    year: { ...y, value: year },
    separator: sep,
    twoDigitYear,
    swappable: a.value !== b.value && a.value <= 12 && b.value <= 12,
    form: dayFirst
      ? `${a.text.length === 2 ? 'dd' : 'd'}${sep}${b.text.length === 2 ? 'MM' : 'M'}${sep}${twoDigitYear ? 'yy' : 'y'}`
      : `${a.text.length === 2 ? 'MM' : 'M'}${sep}${b.text.length === 2 ? 'dd' : 'd'}${sep}${twoDigitYear ? 'yy' : 'y'}`,
  };
}

/** A bare day before a range's dash or word ("28" in "28-29 kwietnia", "14." in "14.–15. September"). */
function readBareDay(r: Reader, at: number): Item | undefined {
  const d = r.day(at);
  if (!d) return undefined;
  let end = d.end;
  if (r.names.dayDot && r.text[end] === '.' && !/\d/.test(r.text[end + 1] ?? '')) end++;
  if (ALNUM.test(r.text[end] ?? '')) return undefined;
  return { start: at, end, kind: 'named', day: d.part, form: d.ordinal ? 'dth' : 'd' };
}

/** One end of a date at `at`; partial ends only when `partialOk`. */
function readItem(r: Reader, at: number, partialOk: boolean): Item | undefined {
  const c = r.text[at] ?? '';
  let item: Item | undefined;
  if (/\d/.test(c)) {
    item = readYearFirst(r, at) ?? readDayFirst(r, at) ?? readNumeric(r, at, partialOk);
    if (!item && partialOk) item = readBareDay(r, at);
  } else item = readMonthFirst(r, at);
  if (item) readSuffix(r, item);
  return item;
}

/** "r." or "roku" after a year (Polish), kept in the date. */
function readSuffix(r: Reader, item: Item): void {
  if (!item.year || item.year.end !== item.end) return;
  let p = item.end;
  if (r.text[p] === ' ' || r.text[p] === '\u00a0') p++;
  for (const suffix of r.names.words.yearSuffixes) {
    if (r.text.slice(p, p + suffix.length).toLowerCase() !== suffix) continue;
    const end = p + suffix.length;
    if (/\p{L}/u.test(r.text[end] ?? '')) continue;
    item.suffix = { text: r.text.slice(p, end), start: p, end, value: 0 };
    item.end = end;
    return;
  }
}

function isComplete(item: Item): boolean {
  if (item.kind === 'named') return item.day !== undefined && item.month !== undefined;
  return item.year !== undefined;
}

/** A weekday right before `at` ("Friday ", "śr. ", "we wtorek, ", "Dienstag, den "), and the
 * first weekday of a weekday range before it ("Monday to Friday, "). A full weekday name followed
 * by a full stop ends the sentence before: it is not this date's weekday. */
function weekdayBefore(
  r: Reader,
  at: number,
): { weekday: WeekdayMention; from?: WeekdayMention } | undefined {
  const patterns = weekdayPatternsOf(r.names);
  const read = (end: number, pattern: RegExp): WeekdayMention | undefined => {
    // The earliest word start in the last 40 characters from which the pattern reaches `end`. The
    // pattern is anchored at both ends and tried at word starts only, so no scan backtracks.
    const from = Math.max(0, end - 40);
    for (let start = from; start < end; start++) {
      if (!LETTER.test(r.text[start]!) || (start > 0 && LETTER.test(r.text[start - 1]!))) continue;
      const m = pattern.exec(r.text.slice(start, end));
      if (!m) continue;
      const weekday = lookupWeekday(r.names, m[1]!);
      if (!weekday || (m[2] && !weekday.abbreviation)) return undefined;
      return { index: weekday.index, text: m[1]!, start, end: start + m[1]!.length };
    }
    return undefined;
  };
  const weekday = read(at, patterns.withLinks);
  if (!weekday || weekday.start === at) return undefined;
  // "Monday to Friday", "Mo.–Fr.", "od poniedziałku do piątku".
  const before = r.text.slice(Math.max(0, weekday.start - 30), weekday.start);
  const joined = patterns.joined.exec(before);
  const from = joined ? read(weekday.start - joined[0].length, patterns.bare) : undefined;
  return { weekday, from: from && from.start !== weekday.start ? from : undefined };
}

const LETTER = /\p{L}/u;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const foldedWords = new Map<string, string>();
/** A data word folded once, not at every comparison. */
function foldedWord(word: string, lang: string): string {
  const key = `${lang}|${word}`;
  let folded = foldedWords.get(key);
  if (folded === undefined) {
    folded = foldName(word, lang);
    foldedWords.set(key, folded);
  }
  return folded;
}

interface WeekdayPatterns {
  withLinks: RegExp;
  bare: RegExp;
  joined: RegExp;
}
const weekdayPatterns = new WeakMap<DateNames, WeekdayPatterns>();

/** The look-behind patterns for weekdays, compiled once per language tag. */
function weekdayPatternsOf(names: DateNames): WeekdayPatterns {
  let p = weekdayPatterns.get(names);
  if (p) return p;
  const before = (links: readonly string[]) =>
    new RegExp(
      `^(${WEEKDAY_WORD})(\\.)?(,)?${H}{0,4}(?:\\n${H}{0,4})?${links.length ? `(?:(?:${links.map(escapeRegExp).join('|')})${H}{1,4})?` : ''}$`,
      'iu',
    );
  const words = names.words.rangeWords.map(escapeRegExp).join('|');
  p = {
    withLinks: before(names.words.weekdayLinks),
    bare: before([]),
    joined: new RegExp(`(?:${H}{0,2}[-–—]${H}{0,2}|${H}{1,3}(?:${words || '(?!)'})${H}{1,3})$`, 'iu'),
  };
  weekdayPatterns.set(names, p);
  return p;
}

/** The word before `at` is one after which numbers are not dates ("version", "nr", "art."). */
function afterNotDateWord(r: Reader, at: number): boolean {
  const last = r.text
    .slice(Math.max(0, at - 16), at)
    .trimEnd()
    .split(/\s/u)
    .pop();
  if (!last) return false;
  const word = foldName(last.replace(/[:,]$/, ''), r.names.lang);
  return r.names.words.notDateBefore.some((w) => foldedWord(w, r.names.lang) === word);
}

function value(item: Item, borrow?: Item): DateValue {
  return {
    day: item.day?.value,
    month: item.month?.value ?? borrow?.month?.value ?? 1,
    year: item.year?.value ?? borrow?.year?.value,
  };
}

function real(d: DateValue): boolean {
  return d.year === undefined || d.day === undefined || isRealDate(d.year, d.month, d.day);
}

function toDashInfo(m: RegExpExecArray, at: number): DashInfo {
  return {
    char: m[2]!,
    start: at,
    end: at + m[0].length,
    spaceBefore: m[1]!.length > 0,
    spaceAfter: m[3]!.length > 0,
  };
}

/** The mention starting at `at`, a single date or a range. */
function readMention(r: Reader, at: number): DateMention | undefined {
  const left = readItem(r, at, true);
  if (!left) return undefined;
  // The range's joint: a dash, or a range word between spaces ("to", "bis", "au", "do", "al").
  let joint: { dash?: DashInfo; connector?: string; end: number } | undefined;
  const dash = r.sticky(DASH, left.end);
  if (dash) joint = { dash: toDashInfo(dash, left.end), end: left.end + dash[0].length };
  else {
    const s = r.space(left.end);
    const word = s !== undefined ? r.wordFrom(s, r.names.words.rangeWords) : undefined;
    const s2 = word !== undefined ? r.space(word) : undefined;
    if (s2 !== undefined && s !== undefined && word !== undefined) {
      joint = { connector: r.text.slice(s, word), end: s2 };
    }
  }
  let right: Item | undefined;
  let toWeekday: WeekdayMention | undefined;
  if (joint) {
    right = readItem(r, joint.end, false);
    if (!right) {
      // A weekday before the second date ("Wednesday 28 April – Friday 30 April 2021").
      const m = r.sticky(WEEKDAY_AHEAD, joint.end);
      const weekday = m ? lookupWeekday(r.names, m[1]!) : undefined;
      if (m && weekday && (!m[2] || weekday.abbreviation)) {
        right = readItem(r, joint.end + m[0].length, false);
        if (right)
          toWeekday = { index: weekday.index, text: m[1]!, start: joint.end, end: joint.end + m[1]!.length };
      }
    }
    if (right && !compatible(left, right)) {
      right = undefined;
      toWeekday = undefined;
    }
    // Month-first ranges: "August 10 - 22, 2012" (a bare day and a year after the dash).
    if (!right && left.monthFirst) {
      const d = r.day(joint.end);
      const year = d ? r.spacedYear(d.end) : undefined;
      // The days must rise ("October 27-18" is a typo or a month boundary we cannot know).
      if (d && !ALNUM.test(r.text[d.end] ?? '') && d.part.value > (left.day?.value ?? 0)) {
        right = {
          start: joint.end,
          end: year?.end ?? d.end,
          kind: 'named',
          day: d.part,
          year,
          monthFirst: true,
          form: year ? 'd, y' : 'd',
        };
        readSuffix(r, right);
      }
    }
  }
  if (!right && !isComplete(left)) return undefined;
  if (left.kind !== 'named' && afterNotDateWord(r, at)) return undefined;
  const parts: DatePart[] = [];
  const monthWords: DateMention['monthWords'] = [];
  const addParts = (item: Item, of: 'from' | 'to') => {
    for (const role of ['day', 'month', 'year', 'suffix'] as const) {
      const p = item[role];
      if (p) parts.push({ role, of, text: p.text, start: p.start, end: p.end });
    }
    if (item.monthName) {
      monthWords.push({
        text: item.monthName.text.replace(/\.$/, ''),
        start: item.monthName.start,
        end: item.monthName.start + item.monthName.text.replace(/\.$/, '').length,
        month: item.month!.value,
      });
    }
  };
  addParts(left, 'from');
  const last = right ?? left;
  const date = right ? value(left, right) : value(left);
  let to: DateValue | undefined;
  if (right) {
    addParts(right, 'to');
    to = value(right, left.monthFirst ? left : undefined);
    // A bare right day of a month-first range takes the left's month.
    if (!right.month && left.month) to.month = left.month.value;
    if (!left.year && right.year) date.year = to.year;
    // Two bare numbers joined by a dash are a score or a page range unless the days rise.
    if (!left.month && (to.day ?? 0) <= (date.day ?? 0)) return undefined;
  }
  // A two-digit year is a guess at the century: such a date is ambiguous, not invalid.
  const invalid =
    (!real(date) || (to !== undefined && !real(to))) && !(left.kind === 'numeric' && left.twoDigitYear);
  const end = last.end;
  const mention: DateMention = {
    start: at,
    end,
    text: r.text.slice(at, end),
    kind: left.kind === 'named' && right ? right.kind : left.kind,
    lang: r.names.tag,
    form: right ? `${left.form}${joint?.dash ? '–' : ` ${joint?.connector} `}${right.form}` : left.form,
    date,
    to,
    dash: joint?.dash && right ? joint.dash : undefined,
    connector: joint?.connector && right ? joint.connector : undefined,
    separator: left.separator ?? right?.separator,
    swappable: !right ? left.swappable : undefined,
    twoDigitYear: left.twoDigitYear || right?.twoDigitYear,
    invalid,
    monthWords,
    parts,
    monthFirst: left.monthFirst,
    yearSuffix: last.suffix ? r.text.slice(last.year!.end, last.suffix.end) : undefined,
    toWeekday,
  };
  const w = weekdayBefore(r, at);
  if (w) {
    mention.weekday = w.weekday;
    mention.weekdayFrom = w.from;
  }
  return mention;
}

/** The two ends can form one range. */
function compatible(left: Item, right: Item): boolean {
  if (!isComplete(right) && !(right.monthFirst && left.monthFirst)) return false;
  if (left.kind === 'numeric' && !left.year)
    return right.kind === 'numeric' && right.separator === left.separator;
  if (left.kind === 'iso' || (left.kind === 'numeric' && left.year))
    return right.kind === left.kind || right.kind === 'numeric' || right.kind === 'iso';
  // "Day 1 - Dec/02/2019" is a day's number and a date, not a range; "September 19 - 29 September"
  // is not one either: a month-first range ends month first or with a bare day.
  if (!left.month) return right.kind !== 'iso' && !right.monthFirst;
  if (left.monthFirst && right.kind === 'named' && !right.monthFirst) return false;
  if (left.kind === 'roman') return right.kind === 'roman';
  return right.kind === 'named' || (left.monthName !== undefined && right.kind === 'roman');
}

/** URLs, e-mail addresses and Hugo shortcodes (`{{< ref "2013-06-11-slug.md" >}}`) are masked
 * (same length) before searching: file names and links are not dates a reader meets. Done with a
 * scan rather than one regex, whose e-mail and shortcode parts backtrack polynomially on long runs. */
const URL_START = /^(?:https?:\/\/|www\.)/i;
const EMAIL = /^[\w.+-]+@/;

export function maskUrls(text: string): string {
  // Most text blocks hold none of what is masked; they are returned as they are.
  if (!MAYBE_MASKED.test(text)) return text;
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) out[i] = ' ';
  };
  // Shortcodes first: they may contain spaces.
  for (let open = text.indexOf('{{'); open !== -1; ) {
    const kind = text[open + 2];
    const close = kind === '<' || kind === '%' ? text.indexOf('}}', open + 3) : -1;
    if (close === -1) {
      open = text.indexOf('{{', open + 2);
      continue;
    }
    blank(open, close + 2);
    open = text.indexOf('{{', close + 2);
  }
  // Then tokens that start like a URL or an e-mail address, up to whitespace, <, > or ".
  let i = 0;
  while (i < text.length) {
    while (i < text.length && TOKEN_END.test(text[i]!)) i++;
    let end = i;
    while (end < text.length && !TOKEN_END.test(text[end]!)) end++;
    const token = text.slice(i, end);
    const at = token.search(/https?:\/\/|www\./i);
    if (URL_START.test(token) || EMAIL.test(token)) blank(i, end);
    else if (at > 0) blank(i + at, end);
    i = end;
  }
  return out.join('');
}

/** What every masked span needs: a shortcode's `{{`, an address's `@`, a URL's start. */
const MAYBE_MASKED = /\{\{|@|https?:\/\/|www\./i;
const TOKEN_END = /[\s<>"]/;

/** Every date mention in `text`, for a post in language `tag` (`pl`, `de-AT`). */
export function findDates(input: string, tag: string): DateMention[] {
  if (!/\d/.test(input)) return [];
  const names = dateNames(tag);
  const text = maskUrls(input);
  const r = new Reader(text, names);
  const found: DateMention[] = [];
  const monthFirst = names.words.monthFirst;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text[i - 1]! : ' ';
    // Character classes tested on char codes where the character is ASCII (most of any text):
    // the regular expressions they stand for were a tenth of finding dates.
    const startsNumber = isDigit(c) && !isDigit(prev.charCodeAt(0)) && !NUMBER_BEFORE.test(prev);
    const startsWord =
      monthFirst &&
      !startsNumber &&
      isLetter(text[i]!) &&
      !isWordChar(prev) &&
      (c >= 128 || text.charCodeAt(i + 1) >= 0x300 || asciiMayStartMonth(names, text[i]!));
    const mention = startsNumber || startsWord ? readMention(r, i) : undefined;
    if (mention && !(startsWord && /[\p{N}]/u.test(prev))) {
      mention.text = input.slice(mention.start, mention.end);
      found.push(mention);
      i = mention.end;
    } else i++;
  }
  return found;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** `/\p{L}/u` for one UTF-16 code unit. */
function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(ch);
}

/** `/[\p{L}\p{N}_]/u` for one UTF-16 code unit. */
function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128)
    return isDigit(code) || code === 95 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ALNUM.test(ch);
}
