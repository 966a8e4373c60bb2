import { findDates } from '../src/dates/find.js';
import { datesOf, isoDay, overlaps, parseMetaDate } from '../src/dates/meta.js';
import { dateTag } from '../src/dates/post-dates.js';
import { fieldName } from '../src/engine/field-names.js';
import { defineRule } from '../src/engine/rule.js';
import { attr, rangeOf, textOf } from '../src/hast/util.js';
import { isPathOrigin, originGroup } from '../src/parse/fields.js';

/** The visible publication date, `<time datetime>` and the metadata (front matter, meta tags,
 * JSON-LD, CMS fields) name different days. Values are compared as spans of possible instants, so
 * a local time and its UTC twin (WordPress `date` and `date_gmt`) never disagree. File-path dates
 * are not compared: they are not published. */
export default defineRule({
  id: 'date-inconsistent',
  severity: 'warning',
  wcag: [],
  techniques: [],
  tags: ['dates'],
  description: {
    en: 'Visible date, <time datetime> and metadata disagree',
    pl: 'Widoczna data, <time datetime> i metadane się nie zgadzają',
  },
  why: {
    en: 'Screen readers, search engines and feed readers read the machine-readable date while sighted readers see the visible one; when they differ, people get different answers to "when was this published?".',
    pl: 'Czytniki ekranu, wyszukiwarki i czytniki RSS odczytują datę z kodu, a osoby widzące — datę na stronie; gdy się różnią, ludzie dostają różne odpowiedzi na pytanie „kiedy to opublikowano?”.',
  },
  fix: {
    en: 'Make the visible date, the datetime attribute and the metadata name the same day.',
    pl: 'Ustaw ten sam dzień w widocznej dacie, w atrybucie datetime i w metadanych.',
  },
  messages: {
    fields: {
      en: 'The publication date {other} ({otherField}) differs from {primary} ({primaryField}).',
      pl: 'Data publikacji {other} ({otherField}) różni się od {primary} ({primaryField}).',
    },
    time: {
      en: 'The visible date "{text}" differs from its datetime attribute "{datetime}".',
      pl: 'Widoczna data „{text}” różni się od atrybutu datetime „{datetime}”.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Visible text and datetime name different days',
        format: 'html',
        content:
          '<!doctype html><html lang="en"><head><title>Notice</title></head><body><h1>Notice</h1><p>Published <time datetime="2021-04-28">3 May 2021</time></p></body></html>',
        expected: [{ line: 1, messageId: 'time' }],
      },
    ],
    correct: [
      {
        title: 'The same day everywhere',
        format: 'html',
        content:
          '<!doctype html><html lang="en"><head><title>Notice</title><meta property="article:published_time" content="2021-04-28T09:00:00+02:00"></head><body><h1>Notice</h1><p>Published <time datetime="2021-04-28">28 April 2021</time></p></body></html>',
      },
    ],
  },
  check({ post, index, lang, locale, report }) {
    const dates = datesOf(post.meta.published, lang).filter((d) => !isPathOrigin(d.field.origin));
    const primary = dates[0];
    if (primary) {
      const group = originGroup(primary.field.origin);
      const reported = new Set<string>();
      for (const other of dates.slice(1)) {
        if (originGroup(other.field.origin) === group || overlaps(primary.value, other.value)) continue;
        const day = isoDay(other.value.date);
        if (reported.has(day)) continue;
        reported.add(day);
        report({
          messageId: 'fields',
          data: {
            other: day,
            otherField: fieldName(other.field, locale),
            primary: isoDay(primary.value.date),
            primaryField: fieldName(primary.field, locale),
          },
          field: other.field,
          excerpt: other.field.value,
        });
      }
    }
    for (const el of index.byTag('time')) {
      const datetime = attr(el, 'datetime')?.trim();
      if (!datetime) continue;
      const machine = parseMetaDate(datetime, lang);
      if (!machine.ok) continue;
      const text = textOf(el).trim();
      const visible = findDates(text, dateTag(post)).find(
        (d) => d.date.year !== undefined && d.date.day !== undefined && !d.to,
      );
      if (!visible || visible.invalid || visible.swappable) continue;
      const shown = parseMetaDate(visible.text, lang);
      if (!shown.ok || overlaps(shown.value, machine.value)) continue;
      report({
        messageId: 'time',
        data: { text: visible.text, datetime },
        position: rangeOf(el),
        excerpt: text,
      });
    }
  },
});
