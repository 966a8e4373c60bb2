// The nominative of what follows a Polish alt prefix: "Widok sali obrad" leaves "sali obrad" (the
// genitive) and "Zdjęcie przedstawia grupę dzieci" leaves "grupę dzieci" (the accusative); an alt
// that starts with them reads as broken Polish. The head noun phrase is put back into the
// nominative ("Sala obrad", "Grupa dzieci"); its complements keep their case.
//
// Why a closed list and not the Polish Hunspell dictionary (dictionary-pl): that dictionary has no
// morphological tags (0 of its 300,677 entries carry `po:`/`is:` fields), so it can only give the
// lemma — the nominative singular of a noun and the masculine form of an adjective. Of the 48 alts
// in tests/lang/pl-alts.ts whose rest needs a case change, turning each changed word into its
// dictionary lemma (dictionary-pl 2.0.0's suffix rules) gives the wrong text for 26: every plural
// head ("uczestników" → "uczestnik", not "uczestnicy") and every feminine or neuter adjective
// ("tytułowej" → "tytułowy"), and two lemmas for others ("gości": gość or gościć). It is also
// 1.1 MB gzipped (the browser core's whole budget is 150 KB) and GPL/LGPL/MPL-licensed. A closed
// list of the head nouns alts really use, with their case forms, converts only what it knows and
// says nothing otherwise.
//
// The conversion gives up (undefined) whenever it is not sure: an unknown head noun, a number, a
// name, a coordination it cannot attribute ("sali obrad i korytarza"), an adjective whose
// masculine-personal plural it cannot form.
import { stripDiacritics } from '../normalize.js';
import type { GrammaticalCase } from '../pack.js';

type Gender = 'm1' | 'm2' | 'm3' | 'f' | 'n' | 'p';

interface Noun {
  nomSg?: string;
  genSg?: string;
  accSg?: string;
  nomPl?: string;
  genPl?: string;
  accPl?: string;
  gender: Gender;
}

