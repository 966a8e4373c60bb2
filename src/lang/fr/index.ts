// French.

import type { LanguagePack } from '../pack.js';
import {
  ALPHABET,
  CMS_TEMPLATES,
  EVERYDAY_EQUIVALENT,
  F30,
  FREQ_FR,
  G94,
  G95,
  LAROUSSE,
  OS_SCREENSHOT_NAMES,
  PRESS_CREDIT,
  RGAA,
  RULES_CATALOGUE,
  WAI_TUTORIAL,
} from '../sources.js';

export const fr: LanguagePack = {
  tag: 'fr',
  script: 'Latn',
  words: {
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
        text: 'image de|image d|photo de|photo d|photographie de|photographie d',
        source: RGAA,
      },
      // "Photo du maire" is "photo de le maire": the article comes back when the prefix goes.
      { text: 'image du|photo du|photographie du', source: RGAA, replaceWith: 'le' },
      { text: 'image des|photo des|photographie des', source: RGAA, replaceWith: 'les' },
      {
        text: "une image de|une image d|une photo de|une photo d|image montrant|photo montrant|image représentant|photo représentant|sur la photo|sur cette photo|sur l'image|sur cette image|l'image montre|la photo montre|cette photo montre|cette image montre",
        source: RGAA,
      },
      { text: 'une image du|une photo du', source: RGAA, replaceWith: 'le' },
      { text: 'une image des|une photo des', source: RGAA, replaceWith: 'les' },
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
    vagueLinks: [
      { text: 'ici', source: RULES_CATALOGUE },
      {
        text: "cliquez ici|cliquer ici|lire la suite|en savoir plus|la suite|suite|plus|plus d'informations|plus d'infos|voir plus|lien|ce lien|en lire plus|lire plus|détails|cliquez|par ici",
        source: EVERYDAY_EQUIVALENT,
      },
    ],
    screenshotNames: [{ text: "capture d'écran", source: OS_SCREENSHOT_NAMES }],
  },
  fieldLabels: {
    published: [{ text: 'Publié le|Date de publication|Publié|Mis en ligne le', source: CMS_TEMPLATES }],
    modified: [{ text: 'Mis à jour le|Dernière mise à jour|Modifié le', source: CMS_TEMPLATES }],
  },
  detection: {
    functionWords: [
      {
        text: 'le|la|les|de|des|du|et|est|un|une|en|que|qui|dans|pour|pas|sur|au|aux|avec|ce|cette|ces|il|elle|nous|vous|ils|sont|par|plus|ne|se|son|sa|ses|leur|leurs|mais|ou|été|être|fait|comme|aussi|très|notre|nos|votre|vos|d|l|qu|n|c|j|s|tous|tout|toute|toutes|même|où|dont|peut|faire|entre|après|avant|depuis|chez|sans|sous|encore|ainsi|alors|donc|car|quand|si|y|on|lui|eux|ont|avons|avez|était|cela|ça|afin|lors|selon',
        source: FREQ_FR,
      },
    ],
    letters: [{ text: 'àâçèêëîïôûùœÿ', source: ALPHABET }],
  },
};
