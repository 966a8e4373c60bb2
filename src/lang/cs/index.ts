// Czech. Messages stay English or Polish; the words are Czech.
import type { LanguagePack } from '../pack.js';
import { EVERYDAY_EQUIVALENT, F30, F84, G94, G95, H37, PRESS_CREDIT, WAI_TUTORIAL } from '../sources.js';

const PRAVIDLA =
  'Pravidla přístupnosti (Blind Friendly Web, pravidla-pristupnosti.cz): text odkazu bez „zde“, „více“; alternativní text bez „obrázek“, „foto“';
const SSJC =
  'Slovník spisovného jazyka českého / Internetová jazyková příručka (prirucka.ujc.cas.cz): tvary slov';
const SYNTAX_CS =
  'Czech syntax: "zobrazuje", "znázorňuje", "vidíme" take the accusative (Internetová jazyková příručka, vazby sloves)';
const FREQ_CS = 'Nejčastější slova češtiny (Český národní korpus, SYN2015, frekvenční seznam)';
const TEMPLATES_CS =
  'Labels of Czech CMS templates and municipal sites (Publikováno, Zveřejněno, Aktualizováno)';
const SCREENSHOT_CS =
  'Default screenshot file names of Czech Windows and macOS ("Snímek obrazovky 2024-05-20")';
const ALPHABET_CS =
  'The Czech alphabet: ě ř ů ť ď ň (č š ž ý shared with Slovak, which has ä ô ľ ĺ ŕ instead)';

const OBRAZEK = 'obrázek|obrázku|obrázky|obrázků|obrázkem|obrázcích';
const FOTOGRAFIE = 'fotografie|fotografii|fotografií|fotografiemi|fotka|fotky|fotku|fotce|foto';
const SNIMEK = 'snímek|snímku|snímky|snímků|snímkem';
const ON =
  'na obrázku|na obrázcích|na fotografii|na fotografiích|na fotce|na fotkách|na snímku|na snímcích|na foto';
const SHOWS = ['zobrazuje', 'znázorňuje', 'ukazuje', 'představuje', 'zachycuje'];
const NOUNS = ['obrázek', 'fotografie', 'foto', 'fotka', 'snímek', 'ilustrace', 'grafika'];

export const cs: LanguagePack = {
  tag: 'cs',
  script: 'Latn',
  words: {
    placeholders: [
      { text: `${OBRAZEK}|${FOTOGRAFIE}|${SNIMEK}|obraz|obrazu`, source: F30 },
      { text: 'ilustrace|grafika|grafiky|ikona|ikonka|náhled|miniatura|banner|bez názvu', source: PRAVIDLA },
      { text: 'alternativní text|popis obrázku|alt', source: PRAVIDLA },
    ],
    placeholderFillers: [
      {
        text: 'ilustrační|ilustrativní|hlavní|titulní|náhledový|náhledová|článku|k článku|č|číslo',
        source: PRAVIDLA,
      },
    ],
    redundantPrefixes: [
      {
        text: SHOWS.flatMap((v) => NOUNS.map((n) => `${n} ${v}`)).join('|'),
        source: SYNTAX_CS,
        leaves: 'accusative',
      },
      { text: ON, source: PRAVIDLA },
      {
        text: 'na obrázku je|na obrázku jsou|na fotografii je|na fotografii jsou|na snímku je|na snímku jsou|na fotce je|na fotce jsou',
        source: PRAVIDLA,
      },
      {
        text: 'na obrázku vidíme|na fotografii vidíme|na snímku vidíme|na fotce vidíme|na obrázku je vidět|na fotografii je vidět|na snímku je vidět',
        source: SYNTAX_CS,
        leaves: 'accusative',
      },
      // "Pohled na náměstí" = "View of the square"; "pohled z věže" (the vantage point) is left alone.
      { text: 'pohled na|výhled na', source: SSJC, leaves: 'accusative' },
      { text: 'obrázek|fotografie|foto|fotka|snímek', source: H37, colon: true },
    ],
    creditMarkers: [
      {
        text: 'foto|fotografie|autor fotografie|autorka fotografie|autor|autorka|zdroj|zdroj fotografie|snímek',
        source: PRESS_CREDIT,
        colon: true,
        nameNext: true,
      },
      {
        text: 'foto|fotografoval|fotografovala|se svolením|s laskavým svolením',
        source: PRESS_CREDIT,
        nameNext: true,
      },
    ],
    complexImages: [
      {
        text: 'graf|grafu|grafy|grafů|diagram|diagramu|schéma|schématu|schémata|organizační schéma',
        source: G95,
      },
      {
        text: 'infografika|infografiky|infografiku|mapa|mapy|mapu|mapě|časová osa|časové osy',
        source: WAI_TUTORIAL,
      },
      {
        text: 'plakát|plakátu|leták|letáku|snímek obrazovky|snímku obrazovky|prezentace|tabulka|tabulky',
        source: G95,
      },
    ],
    notComplex: [{ text: 'titulní snímek|titulní strana', source: G95 }],
    viewWords: [{ text: 'pohled|pohledy|záběr|záběry|výhled', source: G94 }],
    descriptionLabels: [
      {
        text: 'popis|popis obrázku|alternativní text|popisek|dlouhý popis',
        source: WAI_TUTORIAL,
        colon: true,
      },
    ],
    articles: [],
    vagueLinks: [
      { text: 'zde|více|klikněte zde', source: PRAVIDLA },
      { text: 'tady|sem|klikněte sem|klikni sem|klikni zde|klikněte', source: F84 },
      {
        text: 'více informací|čtěte více|číst více|čtěte dále|číst dále|celý článek|podrobnosti|odkaz|tento odkaz|zobrazit více|další informace|více zde|více na',
        source: EVERYDAY_EQUIVALENT,
      },
    ],
    screenshotNames: [{ text: 'snímek obrazovky', source: SCREENSHOT_CS }],
  },
  fieldLabels: {
    published: [
      {
        text: 'Publikováno|Zveřejněno|Datum zveřejnění|Datum publikace|Vloženo|Přidáno',
        source: TEMPLATES_CS,
      },
    ],
    modified: [
      { text: 'Aktualizováno|Poslední aktualizace|Datum aktualizace|Upraveno|Změněno', source: TEMPLATES_CS },
    ],
  },
  detection: {
    functionWords: [
      {
        text: 'a|v|se|na|je|že|to|s|z|o|k|i|do|ve|pro|by|jako|ale|za|po|jsou|od|jsem|který|která|které|tak|jeho|jak|jen|už|co|až|když|také|být|bylo|byl|byla|již|při|nebo|než|podle|ze|mezi|však|pak|tím|této|tento|tato|jsme|jste|může|můžete|mít|bude|budou|aby|kde|proto|protože|si|bych|jsi|není|nejsou|tu|ten|ta|tak|ještě|velmi|něco|když|jejich|naše|náš|vás|nás',
        source: FREQ_CS,
      },
    ],
    letters: [{ text: 'ěřůťďňčšžýáíú', source: ALPHABET_CS }],
    foreignLetters: [{ text: 'äôľĺŕ', source: ALPHABET_CS }],
  },
};