// Head nouns of alt texts on Polish public-office and news sites (people at events, places,
// buildings, event kinds, documents and charts), with their forms from the Słownik gramatyczny
// języka polskiego (SGJP, sgjp.pl): nominative sg, genitive sg, nominative pl, genitive pl, gender
// (m1 personal, m2 animate, m3 inanimate masculine, f, n; p = plural only), and the accusative
// singular where it is not the regular one. `-` = no such form.
// biome-ignore format: one noun a line reads as a table.
const NOUNS = `
uczestnik uczestnika uczestnicy uczestników m1
uczestniczka uczestniczki uczestniczki uczestniczek f
mieszkaniec mieszkańca mieszkańcy mieszkańców m1
mieszkanka mieszkanki mieszkanki mieszkanek f
uczeń ucznia uczniowie uczniów m1
uczennica uczennicy uczennice uczennic f
student studenta studenci studentów m1
studentka studentki studentki studentek f
nauczyciel nauczyciela nauczyciele nauczycieli m1
nauczycielka nauczycielki nauczycielki nauczycielek f
pracownik pracownika pracownicy pracowników m1
pracownica pracownicy pracownice pracownic f
przedstawiciel przedstawiciela przedstawiciele przedstawicieli m1
przedstawicielka przedstawicielki przedstawicielki przedstawicielek f
gość gościa goście gości m1
burmistrz burmistrza burmistrzowie burmistrzów m1
wójt wójta wójtowie wójtów m1
prezydent prezydenta prezydenci prezydentów m1
marszałek marszałka marszałkowie marszałków m1
starosta starosty starostowie starostów m1 starostę
wojewoda wojewody wojewodowie wojewodów m1 wojewodę
sołtys sołtysa sołtysi sołtysów m1
dyrektor dyrektora dyrektorzy dyrektorów m1
dyrektorka dyrektorki dyrektorki dyrektorek f
minister ministra ministrowie ministrów m1
poseł posła posłowie posłów m1
senator senatora senatorowie senatorów m1
członek członka członkowie członków m1
członkini członkini członkinie członkiń f członkinię
laureat laureata laureaci laureatów m1
laureatka laureatki laureatki laureatek f
zwycięzca zwycięzcy zwycięzcy zwycięzców m1 zwycięzcę
zawodnik zawodnika zawodnicy zawodników m1
zawodniczka zawodniczki zawodniczki zawodniczek f
sportowiec sportowca sportowcy sportowców m1
strażak strażaka strażacy strażaków m1
policjant policjanta policjanci policjantów m1
żołnierz żołnierza żołnierze żołnierzy m1
wolontariusz wolontariusza wolontariusze wolontariuszy m1
wolontariuszka wolontariuszki wolontariuszki wolontariuszek f
senior seniora seniorzy seniorów m1
seniorka seniorki seniorki seniorek f
lekarz lekarza lekarze lekarzy m1
pielęgniarka pielęgniarki pielęgniarki pielęgniarek f
rolnik rolnika rolnicy rolników m1
artysta artysty artyści artystów m1 artystę
muzyk muzyka muzycy muzyków m1
autor autora autorzy autorów m1
autorka autorki autorki autorek f
organizator organizatora organizatorzy organizatorów m1
prelegent prelegenta prelegenci prelegentów m1
ekspert eksperta eksperci ekspertów m1
partner partnera partnerzy partnerów m1
kobieta kobiety kobiety kobiet f
mężczyzna mężczyzny mężczyźni mężczyzn m1 mężczyznę
chłopiec chłopca chłopcy chłopców m1
dziewczynka dziewczynki dziewczynki dziewczynek f
dziecko dziecka dzieci dzieci n
człowiek człowieka ludzie ludzi m1
osoba osoby osoby osób f
rodzina rodziny rodziny rodzin f
para pary pary par f
grupa grupy grupy grup f
zespół zespołu zespoły zespołów m3
drużyna drużyny drużyny drużyn f
delegacja delegacji delegacje delegacji f
publiczność publiczności - - f publiczność
młodzież młodzieży - - f młodzież
orkiestra orkiestry orkiestry orkiestr f
pies psa psy psów m2
kot kota koty kotów m2
koń konia konie koni m2
ptak ptaka ptaki ptaków m2
budynek budynku budynki budynków m3
ratusz ratusza ratusze ratuszy m3
urząd urzędu urzędy urzędów m3
rynek rynku rynki rynków m3
plac placu place placów m3
park parku parki parków m3
most mostu mosty mostów m3
kościół kościoła kościoły kościołów m3
zamek zamku zamki zamków m3
pałac pałacu pałace pałaców m3
dwór dworu dwory dworów m3
pomnik pomnika pomniki pomników m3
dworzec dworca dworce dworców m3
stadion stadionu stadiony stadionów m3
teren terenu tereny terenów m3
obszar obszaru obszary obszarów m3
krajobraz krajobrazu krajobrazy krajobrazów m3
ogród ogrodu ogrody ogrodów m3
las lasu lasy lasów m3
staw stawu stawy stawów m3
dom domu domy domów m3
blok bloku bloki bloków m3
dach dachu dachy dachów m3
korytarz korytarza korytarze korytarzy m3
stół stołu stoły stołów m3
samochód samochodu samochody samochodów m3
autobus autobusu autobusy autobusów m3
pojazd pojazdu pojazdy pojazdów m3
sprzęt sprzętu sprzęty sprzętów m3
plakat plakatu plakaty plakatów m3
slajd slajdu slajdy slajdów m3
wykres wykresu wykresy wykresów m3
schemat schematu schematy schematów m3
dyplom dyplomu dyplomy dyplomów m3
puchar pucharu puchary pucharów m3
medal medalu medale medali m3
certyfikat certyfikatu certyfikaty certyfikatów m3
dokument dokumentu dokumenty dokumentów m3
list listu listy listów m3
fragment fragmentu fragmenty fragmentów m3
ekran ekranu ekrany ekranów m3
zrzut zrzutu zrzuty zrzutów m3
film filmu filmy filmów m3
portret portretu portrety portretów m3
koncert koncertu koncerty koncertów m3
festyn festynu festyny festynów m3
piknik pikniku pikniki pikników m3
mecz meczu mecze meczów m3
turniej turnieju turnieje turniejów m3
konkurs konkursu konkursy konkursów m3
warsztat warsztatu warsztaty warsztatów m3
kurs kursu kursy kursów m3
wernisaż wernisażu wernisaże wernisaży m3
jarmark jarmarku jarmarki jarmarków m3
kiermasz kiermaszu kiermasze kiermaszy m3
pokaz pokazu pokazy pokazów m3
występ występu występy występów m3
tłum tłumu tłumy tłumów m3
herb herbu herby herbów m3
baner banera banery banerów m3
napis napisu napisy napisów m3
gabinet gabinetu gabinety gabinetów m3
pokój pokoju pokoje pokoi m3
sklep sklepu sklepy sklepów m3
szpital szpitala szpitale szpitali m3
cmentarz cmentarza cmentarze cmentarzy m3
chodnik chodnika chodniki chodników m3
parking parkingu parkingi parkingów m3
obiekt obiektu obiekty obiektów m3
kwiat kwiatu kwiaty kwiatów m3
bieg biegu biegi biegów m3
rajd rajdu rajdy rajdów m3
mural muralu murale murali m3
kompleks kompleksu kompleksy kompleksów m3
zabytek zabytku zabytki zabytków m3
pejzaż pejzażu pejzaże pejzaży m3
zachód zachodu zachody zachodów m3
wschód wschodu wschody wschodów m3
brzeg brzegu brzegi brzegów m3
szczyt szczytu szczyty szczytów m3
dziedziniec dziedzińca dziedzińce dziedzińców m3
taras tarasu tarasy tarasów m3
model modelu modele modeli m3
projekt projektu projekty projektów m3
plan planu plany planów m3
sala sali sale sal f
plansza planszy plansze plansz f
mapa mapy mapy map f
ulica ulicy ulice ulic f
droga drogi drogi dróg f
ścieżka ścieżki ścieżki ścieżek f
szkoła szkoły szkoły szkół f
biblioteka biblioteki biblioteki bibliotek f
siedziba siedziby siedziby siedzib f
scena sceny sceny scen f
hala hali hale hal f
aula auli aule auli f
świetlica świetlicy świetlice świetlic f
kaplica kaplicy kaplice kaplic f
katedra katedry katedry katedr f
wieża wieży wieże wież f
brama bramy bramy bram f
fasada fasady fasady fasad f
elewacja elewacji elewacje elewacji f
panorama panoramy panoramy panoram f
okolica okolicy okolice okolic f
rzeka rzeki rzeki rzek f
plaża plaży plaże plaż f
łąka łąki łąki łąk f
góra góry góry gór f
dolina doliny doliny dolin f
wieś wsi wsie wsi f wieś
gmina gminy gminy gmin f
miejscowość miejscowości miejscowości miejscowości f miejscowość
uroczystość uroczystości uroczystości uroczystości f uroczystość
konferencja konferencji konferencje konferencji f
prezentacja prezentacji prezentacje prezentacji f
wystawa wystawy wystawy wystaw f
ekspozycja ekspozycji ekspozycje ekspozycji f
instalacja instalacji instalacje instalacji f
inwestycja inwestycji inwestycje inwestycji f
budowa budowy budowy budów f
przebudowa przebudowy przebudowy przebudów f
tablica tablicy tablice tablic f
okładka okładki okładki okładek f
strona strony strony stron f
ulotka ulotki ulotki ulotek f
infografika infografiki infografiki infografik f
flaga flagi flagi flag f
nagroda nagrody nagrody nagród f
statuetka statuetki statuetki statuetek f
gala gali gale gal f
debata debaty debaty debat f
sesja sesji sesje sesji f
narada narady narady narad f
komisja komisji komisje komisji f
kolejka kolejki kolejki kolejek f
trasa trasy trasy tras f
kładka kładki kładki kładek f
fontanna fontanny fontanny fontann f
rzeźba rzeźby rzeźby rzeźb f
kamienica kamienicy kamienice kamienic f
ławka ławki ławki ławek f
świątynia świątyni świątynie świątyń f
cerkiew cerkwi cerkwie cerkwi f cerkiew
makieta makiety makiety makiet f
wizualizacja wizualizacji wizualizacje wizualizacji f
sylwetka sylwetki sylwetki sylwetek f
wnętrze wnętrza wnętrza wnętrz n
miasto miasta miasta miast n
centrum centrum centra centrów n
muzeum muzeum muzea muzeów n
przedszkole przedszkola przedszkola przedszkoli n
boisko boiska boiska boisk n
spotkanie spotkania spotkania spotkań n
szkolenie szkolenia szkolenia szkoleń n
zebranie zebrania zebrania zebrań n
posiedzenie posiedzenia posiedzenia posiedzeń n
otwarcie otwarcia otwarcia otwarć n
wydarzenie wydarzenia wydarzenia wydarzeń n
przedstawienie przedstawienia przedstawienia przedstawień n
drzewo drzewa drzewa drzew n
jezioro jeziora jeziora jezior n
stoisko stoiska stoiska stoisk n
osiedle osiedla osiedla osiedli n
skrzyżowanie skrzyżowania skrzyżowania skrzyżowań n
rondo ronda ronda rond n
zwierzę zwierzęcia zwierzęta zwierząt n
koło koła koła kół n
schronisko schroniska schroniska schronisk n
wejście wejścia wejścia wejść n
nabożeństwo nabożeństwa nabożeństwa nabożeństw n
wręczenie wręczenia wręczenia wręczeń n
stanowisko stanowiska stanowiska stanowisk n
biuro biura biura biur n
okno okna okna okien n
godło godła godła godeł n
- - obchody obchodów p
- - zawody zawodów p
- - dożynki dożynek p
- - urodziny urodzin p
- - targi targów p
- - mistrzostwa mistrzostw p
- - igrzyska igrzysk p
- - schody schodów p
- - drzwi drzwi p
- - Tatry Tatr p
- - Karkonosze Karkonoszy p
- - Bieszczady Bieszczadów p
- - Pieniny Pienin p
- - Beskidy Beskidów p
`;

