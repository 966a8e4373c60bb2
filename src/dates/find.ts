// The date finder: every date written in a piece of text, in the text's language — numeric
// (`28.04.2021`, `04/05/2021`, `2021-04-28`), with month names in any grammatical form
// ("28 kwietnia 2021 r.", "15 marzec", "14. September 2024", "June 15, 2023", "3 de mayo de 2024"),
// with a weekday before it, and ranges ("28.04- 29.04.2021", "28-29 kwietnia", "28 kwietnia – 3 maja").
// Each mention keeps its offsets in the text. All patterns are built once per language and are
// linear: every quantifier is bounded or followed by a character it cannot match.
import { type DateValue, fullYear, isRealDate } from './calendar.js';
import { type DateNames, dateNames, lookupMonth, lookupWeekday } from './names.js';

export type MentionKind = 'numeric' | 'iso' | 'named';

export interface DashInfo {
  char: string;
  /** Offsets of the dash and of the whitespace around it, in the text. */
  start: number;
  end: number;
  spaceBefore: boolean;
  spaceAfter: boolean;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  date: DateValue;
  /** The end of a range ("29" in "28-29 kwietnia"). */
  to?: DateValue;
  dash?: DashInfo;
  /** For numeric dates: the separator and whether day and month could be swapped. */
  separator?: string;
  swappable?: boolean;
  twoDigitYear?: boolean;
  /** The date cannot exist (31.04.2021, 30 lutego 2021). */
  invalid?: boolean;
  /** Month names as written, with their offsets (for the Polish month-form rule). */
  monthWords: Array<{ text: string; start: number; end: number; month: number }>;
  weekday?: { index: number; text: string; start: number };
  /** Written month first ("June 15, 2023"). */
  monthFirst?: boolean;
  /** Polish " r." / " roku" after the year, included in `end`. */
  yearSuffix?: string;
}

const SP = '[ \\t\\u00a0]';
const BEFORE = '(?<![\\p{L}\\p{N}_./:\\-–])';
const AFTER = '(?![\\p{L}\\p{N}_]|[./\\-]\\p{N})';
const ORD = '(?:\\.|er|st|nd|rd|th|º)?';
const DASH = `(${SP}*)([-–—])(${SP}*)`;

interface Patterns {
  names: DateNames;
  all: RegExp;
}

const patternCache = new Map<string, Patterns>();

function patterns(lang: string): Patterns {
  const key = lang.toLowerCase();
  const hit = patternCache.get(key);
  if (hit) return hit;
  const names = dateNames(key);
  const M = `(${names.monthPattern})\\.?(?!\\p{L})`;
  const YEAR = `(?:,?${SP}+(?:de${SP}+)?(\\d{4})${AFTER})?`;
  // One alternation, tried left to right at each position; named groups say which matched.
  const alternatives = [
    // 28.04- 29.04.2021, 28.04.2021 - 29.04.2021
    `(?<nr>${BEFORE}(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}))?\\.?${DASH}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${AFTER})`,
    // 28-29.04.2021
    `(?<nd>${BEFORE}(\\d{1,2})\\.?${DASH}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${AFTER})`,
    // 2021-04-28
    `(?<iso>(?<![\\p{L}\\p{N}_./:\\-])(\\d{4})([\\-/.])(\\d{1,2})\\k<isosep>(\\d{1,2})(?:(?=T\\d)|${AFTER}(?![_\\-/.][\\p{L}\\p{N}])))`,
    // 28.04.2021, 04/05/2021, 28-04-2021, 28.04.21
    `(?<num>${BEFORE}(\\d{1,2})([./\\-])(\\d{1,2})\\k<numsep>(\\d{4}|\\d{2})${AFTER})`,
    // 28-29 kwietnia 2021, 28 kwietnia 2021, 14. September, 3 de mayo de 2024, 15th of June
    `(?<dm>${BEFORE}(\\d{1,2})${ORD}(?:${DASH}(\\d{1,2})${ORD})?${SP}+(?:(?:de|of)${SP}+)?${M}${YEAR})`,
    // June 15, 2023; June 15-16, 2023
    `(?<md>(?<![\\p{L}\\p{N}])${M}${SP}+(\\d{1,2})(?:st|nd|rd|th)?(?:${DASH}(\\d{1,2})(?:st|nd|rd|th)?)?(?![\\p{L}\\p{N}])${YEAR})`,
  ];
  // Named groups must be unique: give the two separators names and use plain groups elsewhere.
  let source = alternatives.join('|');
  source = source.replace('([\\-/.])', '(?<isosep>[\\-/.])').replace('([./\\-])', '(?<numsep>[./\\-])');
  const result = { names, all: new RegExp(source, 'dgiu') };
  patternCache.set(key, result);
  return result;
}

