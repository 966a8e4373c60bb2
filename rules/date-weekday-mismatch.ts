import { type DateValue, weekdayOf } from '../src/dates/calendar.js';
import type { WeekdayMention } from '../src/dates/find.js';
import { formatDate } from '../src/dates/format.js';
import { dateNames, foldName, weekdayCase } from '../src/dates/names.js';
import { dateTag, postDates } from '../src/dates/post-dates.js';
import { defineRule } from '../src/engine/rule.js';

/** "Friday 15 June 2023" — 15 June 2023 was a Thursday. One of the two is wrong, and readers who
 * plan by the weekday come on the wrong day. Only dates with a year are checked. */
export default defineRule({
  id: 'date-weekday-mismatch',
  severity: 'warning',
  wcag: [],
  techniques: [],
  tags: ['dates'],
  description: {
    en: 'Weekday does not match its date',
    pl: 'Dzień tygodnia nie zgadza się z datą',
  },
  why: {
    en: 'When the weekday and the date disagree, readers cannot know which one is right; people who rely on the weekday (and people with cognitive disabilities who take text literally) come on the wrong day.',
    pl: 'Gdy dzień tygodnia nie zgadza się z datą, czytelnik nie wie, co jest prawdą; osoby kierujące się dniem tygodnia (i osoby z niepełnosprawnościami poznawczymi, które czytają tekst dosłownie) przyjdą w złym dniu.',
  },
  fix: {
    en: 'Check the date and correct either the weekday or the date.',
    pl: 'Sprawdź datę i popraw dzień tygodnia albo datę.',
  },
  messages: {
    mismatch: {
      en: '"{text}": {date} was a {actual}, not a {written}.',
      pl: '„{text}”: {date} to {actual}, nie {written}.',
    },
  },
  examples: {
    incorrect: [
      {
        title: '15 June 2023 was a Thursday',
        format: 'markdown',
        content:
          '---\ntitle: Fair\ndate: 2023-06-01\nlang: en\n---\n\nThe fair opens on Friday 15 June 2023.\n',
        expected: [{ line: 7, messageId: 'mismatch' }],
      },
    ],
    correct: [
      {
        title: 'Weekday and date agree',
        format: 'markdown',
        content:
          '---\ntitle: Fair\ndate: 2023-06-01\nlang: en\n---\n\nThe fair opens on Thursday 15 June 2023.\n',
      },
    ],
  },
  check({ post, locale, report }) {
    const names = dateNames(dateTag(post));
    const lang = names.lang;
    for (const occurrence of postDates(post)) {
      const { mention } = occurrence;
      if (mention.invalid) continue;
      // "Monday to Friday, 28–30 April": the weekday range's ends against the date range's ends;
      // a weekday range before a single date says nothing about that date.
      const checks: Array<[WeekdayMention | undefined, DateValue | undefined]> = mention.weekdayFrom
        ? mention.to
          ? [
              [mention.weekdayFrom, mention.date],
              [mention.weekday, mention.to],
            ]
          : []
        : [[mention.weekday, mention.date]];
      if (mention.toWeekday) checks.push([mention.toWeekday, mention.to]);
      for (const [weekday, date] of checks) {
        if (!weekday || !date || date.year === undefined || date.day === undefined) continue;
        const actual = weekdayOf(date.year, date.month, date.day);
        if (actual === weekday.index) continue;
        const start = weekday.start;
        const text = `${occurrence.block?.text.slice(start, mention.end) ?? `${weekday.text} ${mention.text}`}`;
        // In the case the writer used: "w piątek" → "w sobotę", "do czwartku" → "do piątku".
        const before = occurrence.block ? wordBefore(occurrence.block.text, start) : undefined;
        const inCase = weekdayCase(names, weekday.index, weekday.text, before);
        let actualName = inCase?.forms[actual] ?? names.weekdayNames[actual] ?? '';
        if (weekday.text[0] !== weekday.text[0]?.toLocaleLowerCase(lang)) {
          actualName = actualName.charAt(0).toLocaleUpperCase(lang) + actualName.slice(1);
        }
        // The full name replaces an abbreviation with its dot: "pt. 1 maja" → "sobotę 1 maja".
        const dotted =
          names.weekdays.get(foldName(weekday.text, lang))?.abbreviation === true &&
          text[weekday.text.length] === '.';
        const written = dotted ? `${weekday.text}.` : weekday.text;
        const weekdayRange = occurrence.rangeOf(weekday.start, weekday.start + written.length);
        report({
          messageId: 'mismatch',
          data: {
            text,
            // A single date is quoted as written ("1er juin 2018"); a range's end is written out.
            date:
              date === mention.date && !mention.to
                ? mention.text
                : formatDate(date, names.tag, mention.yearSuffix),
            actual: names.weekdayNames[actual] ?? '',
            // "nie środa", not "nie środę": an inflected weekday is named in the nominative.
            written: inCase ? (names.weekdayNames[weekday.index] ?? weekday.text) : weekday.text,
          },
          position: occurrence.rangeOf(start, mention.end) ?? occurrence.position,
          field: occurrence.field,
          excerpt: text,
          suggestion: actualName + text.slice(written.length),
          // Which of the two is wrong is the writer's call: offer the weekday the date has.
          suggestions: weekdayRange
            ? [
                {
                  desc: locale === 'pl' ? `Zmień na „${actualName}”` : `Change to "${actualName}"`,
                  position: weekdayRange,
                  text: actualName,
                  expected: written,
                },
              ]
            : undefined,
        });
      }
    }
  },
});

const LETTER = /\p{L}/u;

/** The word that ends just before `end` (spaces between), or undefined. */
function wordBefore(text: string, end: number): string | undefined {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  const last = i;
  while (i > 0 && LETTER.test(text[i - 1]!)) i--;
  return i < last ? text.slice(i, last) : undefined;
}
