// Polish image words, with the inflected forms editors really write ("na zdjęciu", "fotografii").
import {
  EDITORIA11Y,
  F30,
  G94,
  G95,
  GOV_PL,
  H37,
  PRESS_CREDIT,
  PWN,
  SA11Y,
  WAI_TUTORIAL,
} from './sources.js';
import type { ImageWordList } from './types.js';

const ZDJECIE = 'zdjęcie|zdjęcia|zdjęciu|zdjęciem|zdjęć|zdjęciach';
const FOTOGRAFIA = 'fotografia|fotografii|fotografię|fotografią|fotografie';
const GRAFIKA = 'grafika|grafiki|grafice|grafikę|grafiką';
const OBRAZ = 'obraz|obrazu|obrazie|obrazek|obrazka|obrazku';
const ILUSTRACJA = 'ilustracja|ilustracji|ilustrację|ilustracją';
/** "X przedstawia / przedstawiające …" — every noun above with the verb forms. */
const SHOWS = [
  'przedstawia',
  'przedstawiające',
  'przedstawiający',
  'przedstawiająca',
  'ukazuje',
  'ukazujące',
  'pokazuje',
];
const NOUNS = ['zdjęcie', 'fotografia', 'grafika', 'obraz', 'obrazek', 'ilustracja', 'foto', 'fotka'];

export const pl: ImageWordList = {
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
    { text: SHOWS.flatMap((v) => NOUNS.map((n) => `${n} ${v}`)).join('|'), source: GOV_PL },
    {
      text: 'na zdjęciu|na zdjęciach|na fotografii|na fotografiach|na obrazku|na obrazie|na grafice|na ilustracji|na zdjęciu widać|na zdjęciu widoczny|na zdjęciu widoczna|na zdjęciu widoczne|na zdjęciu widoczni|na fotografii widać|na obrazku widać|na grafice widać|widać',
      source: GOV_PL,
    },
    // "Widok planszy…" = "View of the slide…": the view is what any photo is. "Widok na Tatry" drops
    // both words; "widok z okna" (the vantage point is the subject) is left alone.
    { text: 'widok na|widoki na', source: PWN },
    {
      text: 'widok|widoki',
      source: PWN,
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
};
