import { parseMetaDate } from '../src/dates/meta.js';
import { postDates } from '../src/dates/post-dates.js';
import { fieldName } from '../src/engine/field-names.js';
import { defineRule } from '../src/engine/rule.js';
import { attr, rangeOf } from '../src/hast/util.js';
import { isVisibleOrigin } from '../src/parse/fields.js';

/** A date that cannot exist: 2021-02-30, 31.04.2021, month 13 in a date field. Text is checked only
 * where the shape is unmistakably a date (a four-digit year); a number that merely looks like one
 * is left alone. */
export default defineRule({
  id: 'date-invalid',
  severity: 'error',
  wcag: [],
  techniques: [],
  tags: ['dates'],
  description: {
    en: 'Date that does not exist',
    pl: 'Data, która nie istnieje',
  },
  why: {
    en: 'A date like 30 February cannot be right: readers do not know when the event was, and software (calendars, feeds, search engines) rejects or shifts it.',
    pl: 'Data taka jak 30 lutego nie może być prawdziwa: czytelnik nie wie, kiedy było wydarzenie, a programy (kalendarze, kanały RSS, wyszukiwarki) ją odrzucą albo przesuną.',
  },
  fix: {
    en: 'Correct the day or the month.',
    pl: 'Popraw dzień albo miesiąc.',
  },
  messages: {
    text: {
      en: '"{text}" is not a real date.',
      pl: '„{text}” nie jest prawdziwą datą.',
    },
    field: {
      en: 'The date "{text}" in {field} is not a real date ({detail}).',
      pl: 'Data „{text}” ({field}) nie jest prawdziwą datą ({detail}).',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'February 30 in front matter',
        format: 'markdown',
        content: '---\ntitle: Notice\ndate: 2021-02-30\nlang: en\n---\n\nText.\n',
        expected: [{ line: 3, messageId: 'field' }],
      },
    ],
    correct: [
      {
        title: 'A leap day in a leap year',
        format: 'markdown',
        content: '---\ntitle: Notice\ndate: 2024-02-29\nlang: en\n---\n\nText.\n',
      },
    ],
  },
  check({ post, index, lang, locale, report }) {
    for (const field of [...post.meta.published, ...post.meta.modified]) {
      // Labelled fields are text (checked below); <time> elements are checked one by one.
      if (isVisibleOrigin(field.origin)) continue;
      const parsed = parseMetaDate(field.value, lang, { utc: field.origin.utc });
      if (parsed.ok || parsed.reason !== 'invalid') continue;
      report({
        messageId: 'field',
        data: { text: field.value, field: fieldName(field, locale), detail: parsed.detail },
        field,
        excerpt: field.value,
      });
    }
    for (const el of index.byTag('time')) {
      const value = attr(el, 'datetime')?.trim();
      if (!value) continue;
      const parsed = parseMetaDate(value, 'en');
      if (parsed.ok || parsed.reason !== 'invalid') continue;
      report({
        messageId: 'field',
        data: { text: value, source: '<time datetime>', detail: parsed.detail },
        position: rangeOf(el),
        excerpt: value,
      });
    }
    for (const occurrence of postDates(post)) {
      if (!occurrence.mention.invalid) continue;
      report({
        messageId: 'text',
        data: { text: occurrence.mention.text },
        position: occurrence.position,
        field: occurrence.field,
        excerpt: occurrence.mention.text,
      });
    }
  },
});
