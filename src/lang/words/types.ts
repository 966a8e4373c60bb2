// The shape of the image word lists: data per language, each entry saying where its guidance
// comes from, so a reviewer can check why a word is on a list.

/** One phrase of a list. `text` may hold several forms separated by `|` (Polish inflection:
 * "zdjęcie|zdjęcia|zdjęciu"); each form is matched as a whole sequence of words. */
export interface WordEntry {
  text: string;
  /** Where the guidance comes from: WCAG technique, checker list, dictionary. */
  source: string;
  /** Words that, right after the phrase, cancel the match ("widok z okna" is a view, not a prefix). */
  unlessNext?: string[];
  /** For credit markers and `word:` prefixes: the match needs a following `:`. */
  colon?: boolean;
  /** For ambiguous credit markers ("photo by"): the next word must look like a name (capitalised). */
  nameNext?: boolean;
}

export interface ImageWordList {
  /** Words that, alone, say nothing about an image (F30): "image", "zdjęcie", "Symbolbild". */
  placeholders: WordEntry[];
  /** Words that may stand beside a placeholder and still say nothing ("an", "główne", "d'illustration"). */
  placeholderFillers: WordEntry[];
  /** Openings a screen reader already says ("image of", "na zdjęciu", "widok"). */
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
}
