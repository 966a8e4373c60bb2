// German date words beyond CLDR (see src/dates/words.ts for what each field means).
import type { DateWords } from '../../dates/words.js';

export const dates: DateWords = {
  months: [
    ['Jänner', 'Jän', 'Jaenner'],
    ['Feber'],
    ['Mrz', 'Maerz', 'Mär'],
    [],
    [],
    ['Jun'],
    ['Jul'],
    [],
    ['Sept', 'Sep'],
    [],
    [],
    [],
  ],
  weekdays: [['So'], ['Mo'], ['Di'], ['Mi'], ['Do'], ['Fr'], ['Sa', 'Sonnabend']],
  ordinals: [],
  dayMonthLinks: [],
  monthYearLinks: [],
  yearSuffixes: [],
  weekdayLinks: ['den', 'dem'],
  rangeWords: ['bis'],
  notDateBefore: [
    'version',
    'ver',
    'v',
    'nr',
    'art',
    'abs',
    '§',
    'abschnitt',
    'az',
    'isbn',
    'tel',
    'fax',
    'ubuntu',
  ],
  monthFirst: false,
  romanMonths: false,
  rangeDash: {
    dash: '–',
    multiWord: 'spaced',
    source:
      'Duden, Die deutsche Rechtschreibung: der Bis-Strich ohne Leerzeichen ("14.–15. September"); zwischen Angaben mit Leerzeichen mit Leerzeichen ("10. August – 12. Oktober")',
  },
  sources: [
    'Duden: Jänner and Feber (Austrian), Sonnabend',
    'DIN 5008: three-letter month abbreviations (Mrz)',
    'chrono test/de: 31.Maerz 2016, So 15.Sep, Dienstag, den 10. Januar',
  ],
};