interface Reading {
  noun: Noun;
  plural: boolean;
}

let index: Map<string, Map<GrammaticalCase, Reading[]>> | undefined;
/** The same, keyed without diacritics: editors on phones type "mieszkancow" for "mieszkańców". */
let plainIndex: Map<string, Map<GrammaticalCase, Reading[]>> | undefined;

function regularAccSg(nomSg: string, gender: Gender, genSg: string): string {
  if (gender === 'm1' || gender === 'm2') return genSg;
  if (gender === 'f' && nomSg.endsWith('a')) return `${nomSg.slice(0, -1)}ę`;
  return nomSg;
}

/** Form → the readings it has in the genitive and the accusative, built on first use. */
function nounIndex(): Map<string, Map<GrammaticalCase, Reading[]>> {
  if (index) return index;
  index = new Map();
  plainIndex = new Map();
  const addTo = (
    map: Map<string, Map<GrammaticalCase, Reading[]>>,
    key: string,
    kase: GrammaticalCase,
    reading: Reading,
  ) => {
    let byCase = map.get(key);
    if (!byCase) {
      byCase = new Map();
      map.set(key, byCase);
    }
    const list = byCase.get(kase) ?? [];
    list.push(reading);
    byCase.set(kase, list);
  };
  const add = (form: string | undefined, kase: GrammaticalCase, reading: Reading) => {
    if (!form) return;
    const key = form.toLocaleLowerCase('pl');
    addTo(index!, key, kase, reading);
    addTo(plainIndex!, stripDiacritics(key), kase, reading);
  };
  for (const line of NOUNS.trim().split('\n')) {
    const [nomSg, genSg, nomPl, genPl, gender, accSg] = line
      .split(' ')
      .map((f) => (f === '-' ? undefined : f));
    const g = gender as Gender;
    const noun: Noun = { nomSg, genSg, nomPl, genPl, gender: g };
    noun.accSg = accSg ?? (nomSg && genSg ? regularAccSg(nomSg, g, genSg) : undefined);
    noun.accPl = g === 'm1' ? genPl : nomPl;
    add(noun.genSg, 'genitive', { noun, plural: false });
    add(noun.genPl, 'genitive', { noun, plural: true });
    add(noun.accSg, 'accusative', { noun, plural: false });
    add(noun.accPl, 'accusative', { noun, plural: true });
  }
  return index;
}

