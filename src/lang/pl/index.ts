// Polish, with the inflected forms editors really write ("na zdjęciu", "fotografii") and the case
// each prefix leaves behind, so a suggestion is Polish and not "Sali obrad".

import { part } from '../../parts/registry.js';
import type { LanguagePack } from '../pack.js';
import {
  ALPHABET,
  CMS_TEMPLATES,
  EDITORIA11Y,
  EVERYDAY_EQUIVALENT,
  F30,
  FREQ_PL,
  G94,
  G95,
  GOV_PL,
  H37,
  OS_SCREENSHOT_NAMES,
  PL_SYNTAX,
  PRESS_CREDIT,
  PWN,
  RULES_CATALOGUE,
  SA11Y,
  SA11Y_LINKS,
  WAI_TUTORIAL,
} from '../sources.js';

const ZDJECIE = 'zdjęcie|zdjęcia|zdjęciu|zdjęciem|zdjęć|zdjęciach';
const FOTOGRAFIA = 'fotografia|fotografii|fotografię|fotografią|fotografie';
const GRAFIKA = 'grafika|grafiki|grafice|grafikę|grafiką';
const OBRAZ = 'obraz|obrazu|obrazie|obrazek|obrazka|obrazku';
const ILUSTRACJA = 'ilustracja|ilustracji|ilustrację|ilustracją';
/** "X przedstawia / przedstawiające …" — every noun above with the verb forms; the verbs take the
 * accusative ("Zdjęcie przedstawia grupę dzieci"). */
const SHOWS = [
  'przedstawia',
  'przedstawiające',
  'przedstawiający',
  'przedstawiająca',
  'ukazuje',
  'ukazujące',
  'ukazująca',
  'ukazujący',
  'pokazuje',
  'pokazujące',
];
const NOUNS = ['zdjęcie', 'fotografia', 'grafika', 'obraz', 'obrazek', 'ilustracja', 'foto', 'fotka'];
/** Where a photo is ("na zdjęciu"); what follows is in the nominative ("Na zdjęciu burmistrz"). */
const ON =
  'na zdjęciu|na zdjęciach|na fotografii|na fotografiach|na obrazku|na obrazie|na grafice|na ilustracji|na foto|na fotce';

