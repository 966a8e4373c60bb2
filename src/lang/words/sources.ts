// Where the word lists' guidance comes from (cited by each entry).

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