/** One reading of a form, singular preferred: "prezentacji" and "uroczystości" are genitive
 * singular or plural alike, and an alt names one hall far more often than several. An adjective
 * beside the noun settles the number where its ending differs. */
function readings(word: string, kase: GrammaticalCase): Reading[] {
  const key = word.toLocaleLowerCase('pl');
  let found = nounIndex().get(key)?.get(kase);
  if (!found && key === stripDiacritics(key)) {
    // Typed without diacritics: "sale" may be "salę" or "sale"; only an unambiguous form counts.
    const plain = plainIndex!.get(key)?.get(kase) ?? [];
    const nominatives = new Set(plain.map((r) => (r.plural ? r.noun.nomPl : r.noun.nomSg)));
    found = nominatives.size === 1 ? plain : [];
  }
  return [...(found ?? [])].sort((a, b) => Number(a.plural) - Number(b.plural));
}

const INVARIANT = new Set(['jego', 'jej', 'ich']);
// biome-ignore format: a word list reads better on one line.
const NOT_ADJECTIVES = new Set(['bardziej', 'najbardziej', 'więcej', 'mniej', 'dalej', 'wcześniej', 'później', 'lepiej', 'niżej', 'wyżej', 'bliżej', 'kolej', 'niej']);
const DEMONSTRATIVES: Record<string, Partial<Record<Gender | 'pl' | 'pl-m1', string>>> = {
  tego: { m1: 'ten', m2: 'ten', m3: 'ten', n: 'to' },
  tej: { f: 'ta' },
  tę: { f: 'ta' },
  tych: { pl: 'te', 'pl-m1': 'ci' },
};

