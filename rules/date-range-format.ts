import { formatRangeInWords } from '../src/dates/format.js';
import { dateNames } from '../src/dates/names.js';
import { dateTag, postDates } from '../src/dates/post-dates.js';
import { inWords } from '../src/dates/suggest.js';
import type { RangeDashStyle } from '../src/dates/words.js';
import { defineRule } from '../src/engine/rule.js';

/** A date range whose dash is spaced on one side only ("28.04- 29.04.2021") or is a spaced hyphen
 * ("28 - 29 kwietnia"): screen readers read "minus" or run the numbers together. An unspaced
 * hyphen ("28-29 kwietnia") is accepted Polish; an en dash unspaced or spaced on both sides is right. */
export default defineRule({
  id: 'date-range-format',
  severity: 'warning',
  wcag: [],
  techniques: [],
  tags: ['dates'],
  fixType: 'typography',
  description: {
    en: 'Date range written with a one-sided or spaced hyphen',
    pl: 'Zakres dat zapisany z łącznikiem ze spacją z jednej strony albo ze spacjami',
  },
  why: {
    en: 'A hyphen spaced on one side ("28.04- 29.04.2021") is read by screen readers as "minus" or as loose numbers, and readers cannot tell where the range starts and ends.',
    pl: 'Łącznik ze spacją z jednej strony („28.04- 29.04.2021”) czytnik ekranu odczytuje jako „minus” albo jako luźne liczby, a czytelnik nie wie, gdzie zakres się zaczyna i kończy.',
  },
  fix: {
    en: 'Write the range with an en dash and no spaces ("28–29 April 2021") or in words ("28 to 29 April 2021").',
    pl: 'Zapisz zakres z półpauzą bez spacji („28–29 kwietnia 2021 r.”) albo słownie („od 28 do 29 kwietnia 2021 r.”).',
  },
  messages: {
    oneSided: {
      en: 'The date range "{text}" has a dash spaced on one side only; write "{suggestion}"{alternative}.',
      pl: 'Zakres dat „{text}” ma kreskę ze spacją tylko z jednej strony; napisz „{suggestion}”{alternative}.',
    },
    spacedHyphen: {
      en: 'The date range "{text}" uses a spaced hyphen; write "{suggestion}"{alternative}.',
      pl: 'Zakres dat „{text}” ma łącznik otoczony spacjami; napisz „{suggestion}”{alternative}.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'The seed title: a hyphen spaced on one side',
        format: 'text',
        lang: 'pl',
        content:
          'W dniach 28.04- 29.04.2021 r. odbyły się warsztaty\n\nData opublikowania: 29.04.2021\n\nTekst.\n',
        expected: [{ line: 1, messageId: 'oneSided' }],
      },
    ],
    correct: [
      {
        title: 'An unspaced hyphen in a Polish range is accepted',
        format: 'text',
        lang: 'pl',
        content: 'Warsztaty\n\nW dniach 28-29 kwietnia 2021 r. odbyły się warsztaty.\n',
      },
      {
        title: 'An en dash',
        format: 'markdown',
        content: '---\ntitle: Workshops\ndate: 2021-04-29\nlang: en\n---\n\nWe met on 28–29 April 2021.\n',
      },
    ],
  },
  check({ post, locale, report }) {
    const tag = dateTag(post);
    const style = dateNames(tag).rangeDash;
    for (const occurrence of postDates(post)) {
      const { mention } = occurrence;
      const dash = mention.dash;
      if (!dash || !mention.to) continue;
      const oneSided = dash.spaceBefore !== dash.spaceAfter;
      const spacedHyphen = dash.char === '-' && dash.spaceBefore && dash.spaceAfter;
      if (!oneSided && !spacedHyphen) continue;
      const suggestion = inWords(mention, tag) ?? mention.text;
      // The alternative in words keeps the order the writer chose (month first or day first).
      const words = formatRangeInWords(mention.date, mention.to, tag, mention.yearSuffix, mention.monthFirst);
      const replacement = rangeDash(style, /\s/.test(mention.text.slice(0, dash.start - mention.start)));
      const dashRange = occurrence.rangeOf(dash.start, dash.end);
      const written = mention.text.slice(dash.start - mention.start, dash.end - mention.start);
      report({
        messageId: oneSided ? 'oneSided' : 'spacedHyphen',
        data: {
          text: mention.text,
          suggestion,
          alternative: words && words !== suggestion ? alternativeClause(words, locale) : '',
        },
        position: occurrence.position,
        field: occurrence.field,
        excerpt: mention.text,
        suggestion,
        fix:
          replacement !== undefined && dashRange
            ? { position: dashRange, text: replacement, expected: written }
            : undefined,
      });
    }
  },
});

/** The dash a range should have, with its spaces, by the language's style guide (src/lang/<tag>/dates.ts):
 * unspaced between single numbers ("28–29"), and between ends that contain spaces as the guide says —
 * undefined where the guide wants words ("del … al …"), so no mechanical fix is offered. */
function rangeDash(style: RangeDashStyle, leftHasSpaces: boolean): string | undefined {
  if (!leftHasSpaces || style.multiWord === 'unspaced') return style.dash;
  return style.multiWord === 'spaced' ? ` ${style.dash} ` : undefined;
}

/** " or …" in the message's language, around the range written in words. */
function alternativeClause(words: string, locale: string): string {
  return locale === 'pl' ? ` lub „${words}”` : ` or "${words}"`;
}
