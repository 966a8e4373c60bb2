// Spanish date words beyond CLDR (see src/dates/words.ts for what each field means).
import type { DateWords } from '../../dates/words.js';

export const dates: DateWords = {
  months: [[], [], [], [], [], [], [], [], ['setiembre', 'set', 'sep', 'sept'], [], [], []],
  weekdays: [['do'], ['lu'], ['ma'], ['miér', 'mi'], ['ju'], ['vi'], ['sá', 'sab']],
  ordinals: ['º', '.º', '°', 'o'],
  dayMonthLinks: ['de'],
  monthYearLinks: ['de', 'del'],
  yearSuffixes: [],
  weekdayLinks: ['el'],
  rangeWords: ['a', 'al'],
  notDateBefore: [
    'versión',
    'version',
    'v',
    'núm',
    'nº',
    'no',
    'art',
    'artículo',
    'decreto',
    '§',
    'isbn',
    'tel',
    'tlf',
  ],
  monthFirst: false,
  romanMonths: true,
  rangeDash: {
    dash: '-',
    multiWord: 'words',
    source:
      'RAE, Ortografía de la lengua española (2010): el guion sin espacios en los intervalos ("1-3 de mayo"); entre fechas completas, "del … al …"',
  },
  rangeInWords: { from: 'del', to: 'al', preferred: false },
  sources: [
    'RAE, Diccionario panhispánico de dudas, "fecha": setiembre, 1.º de mayo, del 2012, meses en números romanos (8-IV-2021)',
    'dateparser test_date_parser.py: 12 de junio del 2012',
  ],
};
