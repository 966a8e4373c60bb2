import { dateNames } from '../src/dates/names.js';
import { dateTag, postDates } from '../src/dates/post-dates.js';
import { inWords } from '../src/dates/suggest.js';
import { defineRule } from '../src/engine/rule.js';

const PLACES = {
  title: { en: 'title', pl: 'tytuł' },
  heading: { en: 'heading', pl: 'nagłówek' },
  alt: { en: 'image description', pl: 'opis obrazu' },
};

/** A digits-only date in the title, a heading or an alt text: read aloud as loose numbers
 * ("dwadzieścia osiem kropka zero cztery…"), and the first thing a listener hears of the post. */
export default defineRule({
  id: 'date-numeric-in-title',
  severity: 'warning',
  wcag: [],
  techniques: [],
  tags: ['dates'],
  fixType: 'wording',
  description: {
    en: 'Digits-only date in a title, heading or image description',
    pl: 'Data zapisana samymi cyframi w tytule, nagłówku albo opisie obrazu',
  },
  why: {
    en: 'Titles and headings are what screen-reader users hear first and use to navigate; "28.04.2021" is read as a string of numbers, while "28 April 2021" is understood at once.',
    pl: 'Tytuły i nagłówki użytkownik czytnika ekranu słyszy najpierw i po nich nawiguje; „28.04.2021” brzmi jak ciąg liczb, a „28 kwietnia 2021 r.” jest zrozumiałe od razu.',
  },
  fix: {
    en: 'Write the month in words in titles, headings and image descriptions.',
    pl: 'W tytułach, nagłówkach i opisach obrazów zapisuj miesiąc słownie.',
  },
  messages: {
    numeric: {
      en: 'The {place} writes the date "{text}" in digits only; write "{suggestion}".',
      pl: '{place} zawiera datę „{text}” zapisaną samymi cyframi; napisz „{suggestion}”.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A numeric date in the title',
        format: 'markdown',
        content: '---\ntitle: Warsztaty 28.04.2021\ndate: 2021-04-29\nlang: pl\n---\n\nTekst.\n',
        expected: [{ line: 2, messageId: 'numeric' }],
      },
    ],
    correct: [
      {
        title: 'The month in words',
        format: 'markdown',
        content:
          '---\ntitle: Warsztaty 28 kwietnia 2021 r.\ndate: 2021-04-29\nlang: pl\n---\n\nTekst 28.04.2021.\n',
      },
    ],
  },
  check({ post, locale, report }) {
    const tag = dateTag(post);
    const names = dateNames(tag);
    for (const occurrence of postDates(post)) {
      const { mention, place } = occurrence;
      if (place === 'text' || mention.kind === 'named' || mention.kind === 'roman' || mention.invalid)
        continue;
      // "expirydate: 2025-01-01" turned into a heading by a stray "---" is leaked metadata: the
      // problem is the heading itself, not how its date is written.
      if (occurrence.block && /^[\w.-]+:\s*$/.test(occurrence.block.text.slice(0, mention.start))) continue;
      const suggestion = inWords(mention, tag);
      const where = PLACES[place];
      const placeName = locale === 'pl' ? where.pl[0]!.toUpperCase() + where.pl.slice(1) : where.en;
      const range = occurrence.rangeOf(mention.start, mention.end);
      // The words are certain when the digits can be read one way only, the century is written,
      // and the language writes a date in words one way (English word order depends on the region).
      const native =
        mention.separator === names.numericSeparator && names.dayFirst && mention.separator !== '/';
      const oneReading = !mention.swappable || native || mention.kind === 'iso';
      const oneOrder = !names.words.monthFirst || tag.includes('-');
      const certain = oneReading && !mention.twoDigitYear && !mention.to && oneOrder;
      const readings = [suggestion];
      if (!oneReading && mention.date.day !== undefined) {
        const { day, month, year } = mention.date;
        readings.push(inWords({ ...mention, date: { day: month, month: day ?? 1, year } }, tag));
      }
      const edits =
        range && !certain
          ? readings
              .filter((text): text is string => text !== undefined)
              .map((text) => ({
                desc:
                  locale === 'pl' ? `Zapisz datę słownie: „${text}”` : `Write the date in words: "${text}"`,
                position: range,
                text,
                expected: mention.text,
              }))
          : undefined;
      report({
        messageId: 'numeric',
        data: { place: placeName, text: mention.text, suggestion: suggestion ?? mention.text },
        position: occurrence.position,
        field: occurrence.field,
        excerpt: mention.text,
        suggestion,
        fix:
          range && certain && suggestion
            ? { position: range, text: suggestion, expected: mention.text }
            : undefined,
        suggestions: edits,
        fingerprintKey: `${place}:${mention.text}`,
      });
    }
  },
});
