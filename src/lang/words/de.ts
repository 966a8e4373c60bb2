// German image words.
import { BITV, DUDEN, F30, G94, G95, H37, PRESS_CREDIT, WAI_TUTORIAL } from './sources.js';
import type { ImageWordList } from './types.js';

export const de: ImageWordList = {
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
  redundantPrefixes: [
    {
      text: 'bild von|bild vom|bild der|bild des|foto von|foto vom|foto der|foto des|grafik von|abbildung von|abbildung der|abbildung des',
      source: BITV,
    },
    {
      text: 'ein bild von|ein foto von|das bild zeigt|das foto zeigt|die grafik zeigt|die abbildung zeigt|auf dem bild|auf dem foto|auf dem bild sieht man|auf dem foto sieht man|auf dem bild ist|auf dem foto ist',
      source: BITV,
    },
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
};
