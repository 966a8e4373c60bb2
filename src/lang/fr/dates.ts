// French date words beyond CLDR (see src/dates/words.ts for what each field means).
import type { DateWords } from '../../dates/words.js';

export const dates: DateWords = {
  months: [
    ['janv', 'jan'],
    ['févr', 'fév', 'fevr'],
    ['mar'],
    ['avr'],
    [],
    [],
    ['juil', 'juill'],
    ['aoû'],
    ['sept', 'sep'],
    ['oct'],
    ['nov'],
    ['déc'],
  ],
  weekdays: [['dim'], ['lun'], ['mar'], ['mer'], ['jeu'], ['ven'], ['sam']],
  ordinals: ['er', 're'],
  dayMonthLinks: [],
  monthYearLinks: [],
  yearSuffixes: [],
  weekdayLinks: ['le'],
  rangeWords: ['au'],
  notDateBefore: ['version', 'v', 'n°', 'no', 'art', 'article', '§', 'décret', 'isbn', 'tél', 'tel'],
  monthFirst: false,
  romanMonths: false,
  rangeDash: {
    dash: '–',
    multiWord: 'spaced',
    source:
      "Code de rédaction interinstitutionnel de l'UE, 10.1.6 : tiret demi-cadratin sans espace entre chiffres (« 28–29 avril »), avec espaces entre éléments qui en contiennent ; « du … au … » en prose",
  },
  rangeInWords: { from: 'du', to: 'au', preferred: false },
  sources: [
    "Lexique des règles typographiques en usage à l'Imprimerie nationale: janv., févr., juill., 1er",
    'chrono test/fr: 1er Août 2012, 15 déc 2012, Dim 15 Sept, Mar 10 Jan',
  ],
};
