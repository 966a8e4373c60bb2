import { defineEngineRule } from '../src/engine/rule.js';

/** Reported by the engine when a post is over a size or depth limit, naming the checks skipped. */
export default defineEngineRule({
  id: 'limit-exceeded',
  severity: 'warning',
  wcag: [],
  tags: ['engine'],
  description: {
    en: 'The file exceeds a size or depth limit, so some checks were skipped',
    pl: 'Plik przekracza limit rozmiaru lub zagnieżdżenia, więc część sprawdzeń pominięto',
  },
  why: {
    en: 'Problems in the parts that were not checked stay hidden; the limits keep one huge or hostile file from stopping the whole run.',
    pl: 'Problemy w niesprawdzonych częściach pozostają ukryte; limity nie pozwalają, by jeden ogromny lub złośliwy plik zatrzymał całe sprawdzanie.',
  },
  fix: {
    en: 'Split the post, remove what makes it so large or deep (pasted exports, generated markup), or raise the limit under "limits" in the configuration.',
    pl: 'Podziel wpis, usuń to, co czyni go tak dużym lub głębokim (wklejone eksporty, generowany kod), albo podnieś limit w sekcji "limits" konfiguracji.',
  },
  messages: {
    maxBytes: {
      en: 'The file is {actual} bytes, over the limit of {max} (limits.maxBytes): it was not checked, all rules were skipped.',
      pl: 'Plik ma {actual} bajtów, więcej niż limit {max} (limits.maxBytes): nie został sprawdzony, pominięto wszystkie reguły.',
    },
    maxLineLength: {
      en: 'Line {line} is {actual} characters long, over the limit of {max} (limits.maxLineLength): the file was not checked, all rules were skipped.',
      pl: 'Wiersz {line} ma {actual} znaków, więcej niż limit {max} (limits.maxLineLength): plik nie został sprawdzony, pominięto wszystkie reguły.',
    },
    maxNesting: {
      en: 'Elements are nested {actual} deep (near line {line}), over the limit of {max} (limits.maxNesting): the file was not checked, all rules were skipped.',
      pl: 'Elementy są zagnieżdżone na głębokość {actual} (około wiersza {line}), więcej niż limit {max} (limits.maxNesting): plik nie został sprawdzony, pominięto wszystkie reguły.',
    },
    maxImagesRules: {
      en: 'The post has {actual} images, over the limit of {max} (limits.maxImages): the image rules ({rules}) were skipped.',
      pl: 'Wpis ma {actual} obrazów, więcej niż limit {max} (limits.maxImages): pominięto reguły obrazów ({rules}).',
    },
    maxNestingRules: {
      en: 'Elements are nested {actual} deep, over the limit of {max} (limits.maxNesting): all content rules were skipped.',
      pl: 'Elementy są zagnieżdżone na głębokość {actual}, więcej niż limit {max} (limits.maxNesting): pominięto wszystkie reguły treści.',
    },
    maxTableCells: {
      en: 'Tables with {actual} cells in all (the first from line {line}) are over the limit of {max} cells (limits.maxTableCells): those tables were not checked, the rest of the post was.',
      pl: 'Tabele mają łącznie {actual} komórek (pierwsza od wiersza {line}), więcej niż limit {max} (limits.maxTableCells): tych tabel nie sprawdzono, resztę wpisu tak.',
    },
    maxFindings: {
      en: 'The post has {actual} findings, over the limit of {max} (limits.maxFindings): the first {max} are listed, errors first, the others were left out.',
      pl: 'Wpis ma {actual} uwag, więcej niż limit {max} (limits.maxFindings): wymieniono pierwsze {max}, najpierw błędy, pozostałe pominięto.',
    },
    outOfMemory: {
      en: 'Checking the file used more than the {max} MB a worker may use: it was checked again on its own with the native rules only, and the rendered-page checks (axe) were skipped.',
      pl: 'Sprawdzanie pliku zużyło więcej niż {max} MB dostępnych dla wątku roboczego: sprawdzono go ponownie osobno tylko regułami natywnymi, a sprawdzenia renderowanej strony (axe) pominięto.',
    },
    maxAxeElements: {
      en: 'The post has {actual} elements, over the limit of {max} (limits.maxAxeElements): the rendered-DOM checks (all {rules} axe/* rules of axe-core) were skipped; the other rules ran.',
      pl: 'Wpis ma {actual} elementów, więcej niż limit {max} (limits.maxAxeElements): pominięto sprawdzenia wyrenderowanej strony (wszystkie {rules} reguł axe/* z axe-core); pozostałe reguły zadziałały.',
    },
    tooDeepToParse: {
      en: 'The file is nested too deeply to parse (limits.maxNesting is {max}): it was not checked, all rules were skipped.',
      pl: 'Plik jest zagnieżdżony zbyt głęboko, by go przetworzyć (limits.maxNesting wynosi {max}): nie został sprawdzony, pominięto wszystkie reguły.',
    },
  },
});
