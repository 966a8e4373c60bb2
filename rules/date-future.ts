import { datesOf, isoDay } from '../src/dates/meta.js';
import { fieldName } from '../src/engine/field-names.js';
import { defineRule } from '../src/engine/rule.js';

/** A publication date later than now, on a post that is not a draft or scheduled: usually a typo
 * in the year, and feeds and readers see a post "from the future". Time zones never cause a
 * finding: a value is future only when even its earliest possible instant is after now. */
export default defineRule({
  id: 'date-future',
  severity: 'warning',
  wcag: [],
  techniques: [],
  tags: ['dates'],
  description: {
    en: 'Publication date is in the future',
    pl: 'Data publikacji jest w przyszłości',
  },
  why: {
    en: 'A post dated in the future confuses readers about whether the information is current, and is usually a typo in the year.',
    pl: 'Wpis z datą z przyszłości myli czytelnika co do aktualności informacji; zwykle to literówka w roku.',
  },
  fix: {
    en: 'Correct the date, or mark the post as a draft or scheduled post until it is published.',
    pl: 'Popraw datę albo oznacz wpis jako szkic lub zaplanowany, dopóki nie zostanie opublikowany.',
  },
  messages: {
    future: {
      en: 'The publication date {date} ({field}) is in the future.',
      pl: 'Data publikacji {date} ({field}) jest w przyszłości.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A year typed wrong',
        format: 'markdown',
        content: '---\ntitle: Notice\ndate: 2099-04-28\nlang: en\n---\n\nText.\n',
        expected: [{ line: 3, messageId: 'future' }],
      },
    ],
    correct: [
      {
        title: 'A scheduled draft',
        format: 'markdown',
        content: '---\ntitle: Notice\ndate: 2099-04-28\ndraft: true\nlang: en\n---\n\nText.\n',
      },
    ],
  },
  check({ post, lang, settings, locale, report }) {
    if (post.meta.draft) return;
    const now = settings.now.getTime();
    const seen = new Set<string>();
    for (const { field, value } of datesOf(post.meta.published, lang)) {
      if (value.earliest <= now) continue;
      const day = isoDay(value.date);
      if (seen.has(day)) continue;
      seen.add(day);
      report({
        messageId: 'future',
        data: { date: day, field: fieldName(field, locale) },
        field,
        excerpt: field.value,
      });
    }
  },
});