/** Words that make the number after them a version, not a date ("version 2.10.2021", "v2.10"). */
const VERSION_BEFORE =
  /(?:version|versions|wersj[aię]|wersji|versión|versione|release|build|ver\.?|v|rev\.?|node|php|python|ruby|java)\s*$/i;

/** URLs, e-mail addresses and Hugo shortcodes (`{{< ref "2013-06-11-slug.md" >}}`) are masked
 * (same length) before searching: file names and links are not dates a reader meets. Done with a
 * scan rather than one regex, whose e-mail and shortcode parts backtrack polynomially on long runs. */
const URL_START = /^(?:https?:\/\/|www\.)/i;
const EMAIL = /^[\w.+-]+@/;

export function maskUrls(text: string): string {
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
    while (i < text.length && /[\s<>"]/.test(text[i]!)) i++;
    let end = i;
    while (end < text.length && !/[\s<>"]/.test(text[end]!)) end++;
    const token = text.slice(i, end);
    const at = token.search(/https?:\/\/|www\./i);
    if (URL_START.test(token) || EMAIL.test(token)) blank(i, end);
    else if (at > 0) blank(i + at, end);
    i = end;
  }
  return out.join('');
}

/** Every date mention in `text`, for a post in language `lang`. */
export function findDates(input: string, lang: string): DateMention[] {
  if (!/\d/.test(input)) return [];
  const { names, all } = patterns(lang);
  const text = maskUrls(input);
  const found: DateMention[] = [];
  all.lastIndex = 0;
  for (let m = all.exec(text); m !== null; m = all.exec(text)) {
    const mention = toMention(m, names);
    if (mention && !VERSION_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start))) {
      found.push(mention);
    }
  }
  return attachWeekdays(mergeNamedRanges(found, text), text, names).map((d) => {
    addYearSuffix(d, text, names.lang);
    d.text = input.slice(d.start, d.end);
    return d;
  });
}

function int(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number.parseInt(s, 10);
}

function toMention(m: RegExpExecArray, names: DateNames): DateMention | undefined {
  const g = m.groups ?? {};
  const start = m.index;
  const end = start + m[0].length;
  const base = { start, end, text: m[0], monthWords: [] as DateMention['monthWords'] };
  // Group numbers inside the combined pattern: find the first defined group after the named one.
  const groupsAfter = (name: string): Array<string | undefined> => m.slice(groupIndex(m, name) + 1);
  // The dash of a range: its group of leading spaces is `first` groups after the named group.
  const dashOf = (name: string, first: number): DashInfo => {
    const i = groupIndex(m, name) + first;
    const before = m[i] ?? '';
    const char = m[i + 1] ?? '-';
    const after = m[i + 2] ?? '';
    const at = m.indices?.[i]?.[0] ?? start;
    return {
      char,
      start: at,
      end: at + before.length + char.length + after.length,
      spaceBefore: before.length > 0,
      spaceAfter: after.length > 0,
    };
  };
  if (g.nr !== undefined) {
    const [d1, m1, y1, , , , d2, m2, y2] = groupsAfter('nr');
    const year = int(y2)!;
    const from = { day: int(d1)!, month: int(m1)!, year: int(y1) ?? year };
    const to = { day: int(d2)!, month: int(m2)!, year };
    if (!plausible(from) || !plausible(to)) return undefined;
    return {
      ...base,
      kind: 'numeric',
      separator: '.',
      date: from,
      to,
      dash: dashOf('nr', 4),
      invalid: !real(from) || !real(to),
    };
  }
  if (g.nd !== undefined) {
    const [d1, , , , d2, mo, y] = groupsAfter('nd');
    const month = int(mo)!;
    const year = int(y)!;
    const from = { day: int(d1)!, month, year };
    const to = { day: int(d2)!, month, year };
    if (!plausible(from) || !plausible(to) || from.day >= to.day) return undefined;
    return {
      ...base,
      kind: 'numeric',
      separator: '.',
      date: from,
      to,
      dash: dashOf('nd', 2),
      invalid: !real(from) || !real(to),
    };
  }
  if (g.iso !== undefined) {
    const [y, , mo, d] = groupsAfter('iso');
    const date = { year: int(y)!, month: int(mo)!, day: int(d)! };
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return undefined;
    return { ...base, kind: 'iso', separator: m.groups?.isosep, date, invalid: !real(date) };
  }
  if (g.num !== undefined) {
    const [a, sep, b, y] = groupsAfter('num');
    return numeric(base, a!, sep!, b!, y!, names);
  }
  if (g.dm !== undefined) {
    const [d1, , , , d2, monthText, y] = groupsAfter('dm');
    const month = lookupMonth(names, monthText!);
    if (!month) return undefined;
    const year = int(y);
    const from = { day: int(d1)!, month: month.month, year };
    const to = d2 !== undefined ? { day: int(d2)!, month: month.month, year } : undefined;
    if (!dayOk(from.day) || (to && (!dayOk(to.day) || to.day <= from.day))) return undefined;
    const monthStart = m.indices?.[groupIndex(m, 'dm') + 6]?.[0] ?? start;
    return {
      ...base,
      ...sentenceDot(base, month, y),
      kind: 'named',
      date: from,
      to,
      dash: to ? dashOf('dm', 2) : undefined,
      monthWords: [
        { text: monthText!, start: monthStart, end: monthStart + monthText!.length, month: month.month },
      ],
      invalid: year !== undefined && (!real(from) || (to !== undefined && !real(to))),
    };
  }
  if (g.md !== undefined) {
    const [monthText, d1, , , , d2, y] = groupsAfter('md');
    const month = lookupMonth(names, monthText!);
    // Month-first order is English; elsewhere "sie 10" is not August the 10th.
    if (!month || names.lang !== 'en') return undefined;
    const year = int(y);
    const from = { day: int(d1)!, month: month.month, year };
    const to = d2 !== undefined ? { day: int(d2)!, month: month.month, year } : undefined;
    if (!dayOk(from.day) || (to && (!dayOk(to.day) || to.day <= from.day))) return undefined;
    return {
      ...base,
      kind: 'named',
      date: from,
      to,
      dash: to ? dashOf('md', 3) : undefined,
      monthFirst: true,
      monthWords: [{ text: monthText!, start, end: start + monthText!.length, month: month.month }],
      ...sentenceDot(base, month, y),
      invalid: year !== undefined && (!real(from) || (to !== undefined && !real(to))),
    };
  }
  return undefined;
}

/** "Pochód 1 maj." — the full stop after a full month name ends the sentence, not an abbreviation. */
function sentenceDot(
  base: { end: number; text: string },
  month: { forms: Set<string> },
  year: string | undefined,
): { end: number; text: string } {
  if (
    year !== undefined ||
    !base.text.endsWith('.') ||
    (month.forms.has('short') && !month.forms.has('format') && !month.forms.has('standalone'))
  ) {
    return base;
  }
  return { end: base.end - 1, text: base.text.slice(0, -1) };
}

function groupIndex(m: RegExpExecArray, name: string): number {
  // The named group's index: the first index whose value equals the group's value and whose
  // position is the match start (named groups are outermost in each alternative).
  const value = m.groups?.[name];
  for (let i = 1; i < m.length; i++) if (m[i] === value && value !== undefined) return i;
  return 0;
}

function dayOk(day: number): boolean {
  return day >= 1 && day <= 31;
}

function plausible(d: DateValue): boolean {
  return dayOk(d.day ?? 0) && d.month >= 1 && d.month <= 12;
}

function real(d: DateValue): boolean {
  return d.year === undefined || d.day === undefined || isRealDate(d.year, d.month, d.day);
}

function numeric(
  base: Pick<DateMention, 'start' | 'end' | 'text' | 'monthWords'>,
  a: string,
  sep: string,
  b: string,
  y: string,
  names: DateNames,
): DateMention | undefined {
  const twoDigitYear = y.length === 2;
  // A hyphenated date needs a full year ("12-05-34" is a phone number); a two-digit year needs
  // two-digit day and month ("1.10.20" is a version).
  if (sep === '-' && twoDigitYear) return undefined;
  if (twoDigitYear && (a.length !== 2 || b.length !== 2)) return undefined;
  const first = int(a)!;
  const second = int(b)!;
  const year = fullYear(int(y)!, y.length);
  const dmy = { day: first, month: second, year };
  const mdy = { day: second, month: first, year };
  // Dots and hyphens are day-first everywhere; slashes are month-first in American English.
  const candidates = sep === '/' ? (names.lang === 'en' ? [mdy, dmy] : [dmy, mdy]) : [dmy];
  const realOnes = candidates.filter((c) => c.month <= 12 && c.day >= 1 && c.month >= 1 && real(c));
  const shaped = candidates.filter((c) => plausible(c));
  if (shaped.length === 0) return undefined;
  const date = realOnes[0] ?? shaped[0]!;
  return {
    ...base,
    kind: 'numeric',
    separator: sep,
    date,
    swappable: first !== second && first <= 12 && second <= 12,
    twoDigitYear,
    invalid: realOnes.length === 0 && !twoDigitYear,
  };
}

/** "28 kwietnia – 3 maja 2021": two named dates joined by a dash are one range. */
function mergeNamedRanges(found: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const d of found) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === 'named' &&
      d.kind === 'named' &&
      !prev.to &&
      !d.to &&
      prev.date.year === undefined
    ) {
      const between = text.slice(prev.end, d.start);
      const m = /^([ \t\u00a0]*)([-–—])([ \t\u00a0]*)$/.exec(between);
      if (m) {
        out[out.length - 1] = {
          ...prev,
          end: d.end,
          date: { ...prev.date, year: d.date.year },
          to: d.date,
          dash: {
            char: m[2]!,
            start: prev.end,
            end: d.start,
            spaceBefore: m[1]!.length > 0,
            spaceAfter: m[3]!.length > 0,
          },
          monthWords: [...prev.monthWords, ...d.monthWords],
          invalid: prev.invalid || d.invalid,
        };
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

const WEEKDAY_BEFORE =
  /(?<!\p{L})(\p{L}+)\.?,?[ \t\u00a0]+(?:(?:the|dem|den|le|el|w|we|am|on)[ \t\u00a0]+)?$/u;

function attachWeekdays(found: DateMention[], text: string, names: DateNames): DateMention[] {
  for (const d of found) {
    if (d.kind === 'iso') continue;
    const before = text.slice(Math.max(0, d.start - 30), d.start);
    const m = WEEKDAY_BEFORE.exec(before);
    if (!m) continue;
    const index = lookupWeekday(names, m[1]!);
    if (index === undefined) continue;
    d.weekday = { index, text: m[1]!, start: d.start - before.length + m.index };
  }
  return found;
}

function addYearSuffix(d: DateMention, text: string, lang: string): void {
  if (lang !== 'pl') return;
  const last = d.to ?? d.date;
  if (last.year === undefined) return;
  const m = /^[ \t\u00a0]?(?:r\.|roku(?!\p{L}))/u.exec(text.slice(d.end, d.end + 6));
  if (!m) return;
  d.yearSuffix = m[0];
  d.end += m[0].length;
}
