// What content-a11y knows about one language, as data: a language is one folder `src/lang/<tag>/`
// exporting one LanguagePack, and one line in src/lang/packs.ts. Rules ask the pack (through
// LanguageWords) and never test which language a post is in.
//
// Packs are plain data, built at no cost when imported: every matcher is compiled on first use,
// so a pack can later be loaded only when a post in its language turns up.

/** One phrase of a list. `text` may hold several forms separated by `|` (Polish inflection:
 * "zdjęcie|zdjęcia|zdjęciu"); each form is matched as a whole sequence of words. */
export interface WordEntry {
  text: string;
  /** Where the guidance comes from: WCAG technique, checker list, dictionary, corpus. */
  source: string;
  /** Words that, right after the phrase, cancel the match ("widok z okna" is a view, not a prefix). */
  unlessNext?: string[];
  /** For credit markers and `word:` prefixes: the match needs a following `:`. */
  colon?: boolean;
  /** For ambiguous credit markers ("photo by"): the next word must look like a name (capitalised). */
  nameNext?: boolean;
  /** For redundant prefixes: the grammatical case the words after the prefix are in. "Widok sali"
   * leaves "sali" in the genitive, so dropping "Widok" alone leaves broken text. Absent: the rest
   * reads on its own ("Image of a dog" → "A dog", "Na zdjęciu burmistrz" → "Burmistrz"). */
  leaves?: GrammaticalCase;
  /** For redundant prefixes that swallowed an article: what stands in for the prefix, so the rest
   * reads on its own ("Photo du maire" → "Le maire", "Foto del alcalde" → "El alcalde"). */
  replaceWith?: string;
}

export type GrammaticalCase = 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'locative';

/** The word lists every pack has (an empty list is fine where a language has no such words). */
export interface WordLists {
  /** Words that, alone, say nothing about an image (F30): "image", "zdjęcie", "Symbolbild". */
  placeholders: WordEntry[];
  /** Words that may stand beside a placeholder and still say nothing ("an", "główne", "d'illustration"). */
  placeholderFillers: WordEntry[];
  /** Openings a screen reader already says ("image of", "na zdjęciu", "widok"), with the case they leave. */
  redundantPrefixes: WordEntry[];
  /** Photo credit markers ("fot.", "photo by", "courtesy of"). */
  creditMarkers: WordEntry[];
  /** Image types whose content needs more than a short alt (G95): chart, diagram, infographic. */
  complexImages: WordEntry[];
  /** Phrases with a complex-image word that carry their content in the alt ("title slide"). */
  notComplex: WordEntry[];
  /** Words for "a view of" that open a gallery template ("Widok …", "Vue …"), besides the image words. */
  viewWords: WordEntry[];
  /** Labels that introduce an image's description written as visible text ("Alt text:", "Opis:"). */
  descriptionLabels: WordEntry[];
  /** Articles skipped when comparing how alts open ("the", "a", "die", "le"). */
  articles: WordEntry[];
  /** Whole link texts that name no destination ("click here", "tutaj", "więcej"); matched on the
   * link's whole text after trimming punctuation, case and diacritics. */
  vagueLinks: WordEntry[];
  /** What the operating system calls a screenshot file ("Screenshot", "Zrzut ekranu"): a name
   * followed by a date is a file name, in a post of any language. */
  screenshotNames: WordEntry[];
}

export type WordListName = keyof WordLists;

/** Labels editors and CMS templates put before a post's dates ("Data opublikowania:"). */
export interface FieldLabels {
  published: WordEntry[];
  modified: WordEntry[];
}

/** What tells this language apart in a short text: its most frequent function words and the
 * letters no other pack's language writes. */
export interface DetectionHints {
  /** Frequent short words (`|`-separated), from a frequency list of the language. */
  functionWords: WordEntry[];
  /** Letters typical of the language (a string of them), e.g. "ąęłńśźżć" for Polish. */
  letters: WordEntry[];
  /** Letters the language never writes that a close relative does ("ыэъё" for Ukrainian). */
  foreignLetters?: WordEntry[];
}

/** Turns the words after a prefix back into the nominative ("sali obrad" → "sala obrad"), or
 * returns undefined when it cannot do so reliably. */
export type NominativeFn = (text: string, from: GrammaticalCase) => string | undefined;

export interface LanguagePack {
  /** Primary language subtag (BCP 47 / ISO 639-1): `pl`. */
  tag: string;
  script: 'Latn' | 'Cyrl';
  words: WordLists;
  fieldLabels: FieldLabels;
  detection: DetectionHints;
  /** Grammar the suggestions need; absent where the rest of a prefix never changes case. */
  nominative?: NominativeFn;
}

/** Lists a user adds to (or takes from) a pack in the config:
 * `"words": { "pl": { "redundantPrefixes": ["fotka przedstawiająca"] } }`. An array adds phrases;
 * an object may also remove phrases of the pack or replace the pack's list. */
export type WordListSetting = string[] | { add?: string[]; remove?: string[]; replace?: string[] };

export type WordOverrides = Record<string, Partial<Record<WordListName, WordListSetting>>>;

export const WORD_LIST_NAMES: readonly WordListName[] = [
  'placeholders',
  'placeholderFillers',
  'redundantPrefixes',
  'creditMarkers',
  'complexImages',
  'notComplex',
  'viewWords',
  'descriptionLabels',
  'articles',
  'vagueLinks',
  'screenshotNames',
];