export const pl: LanguagePack = {
  tag: 'pl',
  script: 'Latn',
  words: {
    placeholders: [
      { text: `${ZDJECIE}|${FOTOGRAFIA}|${GRAFIKA}|${OBRAZ}|foto|fotka|zdj|fot`, source: F30 },
      {
        text: `${ILUSTRACJA}|rysunek|miniatura|miniaturka|ikona|baner|obrazek wyróżniający|bez tytułu`,
        source: GOV_PL,
      },
      { text: 'tekst alternatywny|opis alternatywny|alt|opis zdjęcia|opis obrazka', source: EDITORIA11Y },
    ],
    placeholderFillers: [
      {
        // "zdjęcie ilustracyjne / poglądowe / główne / wyróżniające": stock or featured photo, says nothing.
        text: 'ilustracyjne|ilustracyjna|poglądowe|poglądowa|główne|główna|wyróżniające|wyróżniający|wyróżniona|artykułu|wpisu|newsa|do artykułu|do wpisu|z artykułu|nr|numer',
        source: GOV_PL,
      },
    ],
    redundantPrefixes: [
      {
        text: SHOWS.flatMap((v) => NOUNS.map((n) => `${n} ${v}`)).join('|'),
        source: GOV_PL,
        leaves: 'accusative',
      },
      { text: ON, source: GOV_PL },
      // "Na zdjęciu widoczny burmistrz" (nominative), "Na zdjęciu widać burmistrza" (accusative).
      {
        text: 'na zdjęciu widoczny|na zdjęciu widoczna|na zdjęciu widoczne|na zdjęciu widoczni|na zdjęciu są|na zdjęciu jest|na zdjęciu znajduje się|na zdjęciu znajdują się',
        source: GOV_PL,
      },
      {
        text: 'na zdjęciu widać|na zdjęciach widać|na fotografii widać|na obrazku widać|na grafice widać|na zdjęciu widzimy|widać|widzimy',
        source: PL_SYNTAX,
        leaves: 'accusative',
      },
      // "Widok planszy…" = "View of the slide…": the view is what any photo is. "Widok na Tatry" drops
      // both words; "widok z okna" (the vantage point is the subject) is left alone.
      { text: 'widok na|widoki na|widok ogólny na', source: PWN, leaves: 'accusative' },
      { text: 'widok ogólny', source: PWN, leaves: 'genitive' },
      {
        text: 'widok|widoki',
        source: PWN,
        leaves: 'genitive',
        unlessNext: ['z', 'ze', 'od', 'spod', 'znad', 'zza', 'przez', 'w', 'we', 'do', 'i', 'oraz'],
      },
      { text: 'zdjęcie|fotografia|grafika|obrazek|ilustracja|foto|fot', source: H37, colon: true },
    ],
    creditMarkers: [
      {
        text: 'fot|zdj|fotografia|autor zdjęcia|autor zdjęć|autorka zdjęcia|autorka zdjęć|zdjęcia|zdjęcie|foto|źródło zdjęcia|źródło',
        source: PWN,
        colon: true,
        nameNext: true,
      },
      {
        text: 'fot|zdj|autor zdjęcia|autor zdjęć|autorka zdjęcia|autorka zdjęć|zdjęcie udostępnione przez|dzięki uprzejmości',
        source: PRESS_CREDIT,
      },
    ],
    complexImages: [
      {
        text: 'wykres|wykresu|wykresie|wykresy|wykresów|diagram|diagramu|diagramie|schemat|schematu|schemacie',
        source: G95,
      },
      {
        text: 'infografika|infografiki|infografice|infografikę|mapa|mapy|mapie|mapę|mapka|mapki|oś czasu|osi czasu',
        source: WAI_TUTORIAL,
      },
      {
        text: 'plansza|planszy|planszę|plansze|slajd|slajdu|slajdzie|slajdy|plakat|plakatu|plakacie|zrzut ekranu|zrzutu ekranu|zrzuty ekranu',
        source: G95,
      },
      { text: 'tabela|tabeli|tabelę|ulotka|ulotki|ulotce', source: SA11Y },
    ],
    notComplex: [
      {
        text: 'plansza tytułowa|planszy tytułowej|planszę tytułową|slajd tytułowy|slajdu tytułowego',
        source: G95,
      },
    ],
    viewWords: [{ text: 'widok|widoki|ujęcie|kadr', source: G94 }],
    descriptionLabels: [
      {
        text: 'opis|opis zdjęcia|opis obrazu|opis grafiki|opis alternatywny|tekst alternatywny|podpis|opis wykresu|opis infografiki',
        source: WAI_TUTORIAL,
        colon: true,
      },
    ],
    articles: [],
    vagueLinks: [
      { text: 'tutaj|kliknij tutaj|czytaj więcej|więcej', source: RULES_CATALOGUE },
      {
        text: 'kliknij|kliknij tu|dowiedz się więcej|czytaj|czytaj tu|link|pobierz tutaj|tę stronę|tej stronie|kliknij tutaj, aby dowiedzieć się więcej',
        source: SA11Y_LINKS,
      },
      {
        text: 'tu|czytaj dalej|więcej informacji|zobacz więcej|przeczytaj więcej|szczegóły|ten link|pod tym linkiem|w tym miejscu|odnośnik|ten odnośnik|link tutaj',
        source: EVERYDAY_EQUIVALENT,
      },
    ],
    screenshotNames: [{ text: 'zrzut ekranu', source: OS_SCREENSHOT_NAMES }],
  },
  fieldLabels: {
    published: [
      {
        text: 'Data opublikowania|Data publikacji|Opublikowano|Opublikowane|Data wytworzenia|Data dodania|Dodano',
        source: CMS_TEMPLATES,
      },
    ],
    modified: [
      {
        text: 'Data modyfikacji|Data aktualizacji|Zaktualizowano|Ostatnia modyfikacja|Data ostatniej modyfikacji|Zmodyfikowano',
        source: CMS_TEMPLATES,
      },
    ],
  },
  detection: {
    functionWords: [
      {
        text: 'w|i|się|na|nie|z|do|to|że|jest|o|jak|po|co|od|tak|za|ale|dla|tym|przez|czy|oraz|są|być|może|jego|tego|ich|już|lub|który|która|które|także|we|ze|tylko|aby|przy|bardzo|można|pod|jej|jako|gdy|więc|został|została|zostały|była|było|nad|kiedy|tej|też|ten|ta|się|jeśli|albo|sobie|mi|mnie|go|tu',
        source: FREQ_PL,
      },
    ],
    letters: [{ text: 'ąęłńśźżć', source: ALPHABET }],
  },
  // The grammar (src/lang/pl/nominative.ts, 16 KB minified) is only needed to word a suggestion,
  // so the browser loads it as the `pl-grammar` part the first time an alt needs one.
  nominative: (text, from) => part('pl-grammar').nominative(text, from),
};