/** The nominative of an adjective agreeing with `noun` in `kase`, or undefined when `word` is not
 * such an adjective (or its nominative cannot be formed with certainty). */
function adjective(word: string, kase: GrammaticalCase, r: Reading): string | undefined {
  const w = word.toLocaleLowerCase('pl');
  if (INVARIANT.has(w)) return word;
  if (NOT_ADJECTIVES.has(w)) return undefined;
  const g = r.noun.gender;
  const demonstrative = DEMONSTRATIVES[w];
  if (demonstrative) {
    const key = r.plural || g === 'p' ? (g === 'm1' ? 'pl-m1' : 'pl') : g;
    const nom = demonstrative[key];
    return nom && (kase === 'genitive' || w !== 'tych' || g === 'm1') ? keepCase(word, nom) : undefined;
  }
  let nom: string | undefined;
  if (r.plural || g === 'p') {
    // Genitive plural, and the accusative plural of masculine-personal nouns: -ych/-ich.
    if (kase === 'accusative' && g !== 'm1') return /(?:e|ie)$/.test(w) ? word : undefined;
    if (w.endsWith('ych') || w.endsWith('ich')) nom = g === 'm1' ? virilePlural(w) : pluralNonVirile(w);
  } else if (g === 'f') {
    if (kase === 'genitive' && w.endsWith('iej')) nom = softOrVelar(w.slice(0, -3), 'a', 'ia');
    else if (kase === 'genitive' && w.endsWith('ej')) nom = `${w.slice(0, -2)}a`;
    else if (kase === 'accusative' && w.endsWith('ą')) nom = `${w.slice(0, -1)}a`;
  } else if (kase === 'genitive' || g === 'm1' || g === 'm2') {
    if (w.endsWith('ego')) nom = masculineOrNeuter(w.slice(0, -3), g === 'n');
  } else {
    // Accusative singular of inanimate masculine and neuter nouns is the nominative already.
    return /(?:y|i|e|ie)$/.test(w) ? word : undefined;
  }
  return nom ? keepCase(word, nom) : undefined;
}

