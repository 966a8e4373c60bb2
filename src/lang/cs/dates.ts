// Czech date words beyond CLDR (see src/dates/words.ts for what each field means). CLDR gives the
// genitive after a day ("20. května") and the nominative ("květen"), so date-month-form needs
// nothing here; these are the spellings people write that CLDR does not list.
import type { DateWords } from '../../dates/words.js';

export const dates: DateWords = {
  months: [
    // CLDR's abbreviations (led, úno, bře …) are read already; these are longer cuts people
    // write. "čer." and "červ." are left out: June (červen) or July (červenec)?
    [],
    [],
    [],
    [],
    ['květ.'],
    [],
    [],
    [],
    [],
    [],
    ['list.'],
    ['pros.'],
  ],
  weekdays: [
    // v neděli (accusative/locative), do neděle (genitive is the name itself)
    ['ne.', 'neděli'],
    ['po.'],
    ['út.'],
    // ve středu, do středy
    ['st.', 'středu', 'středy'],
    // ve čtvrtek, do čtvrtka
    ['čt.', 'čtvrtka'],
    // v pátek, do pátku
    ['pá.', 'pátku'],
    // v sobotu, do soboty
    ['so.', 'sobotu', 'soboty'],
  ],
  weekdayCases: [
    {
      name: 'accusative',
      after: ['v', 've'],
      forms: ['neděli', 'pondělí', 'úterý', 'středu', 'čtvrtek', 'pátek', 'sobotu'],
    },
    {
      name: 'genitive',
      after: ['od', 'do', 'z', 'ze'],
      forms: ['neděle', 'pondělí', 'úterý', 'středy', 'čtvrtka', 'pátku', 'soboty'],
    },
  ],
  ordinals: [],
  dayMonthLinks: [],
  monthYearLinks: [],
  yearSuffixes: [],
  weekdayLinks: [],
  rangeWords: ['do', 'až'],
  notDateBefore: [
    'verze',
    'verzi',
    'č',
    'čj',
    'č.j',
    'čl',
    'odst',
    'písm',
    'bod',
    'sb',
    '§',
    'tel',
    'fax',
    'isbn',
    'ičo',
    'ič',
    'dič',
  ],
  monthFirst: false,
  // "20. V. 2024" is an established Czech form (Internetová jazyková příručka, Zápis data).
  romanMonths: true,
  rangeDash: {
    dash: '–',
    multiWord: 'spaced',
    source:
      'Internetová jazyková příručka (ÚJČ AV ČR), Pomlčka: ve významu „až“ bez mezer ("20.–22. května"); mezi víceslovnými výrazy s mezerami ("20. května – 3. června")',
  },
  rangeInWords: { from: 'od', to: 'do', preferred: false },
  sources: [
    'Internetová jazyková příručka (ÚJČ AV ČR), Zápis data: 20. 5. 2024, 20. května 2024, 20. V. 2024',
    'ČSN 01 6910 (úprava písemností): zkratky měsíců a dnů s tečkou',
    'Czech grammar: v neděli, ve středu, v pátek, v sobotu; do středy, do čtvrtka, do pátku, do soboty',
  ],
};
