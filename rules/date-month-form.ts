import { dateNames } from '../src/dates/names.js';
import { dateTag, postDates } from '../src/dates/post-dates.js';
import { defineRule } from '../src/engine/rule.js';
import { matchKey } from '../src/lang/normalize.js';

/** Polish: a day number takes the month in the genitive ("15 marca"), not the nominative
 * ("15 marzec"). The two forms come from Intl (formatting vs stand-alone month names). */
export default defineRule({
  id: 'date-month-form',
  severity: 'warning',
  wcag: [],
  techniques: [],
  tags: ['dates', 'pl'],
  fixType: 'wording',
  description: {
    en: 'Polish month in the nominative after a day number',
    pl: 'Nazwa miesiąca w mianowniku po numerze dnia',
  },
  why: {
    en: 'In Polish a date is "15 marca" (the 15th of March); "15 marzec" is a grammatical error that speech synthesis reads literally and that makes an official text look careless.',
    pl: 'Po polsku datę zapisujemy „15 marca” (dopełniacz); „15 marzec” to błąd gramatyczny, który syntezator mowy odczyta dosłownie i który obniża wiarygodność urzędowego tekstu.',
  },
  fix: {
    en: 'Use the genitive form of the month after the day: "15 marca", "1 maja", "28 kwietnia".',
    pl: 'Po numerze dnia użyj dopełniacza: „15 marca”, „1 maja”, „28 kwietnia”.',
  },
  messages: {
    nominative: {
      en: '"{text}": after a day number the month is "{genitive}", not "{written}".',
      pl: '„{text}”: po numerze dnia piszemy „{genitive}”, nie „{written}”.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Nominative after a day',
        format: 'markdown',
        content:
          '---\ntitle: Sesja\ndate: 2021-03-01\nlang: pl\n---\n\nSesja odbędzie się 15 marzec 2021 r.\n',
        expected: [{ line: 7, messageId: 'nominative' }],
      },
    ],
    correct: [
      {
        title: 'Genitive after a day, nominative with a year only',
        format: 'markdown',
        content:
          '---\ntitle: Sesja\ndate: 2021-03-01\nlang: pl\n---\n\nSesja odbędzie się 15 marca 2021 r. Plan na marzec 2021.\n',
      },
    ],
  },
  check({ post, report }) {
    const names = dateNames(dateTag(post));
    // Languages whose months take another form after a day (Polish, Czech, Ukrainian): CLDR's
    // formatting and stand-alone names differ. Elsewhere there is nothing to check.
    if (!names.genitiveMonths) return;
    // matchKey also folds Latin look-alikes in a Cyrillic month ("тpавень" with a Latin p).
    const key = (word: string) => matchKey(word, names.lang);
    const formatForms = new Set(names.formatMonth.map(key));
    for (const occurrence of postDates(post)) {
      const { mention } = occurrence;
      for (const word of mention.monthWords) {
        const written = key(word.text);
        if (formatForms.has(written)) continue;
        // Only the nominative is wrong; an abbreviation ("kwi.") has no case.
        if (written !== key(names.standaloneMonth[word.month - 1] ?? '')) continue;
        let genitive = names.formatMonth[word.month - 1] ?? '';
        // The month in the language's case (Polish months are lower case), unless the writer set
        // the whole date in capitals.
        const capitals = word.text.length > 1 && word.text === word.text.toLocaleUpperCase(names.lang);
        if (capitals) genitive = genitive.toLocaleUpperCase(names.lang);
        const wordRange = occurrence.rangeOf(word.start, word.end);
        report({
          messageId: 'nominative',
          data: { text: mention.text, genitive, written: word.text },
          position: wordRange ?? occurrence.position,
          field: occurrence.field,
          fix: wordRange && { position: wordRange, text: genitive, expected: word.text },
          excerpt: mention.text,
          suggestion:
            mention.text.slice(0, word.start - mention.start) +
            genitive +
            mention.text.slice(word.end - mention.start),
        });
      }
    }
  },
});
