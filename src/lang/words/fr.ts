// French image words.
import { F30, G94, G95, LAROUSSE, PRESS_CREDIT, RGAA, WAI_TUTORIAL } from './sources.js';
import type { ImageWordList } from './types.js';

export const fr: ImageWordList = {
  placeholders: [
    {
      text: 'image|images|photo|photos|photographie|illustration|visuel|graphique|vignette|miniature|icône',
      source: F30,
    },
    {
      text: "image d'illustration|photo d'illustration|illustration d'article|texte alternatif|sans titre",
      source: LAROUSSE,
    },
  ],
  placeholderFillers: [{ text: "une|un|l|la|le|cette|d|de|d'illustration|principale", source: F30 }],
  redundantPrefixes: [
    {
      text: 'image de|image d|image du|image des|photo de|photo d|photo du|photo des|photographie de|photographie d|photographie du|photographie des',
      source: RGAA,
    },
    {
      text: "une image de|une image d|une photo de|une photo d|image montrant|photo montrant|image représentant|photo représentant|sur la photo|sur cette photo|sur l'image|sur cette image|l'image montre|la photo montre|cette photo montre|cette image montre",
      source: RGAA,
    },
    { text: 'image|photo', source: RGAA, colon: true },
  ],
  creditMarkers: [
    {
      text: 'crédit photo|crédits photo|crédit|crédits|photo|source',
      source: PRESS_CREDIT,
      colon: true,
      nameNext: true,
    },
    { text: "avec l'aimable autorisation de|gracieuseté de|photo prise par", source: PRESS_CREDIT },
  ],
  complexImages: [
    {
      text: 'graphique|graphiques|diagramme|diagrammes|schéma|schémas|organigramme|carte de|carte du|carte des|frise chronologique',
      source: G95,
    },
    {
      text: "infographie|infographies|diapositive|diapositives|affiche|capture d'écran|captures d'écran",
      source: WAI_TUTORIAL,
    },
  ],
  notComplex: [{ text: 'diapositive de titre|page de titre', source: G95 }],
  viewWords: [{ text: 'vue|vues', source: G94 }],
  descriptionLabels: [
    {
      text: "texte alternatif|texte de remplacement|description|description de l'image|légende|description longue",
      source: WAI_TUTORIAL,
      colon: true,
    },
  ],
  articles: [{ text: 'le|la|les|l|un|une|des', source: G95 }],
};
