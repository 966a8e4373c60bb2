// What the date finder needs to know about a language beyond CLDR. CLDR (through Intl) gives each
// tag's month and weekday names, wide and abbreviated, in their formatting and stand-alone forms,
// its numeric order and whether the day takes a dot; Intl with the full tag gives regional names
// (`Jänner` for de-AT, `setiembre` for es-PE). Everything else people really write — abbreviations
// CLDR does not list, inflected weekdays, connectors, ordinals, the style of a range's dash — is
// data in `src/lang/<tag>/dates.ts`, one file per language, of this type. Every entry is read,
// never suggested: suggestions are always written with CLDR's own names.

/** How a date range's dash is written in a language, and the guide that says so. */
export interface RangeDashStyle {
  /** The dash between the two ends: an en dash, or a hyphen where the language's orthography says so. */
  dash: string;
  /**
   * Between ends that contain spaces ("28 kwietnia – 3 maja"): `spaced` puts a space on both sides,
   * `unspaced` none ("April 28–May 3"), `words` means the guide asks for words ("del … al …"), so no
   * dash is offered as a fix.
   */
  multiWord: 'spaced' | 'unspaced' | 'words';
  /** The style guide followed. */
  source: string;
}

export interface WeekdayCase {
  /** The case's name, for people reading the data (`accusative`). */
  name: string;
  /** Words after which the weekday takes this case (`w`, `we`). */
  after: readonly string[];
  /** The seven weekdays in this case, index 0 = Sunday. */
  forms: readonly string[];
}

export interface DateWords {
  /**
   * More spellings of each month (index 0 = January): abbreviations CLDR lacks (`Sept`, `Mrz`,
   * `juill.`), transliterations (`Maerz`), regional names for the whole language (`Jänner` in any
   * German post). A trailing dot is optional when reading and need not be written. Forms without
   * diacritics (`wrzesnia`, `Fevrier`) are derived from every name and need not be listed.
   */
  months: readonly (readonly string[])[];
  /**
   * More spellings of each weekday (index 0 = Sunday): abbreviations (`Tues`, `Pn`, `mié`),
   * inflected forms (Polish `środę` after "w", `środy` after "od"/"do").
   */
  weekdays: readonly (readonly string[])[];
  /** Letters written right after a day number that make it an ordinal (`th`, `er`, `º`). */
  ordinals: readonly string[];
  /** Words between the day and the month (`of`, `de`). */
  dayMonthLinks: readonly string[];
  /** Words between the month and the year (`de`, `del`). */
  monthYearLinks: readonly string[];
  /** Words after the year that belong to the date (`r.`, `roku`); kept in the found text. */
  yearSuffixes: readonly string[];
  /** Words between a weekday and its date (`the`, `den`, `dem`). */
  weekdayLinks: readonly string[];
  /** Words that join the two ends of a range of dates or weekdays (`to`, `bis`, `au`, `do`). */
  rangeWords: readonly string[];
  /** Words after which a number is not a date (`version`, `nr`, `art.`, `§`), compared folded. */
  notDateBefore: readonly string[];
  /** The month may come before the day ("April 28, 2021"). */
  monthFirst: boolean;
  /** Months in Roman numerals are a form of the language ("28 IV 2017", "8-IV-2021"). */
  romanMonths: boolean;
  /** The range dash, and its variants by region subtag (`GB` for British English). */
  rangeDash: RangeDashStyle;
  regionalRangeDash?: Readonly<Record<string, RangeDashStyle>>;
  /**
   * A range within one month in words ("od 28 do 29 kwietnia", "du 28 au 29 avril", "28 to 29 April"):
   * the words before the first day and between the days. `preferred`: the style guide asks for
   * words over a dash (GOV.UK), so suggestions use them.
   */
  rangeInWords?: { from: string; to: string; preferred: boolean };
  /**
   * For languages whose weekday changes with the word before it (Polish "w środę", "do środy"):
   * each case's forms (index 0 = Sunday) and the words that ask for it. A suggested weekday is put
   * in the case the writer used ("w piątek" → "w sobotę", not "w sobota"), and a message names the
   * wrong weekday in the nominative ("to sobota, nie piątek", not "nie środę"). The forms must be
   * readable too: each is a CLDR name or listed in `weekdays`.
   */
  weekdayCases?: readonly WeekdayCase[];
  /** Where the entries above come from. */
  sources: readonly string[];
}
