// Ukrainian date words beyond CLDR (see src/dates/words.ts for what each field means). CLDR gives
// the genitive after a day ("20 травня") and the nominative ("травень"), so date-month-form needs
// nothing here; these are the spellings people write that CLDR does not list.
import type { DateWords } from '../../dates/words.js';

export const dates: DateWords = {
  months: [
    // CLDR's abbreviations (січ., лют., бер. …) are read already; these are the shorter and
    // longer cuts people write.
    [],
    [],
    ['берез.'],
    ['кві.'],
    [],
    ['чер.'],
    [],
    ['сер.'],
    ['вересн.'],
    ['жов.'],
    ['лис.'],
    ['гру.'],
  ],
  weekdays: [
    // у неділю, до неділі
    ['нд.', 'неділю', 'неділі'],
    // до понеділка
    ['пн.', 'понеділка'],
    // до вівторка
    ['вт.', 'вівторка'],
    // у середу, до середи
    ['ср.', 'середу', 'середи'],
    // до четверга
    ['чт.', 'четверга'],
    // у пʼятницю, до пʼятниці
    // (the apostrophe may be typed as ' or ’: names are compared with CLDR's U+02BC)
    ['пт.', 'пʼятницю', 'пʼятниці'],
    // у суботу, до суботи
    ['сб.', 'суботу', 'суботи'],
  ],
  weekdayCases: [
    {
      name: 'accusative',
      after: ['у', 'в'],
      forms: ['неділю', 'понеділок', 'вівторок', 'середу', 'четвер', 'пʼятницю', 'суботу'],
    },
    {
      name: 'genitive',
      after: ['до', 'з', 'від'],
      forms: ['неділі', 'понеділка', 'вівторка', 'середи', 'четверга', 'пʼятниці', 'суботи'],
    },
  ],
  ordinals: [],
  dayMonthLinks: [],
  monthYearLinks: [],
  yearSuffixes: ['р.', 'року', 'рік'],
  weekdayLinks: [],
  rangeWords: ['до', 'по'],
  notDateBefore: [
    'версія',
    'версії',
    'версію',
    'v',
    '№',
    'ст',
    'п',
    'ч',
    'пп',
    'тел',
    'факс',
    'isbn',
    'єдрпоу',
  ],
  monthFirst: false,
  romanMonths: false,
  rangeDash: {
    dash: '–',
    multiWord: 'spaced',
    source:
      'Український правопис (2019), тире: між числами на позначення меж без пропусків ("20–22 травня"); між словесними виразами з пропусками ("20 травня – 3 червня")',
  },
  rangeInWords: { from: 'з', to: 'до', preferred: false },
  sources: [
    'ДСТУ 4163:2020 (організаційно-розпорядча документація): 20.05.2024 and 20 травня 2024 р.',
    'Ukrainian grammar: у середу, у пʼятницю, у суботу, у неділю (accusative); до понеділка, до середи, до пʼятниці (genitive)',
  ],
};
