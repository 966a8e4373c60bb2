// German.

import type { LanguagePack } from '../pack.js';
import {
  ALPHABET,
  BITV,
  CMS_TEMPLATES,
  DUDEN,
  EVERYDAY_EQUIVALENT,
  F30,
  FREQ_DE,
  G94,
  G95,
  H37,
  OS_SCREENSHOT_NAMES,
  PRESS_CREDIT,
  RULES_CATALOGUE,
  SA11Y_LINKS,
  WAI_TUTORIAL,
} from '../sources.js';

export const de: LanguagePack = {
  tag: 'de',
  script: 'Latn',
  words: {
    placeholders: [
      {
        text: 'bild|bilder|foto|fotos|grafik|abbildung|illustration|symbolbild|symbolfoto|platzhalter',
        source: F30,
      },
      {
        text: 'beispielbild|titelbild|vorschaubild|beitragsbild|headerbild|bildbeschreibung|alternativtext',
        source: DUDEN,
      },
    ],
    placeholderFillers: [{ text: 'ein|eine|das|der|die|kein|neues', source: F30 }],
    // What follows "von" is in the dative and what follows "zeigt" in the accusative ("Bild von
    // Kindern im Park", "Das Foto zeigt einen Hund"): without the prefix, article and endings are
    // wrong, so these name the case and no shortened text is proposed.
    redundantPrefixes: [
      {
        text: 'bild von|bild vom|foto von|foto vom|grafik von|abbildung von|ein bild von|ein foto von',
        source: BITV,
        leaves: 'dative',
      },
      {
        text: 'bild der|bild des|foto der|foto des|abbildung der|abbildung des',
        source: BITV,
        leaves: 'genitive',
      },
      {
        text: 'das bild zeigt|das foto zeigt|die grafik zeigt|die abbildung zeigt|auf dem bild sieht man|auf dem foto sieht man',
        source: BITV,
        leaves: 'accusative',
      },
      { text: 'auf dem bild|auf dem foto|auf dem bild ist|auf dem foto ist', source: BITV },
      { text: 'bild|foto|grafik', source: H37, colon: true },
    ],
    creditMarkers: [
      {
        text: 'foto|fotos|bild|bildquelle|quelle|fotograf|fotografin|bildnachweis',
        source: PRESS_CREDIT,
        colon: true,
        nameNext: true,
      },
      {
        text: 'foto von|fotografiert von|mit freundlicher genehmigung von|bildnachweis',
        source: PRESS_CREDIT,
        nameNext: true,
      },
    ],
    complexImages: [
      {
        text: 'diagramm|diagramms|schaubild|infografik|grafik zu|organigramm|zeitleiste|landkarte|karte von|karte der|karte des',
        source: G95,
      },
      { text: 'folie|folien|plakat|poster|screenshot|bildschirmfoto', source: WAI_TUTORIAL },
    ],
    notComplex: [{ text: 'titelfolie|titelseite', source: G95 }],
    viewWords: [{ text: 'ansicht|ansichten|blick', source: G94 }],
    descriptionLabels: [
      {
        text: 'bildbeschreibung|beschreibung|alternativtext|bildunterschrift|langbeschreibung',
        source: WAI_TUTORIAL,
        colon: true,
      },
    ],
    articles: [{ text: 'der|die|das|ein|eine|einen|einem', source: G95 }],
    vagueLinks: [
      { text: 'hier', source: RULES_CATALOGUE },
      { text: 'hier klicken|mehr erfahren', source: SA11Y_LINKS },
      {
        text: 'klicken sie hier|klick hier|mehr|weiterlesen|mehr lesen|mehr dazu|mehr informationen|mehr infos|link|dieser link|hier weiterlesen|details',
        source: EVERYDAY_EQUIVALENT,
      },
    ],
    screenshotNames: [{ text: 'bildschirmfoto|bildschirmfoto vom', source: OS_SCREENSHOT_NAMES }],
  },
  fieldLabels: {
    published: [
      {
        text: 'Veröffentlicht am|Veröffentlicht|Veröffentlichungsdatum|Erschienen am|Datum der Veröffentlichung',
        source: CMS_TEMPLATES,
      },
    ],
    modified: [
      { text: 'Aktualisiert am|Zuletzt aktualisiert|Geändert am|Aktualisiert', source: CMS_TEMPLATES },
    ],
  },
  detection: {
    functionWords: [
      {
        text: 'der|die|das|und|ist|nicht|ein|eine|einen|einem|einer|zu|den|dem|des|mit|sich|auf|für|von|auch|es|sie|wir|ich|du|dass|wird|werden|kann|können|sind|bei|oder|aber|wie|noch|nur|nach|aus|wenn|so|zum|zur|im|vom|diese|dieser|dein|deine|ihr|man|hat|haben|über|durch|in|am|an|als|bis|ob|um|sein|seine|mehr|alle|jetzt|hier|schon|sehr|dann|denn|weil|ohne|unter|zwischen|während|dir|dich|mir|mich|uns|euch|deines|deinem|deiner|deinen|diesem|diesen|dieses|ihre|ihren|wurde|wurden|war|waren|gibt|muss|müssen|soll|sollte|würde|kannst|musst',
        source: FREQ_DE,
      },
    ],
    letters: [{ text: 'äöüß', source: ALPHABET }],
  },
};
