// Where the word lists' guidance comes from (cited by each entry of every pack).

export const F30 = 'WCAG 2.2 F30: text alternatives that are not alternatives (file names, placeholders)';
export const H37 = 'WCAG 2.2 H37: alt should not say "image of"; screen readers announce the role';
export const G94 = 'WCAG 2.2 G94: short text alternative serving the same purpose';
export const G95 = 'WCAG 2.2 G95: short text alternative plus a long description for complex images';
export const SA11Y = 'Sa11y (sa11y.netlify.app) alt-text checks: suspicious words and redundant phrases';
export const EDITORIA11Y = 'Editoria11y (itmaybejj/editoria11y) alt-text checks';
export const WAI_TUTORIAL = 'W3C WAI Images Tutorial: decorative, informative and complex images';
export const GOV_PL =
  'Serwis gov.pl / "Dostępność cyfrowa" (gov.pl/web/dostepnosc-cyfrowa): opis alternatywny bez słów "zdjęcie", "grafika"';
export const PWN = 'Słownik języka polskiego PWN (sjp.pwn.pl): forms and abbreviations (fot., zdj.)';
export const DUDEN = 'Duden: forms and usage (Bild, Foto, Symbolbild)';
export const LAROUSSE = 'Larousse / usage in French press ("photo d\'illustration", "crédit photo")';
export const RAE = 'Diccionario de la lengua española (RAE): forms (imagen, fotografía, cortesía)';
export const BITV = 'BIK BITV-Test 1.1.1a: Alternativtexte ohne "Bild von"';
export const RGAA = 'RGAA 4.1 critère 1.3: alternative pertinente (pas "image de")';
export const PRESS_CREDIT =
  'Editorial practice: photo credits go in the caption (AP Stylebook; PAP; Reuters)';

// Link texts (link-vague).
export const F84 =
  'WCAG 2.2 F84 / Understanding 2.4.4: "click here", "more", "read more" as the whole link text';
export const RULES_CATALOGUE =
  'content-a11y rule catalogue (RULES.md, link-vague): "click here", "read more", "tutaj", "kliknij tutaj", "czytaj więcej", "więcej", "hier", "ici", "aquí"';
export const SA11Y_LINKS =
  'Sa11y (ryersondmp/sa11y) language files: link stop words (pl.js PARTIAL_ALT_STOPWORDS, de.js LINK_STOPWORD)';
export const EVERYDAY_EQUIVALENT =
  'The everyday equivalent of an F84 phrase in the language, added in review; only phrases that cannot name a destination on their own';

// Field labels (date-missing and the metadata reader).
export const CMS_TEMPLATES =
  'Labels printed by CMS templates before a post date (WordPress themes, BIP and gov.pl templates, TYPO3, Drupal)';

// Screenshot file names (img-alt-filename).
export const OS_SCREENSHOT_NAMES =
  'Default screenshot file names of Windows, macOS, GNOME and Android in that language ("Screenshot 2024-05-20", "Zrzut ekranu 2024-05-20")';

// Detection hints: the most frequent function words of the language.
export const FREQ_EN = 'Most frequent words of English (Corpus of Contemporary American English, COCA)';
export const FREQ_PL = 'Najczęstsze wyrazy języka polskiego (Narodowy Korpus Języka Polskiego, NKJP)';
export const FREQ_DE = 'Häufigste Wörter des Deutschen (Wortschatz Leipzig; DeReWo, IDS Mannheim)';
export const FREQ_FR = 'Mots les plus fréquents du français (Lexique 3)';
export const FREQ_ES = 'Palabras más frecuentes del español (CREA, Real Academia Española)';
export const ALPHABET = 'The alphabet of the language: letters no other supported language writes';
export const PL_SYNTAX =
  'Polish syntax: "widać" and "widzimy" take the accusative (Nowy słownik poprawnej polszczyzny PWN, rząd czasownika)';
export const SGJP =
  'Słownik gramatyczny języka polskiego (SGJP, sgjp.pl): the case forms of each noun and adjective';