/** "polsk" + a/ia: velar stems take the plain ending ("polska"), soft ones the -i- ("ostatnia"). */
function softOrVelar(stem: string, plain: string, soft: string): string {
  return /[kg]$/.test(stem) ? stem + plain : stem + soft;
}

function masculineOrNeuter(stem: string, neuter: boolean): string {
  if (/[kg]$/.test(stem)) return stem + (neuter ? 'ie' : 'i');
  if (stem.endsWith('i')) return neuter ? `${stem}e` : stem;
  return stem + (neuter ? 'e' : 'y');
}

function pluralNonVirile(w: string): string {
  return w.endsWith('ich') ? `${w.slice(0, -3)}ie` : `${w.slice(0, -3)}e`;
}

/** Masculine-personal plural of an adjective: "nowych" → "nowi", "dobrych" → "dobrzy",
 * "polskich" → "polscy". Stems whose alternation changes a vowel or is irregular give up. */
function virilePlural(w: string): string | undefined {
  if (w.endsWith('ich')) {
    const stem = w.slice(0, -3);
    if (stem.endsWith('k')) return `${stem.slice(0, -1)}cy`;
    if (stem.endsWith('g')) return `${stem.slice(0, -1)}dzy`;
    return `${stem}i`;
  }
  const stem = w.slice(0, -3);
  if (stem.endsWith('ch')) return `${stem.slice(0, -2)}si`;
  if (/(?:sz|cz|rz|ż|ł|l)$/.test(stem)) return undefined;
  if (stem.endsWith('r')) return `${stem.slice(0, -1)}rzy`;
  if (stem.endsWith('d')) return `${stem.slice(0, -1)}dzi`;
  if (stem.endsWith('t')) return `${stem.slice(0, -1)}ci`;
  if (/[nwmpbfsz]$/.test(stem)) return `${stem}i`;
  return undefined;
}

/** The form spelt as the original is: capitalised like it, and without diacritics if it has none. */
function keepCase(original: string, form: string): string {
  const plain = original === stripDiacritics(original) ? stripDiacritics(form) : form;
  return /^\p{Lu}/u.test(original) ? plain[0]!.toLocaleUpperCase('pl') + plain.slice(1) : plain;
}

