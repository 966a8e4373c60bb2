import { dateNames } from '../src/dates/names.js';
import { dateTag, postDates } from '../src/dates/post-dates.js';
import { inWords } from '../src/dates/suggest.js';
import { defineRule } from '../src/engine/rule.js';

/** A numeric date whose day and month could be swapped (`04/05/2021`: 4 May or April 5?) or with a
 * two-digit year (`28.04.21`). The language's own numeric form is not ambiguous to its readers:
 * `28.04.2021` and `04.05.2021` are the normal Polish and German form (decided from Intl). */
export default defineRule({
  id: 'date-ambiguous',
  severity: 'warning',
  wcag: [],
  techniques: [],
  tags: ['dates'],
  description: {
    en: 'Numeric date that can be read two ways',
    pl: 'Data liczbowa, którą można odczytać na dwa sposoby',
  },
  why: {
    en: '"04/05/2021" is 4 May in Europe and April 5 in the United States; readers of a translated page, and people with cognitive disabilities, cannot tell which one is meant. A two-digit year hides the century.',
    pl: '„04/05/2021” to 4 maja w Europie i 5 kwietnia w USA; czytelnik tłumaczenia strony ani osoba z niepełnosprawnością poznawczą nie wie, o którą datę chodzi. Dwucyfrowy rok ukrywa stulecie.',
  },
  fix: {
    en: 'Write the month in words ("5 April 2021") or use the ISO form 2021-04-05, with a four-digit year.',
    pl: 'Zapisz miesiąc słownie („5 kwietnia 2021 r.”) albo w formacie ISO 2021-04-05, z czterocyfrowym rokiem.',
  },
  messages: {
    swappable: {
      en: 'The date "{text}" can be read as {first} or as {second}; write the month in words.',
      pl: 'Datę „{text}” można odczytać jako {first} albo {second}; zapisz miesiąc słownie.',
    },
    twoDigitYear: {
      en: 'The date "{text}" has a two-digit year; write "{suggestion}".',
      pl: 'Data „{text}” ma dwucyfrowy rok; napisz „{suggestion}”.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Day and month can be swapped',
        format: 'markdown',
        content: '---\ntitle: Fair\ndate: 2021-04-01\nlang: en\n---\n\nThe fair opens on 04/05/2021.\n',
        expected: [{ line: 7, messageId: 'swappable' }],
      },
    ],
    correct: [
      {
        title: 'The normal Polish numeric form',
        format: 'markdown',
        content: '---\ntitle: Targi\ndate: 2021-04-01\nlang: pl\n---\n\nTargi otwieramy 04.05.2021 r.\n',
      },
    ],
  },
  check({ post, report }) {
    const lang = dateTag(post);
    const names = dateNames(lang);
    for (const occurrence of postDates(post)) {
      const { mention } = occurrence;
      if (mention.kind !== 'numeric' || mention.to || mention.invalid) continue;
      const native =
        mention.separator === names.numericSeparator && names.dayFirst && mention.separator !== '/';
      const swappable = mention.swappable === true && !native;
      if (!swappable && !mention.twoDigitYear) continue;
      const suggestion = inWords(mention, lang);
      if (swappable) {
        const { day, month, year } = mention.date;
        const other = inWords({ ...mention, date: { day: month, month: day ?? 1, year } }, lang);
        report({
          messageId: 'swappable',
          data: { text: mention.text, first: suggestion ?? '', second: other ?? '' },
          position: occurrence.position,
          field: occurrence.field,
          excerpt: mention.text,
          suggestion,
        });
      } else {
        report({
          messageId: 'twoDigitYear',
          data: { text: mention.text, suggestion: suggestion ?? '' },
          position: occurrence.position,
          field: occurrence.field,
          excerpt: mention.text,
          suggestion,
        });
      }
    }
  },
});
