import { datesOf, isBefore, isoDay } from '../src/dates/meta.js';
import { fieldName } from '../src/engine/field-names.js';
import { defineRule } from '../src/engine/rule.js';
import { isMetadataOrigin, originGroup } from '../src/parse/fields.js';

/** An update date earlier than the publication date: one of them is wrong. Spans are compared, so
 * a floating local time and a UTC time of the same moment never disagree. */
export default defineRule({
  id: 'date-modified-before-published',
  severity: 'error',
  wcag: [],
  techniques: [],
  tags: ['dates'],
  description: {
    en: 'Update date is earlier than the publication date',
    pl: 'Data aktualizacji jest wcześniejsza niż data publikacji',
  },
  why: {
    en: 'A post cannot be updated before it was published; readers cannot tell which date is true, and public bodies must state both correctly.',
    pl: 'Wpisu nie można zaktualizować przed jego publikacją; czytelnik nie wie, która data jest prawdziwa, a podmioty publiczne muszą podawać obie poprawnie.',
  },
  fix: {
    en: 'Correct the publication date or the update date.',
    pl: 'Popraw datę publikacji albo datę aktualizacji.',
  },
  messages: {
    before: {
      en: 'The update date {modified} ({field}) is earlier than the publication date {published}.',
      pl: 'Data aktualizacji {modified} ({field}) jest wcześniejsza niż data publikacji {published}.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Updated a year before publication',
        format: 'markdown',
        content: '---\ntitle: Notice\ndate: 2021-04-28\nupdated: 2020-04-28\nlang: en\n---\n\nText.\n',
        expected: [{ line: 4, messageId: 'before' }],
      },
    ],
    correct: [
      {
        title: 'Updated after publication',
        format: 'markdown',
        content: '---\ntitle: Notice\ndate: 2021-04-28\nupdated: 2021-05-02\nlang: en\n---\n\nText.\n',
      },
    ],
  },
  check({ post, lang, locale, report }) {
    const allPublished = datesOf(post.meta.published, lang);
    for (const { field, value } of datesOf(post.meta.modified, lang)) {
      // Compare like with like: a visible "Updated:" with the visible "Published:", a CMS's
      // modified with its own date; a visible date is only compared with metadata when it is alone.
      const group = originGroup(field.origin);
      const published =
        allPublished.find((p) => originGroup(p.field.origin) === group) ??
        (isMetadataOrigin(field.origin)
          ? allPublished.find((p) => isMetadataOrigin(p.field.origin))
          : undefined);
      if (!published || !isBefore(value, published.value)) continue;
      report({
        messageId: 'before',
        data: {
          modified: isoDay(value.date),
          field: fieldName(field, locale),
          published: isoDay(published.value.date),
        },
        field,
        excerpt: field.value,
      });
    }
  },
});