function nominativeOf(r: Reading, written: string): string | undefined {
  const form = r.plural || r.noun.gender === 'p' ? r.noun.nomPl : r.noun.nomSg;
  return form ? keepCase(written, form) : undefined;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const CONJUNCTIONS = new Set(['i', 'oraz', 'lub', 'albo', 'a']);
// biome-ignore format: a word list reads better on one line.
const PREPOSITIONS = new Set(['w', 'we', 'na', 'z', 'ze', 'do', 'od', 'po', 'przy', 'podczas', 'pod', 'nad', 'przed', 'za', 'obok', 'wokół', 'u', 'dla', 'o', 'przez', 'między', 'pomiędzy', 'koło', 'wśród', 'naprzeciw', 'spod', 'znad', 'zza', 'około', 'według', 'wzdłuż']);
// biome-ignore format: a word list reads better on one line.
const CLAUSE_WORDS = new Set(['gdzie', 'który', 'która', 'które', 'którzy', 'którego', 'której', 'których', 'którym', 'którymi', 'gdy', 'kiedy', 'podczas', 'aby', 'żeby', 'bo', 'ponieważ', 'co']);

interface Word {
  text: string;
  start: number;
  end: number;
}

interface Phrase {
  edits: Array<{ word: Word; text: string }>;
  next: number;
}

/** A noun phrase in `kase` starting at word `i`: adjectives, the head noun, agreeing adjectives.
 * Of a form's readings (singular or plural) the one most adjectives agree with wins. */
function nounPhrase(words: Word[], i: number, kase: GrammaticalCase): Phrase | undefined {
  for (let n = i; n < Math.min(words.length, i + 3); n++) {
    const head = words[n]!;
    if (/\p{N}/u.test(head.text)) return undefined;
    let best: (Phrase & { adjectives: number }) | undefined;
    for (const r of readings(head.text, kase)) {
      const phrase = phraseWith(words, i, n, kase, r);
      if (phrase && (!best || phrase.adjectives > best.adjectives)) best = phrase;
    }
    if (best) return best;
    // Only adjectives may stand before the head noun; a word that cannot be one ends the search.
    const before = kase === 'accusative' ? /(?:ego|ej|ych|ich|ą|y|i|e)$/u : /(?:ego|ej|ych|ich)$/u;
    if (!before.test(head.text.toLocaleLowerCase('pl'))) return undefined;
  }
  return undefined;
}

function phraseWith(
  words: Word[],
  i: number,
  n: number,
  kase: GrammaticalCase,
  r: Reading,
): (Phrase & { adjectives: number }) | undefined {
  const head = words[n]!;
  const edits: Phrase['edits'] = [];
  for (let a = i; a < n; a++) {
    const nom = adjective(words[a]!.text, kase, r);
    if (!nom) return undefined;
    edits.push({ word: words[a]!, text: nom });
  }
  const nom = nominativeOf(r, head.text);
  if (!nom) return undefined;
  edits.push({ word: head, text: nom });
  let next = n + 1;
  // Adjectives after the noun agree with it ("planszy tytułowej"); a capitalised one after a
  // lower-case noun starts a name in its own case ("kościoła Świętego Jana").
  const capital = /^\p{Lu}/u.test(head.text);
  while (next < words.length && next < n + 3) {
    const w = words[next]!;
    if (/^\p{Lu}/u.test(w.text) !== capital) break;
    const adj = adjective(w.text, kase, r);
    if (!adj || adj === w.text) break;
    edits.push({ word: w, text: adj });
    next++;
  }
  return { edits, next, adjectives: edits.length - 1 };
}

/** The text in the nominative, first letter capitalised, or undefined when not sure. */
export function nominative(text: string, from: GrammaticalCase): string | undefined {
  if (from !== 'genitive' && from !== 'accusative') return undefined;
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (words.length === 0 || words[0]!.start !== 0) return undefined;
  const first = nounPhrase(words, 0, from);
  if (!first) return undefined;
  const edits = [...first.edits];
  let i = first.next;
  // Coordinated right after the head ("budynku i parku"): that phrase is in the same case too.
  while (i < words.length) {
    const between = text.slice(words[i - 1]!.end, words[i]!.start);
    const conj = CONJUNCTIONS.has(words[i]!.text.toLocaleLowerCase('pl')) && !/[^\s]/.test(between);
    const comma = /^\s*,\s*$/.test(between);
    if (!conj && !comma) break;
    const at = conj ? i + 1 : i;
    const next = at < words.length ? nounPhrase(words, at, from) : undefined;
    if (!next) {
      const lower = words[i]!.text.toLocaleLowerCase('pl');
      if (comma && (CLAUSE_WORDS.has(lower) || PREPOSITIONS.has(lower))) break;
      return undefined;
    }
    edits.push(...next.edits);
    i = next.next;
  }
  // Further on, a conjunction before any preposition, clause or sentence end may join another
  // phrase to the head or to its complement ("sali obrad i korytarza"): not sure which, so no
  // suggestion. Inside a prepositional phrase or a name ("Pałacu Kultury i Nauki") it is fine.
  for (let k = i; k < words.length; k++) {
    const w = words[k]!;
    const before = text.slice(words[k - 1]!.end, w.start);
    if (/[.;:!?()–—]/.test(before)) break;
    const lower = w.text.toLocaleLowerCase('pl');
    if (PREPOSITIONS.has(lower) || CLAUSE_WORDS.has(lower)) break;
    if (/,/.test(before)) return undefined;
    if (CONJUNCTIONS.has(lower)) {
      const name = /^\p{Lu}/u.test(words[k - 1]!.text) && /^\p{Lu}/u.test(words[k + 1]?.text ?? '');
      if (!name) return undefined;
    }
  }
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.word.start) + e.text;
    at = e.word.end;
  }
  out += text.slice(at);
  return out[0]!.toLocaleUpperCase('pl') + out.slice(1);
}
