// Spanish.

import type { LanguagePack } from '../pack.js';
import {
  ALPHABET,
  CMS_TEMPLATES,
  EVERYDAY_EQUIVALENT,
  F30,
  FREQ_ES,
  G94,
  G95,
  OS_SCREENSHOT_NAMES,
  PRESS_CREDIT,
  RAE,
  RULES_CATALOGUE,
  WAI_TUTORIAL,
} from '../sources.js';

export const es: LanguagePack = {
  tag: 'es',
  script: 'Latn',
  words: {
    placeholders: [
      { text: 'imagen|imágenes|foto|fotos|fotografía|ilustración|gráfico|miniatura|icono', source: F30 },
      {
        text: 'imagen ilustrativa|foto ilustrativa|foto de archivo|imagen de archivo|sin título|texto alternativo',
        source: RAE,
      },
    ],
    placeholderFillers: [{ text: 'una|un|la|el|esta|de|principal|destacada', source: F30 }],
    redundantPrefixes: [
      { text: 'imagen de|foto de|fotografía de|una imagen de|una foto de|una fotografía de', source: RAE },
      // "Foto del alcalde" is "foto de el alcalde": the article comes back when the prefix goes.
      {
        text: 'imagen del|foto del|fotografía del|una imagen del|una foto del',
        source: RAE,
        replaceWith: 'el',
      },
      {
        text: 'imagen que muestra|foto que muestra|en la imagen|en la foto|en la fotografía|la imagen muestra|la foto muestra',
        source: RAE,
      },
      { text: 'imagen|foto', source: RAE, colon: true },
    ],
    creditMarkers: [
      {
        text: 'crédito|créditos|crédito fotográfico|fotografía|fuente',
        source: PRESS_CREDIT,
        colon: true,
        nameNext: true,
      },
      { text: 'cortesía de|foto cortesía de|imagen cortesía de|fotografiado por', source: PRESS_CREDIT },
    ],
    complexImages: [
      {
        text: 'gráfico|gráficos|gráfica|diagrama|diagramas|esquema|organigrama|mapa de|mapa del|línea de tiempo',
        source: G95,
      },
      {
        text: 'infografía|infografías|diapositiva|diapositivas|cartel|póster|captura de pantalla|capturas de pantalla',
        source: WAI_TUTORIAL,
      },
    ],
    notComplex: [{ text: 'diapositiva de título|portada', source: G95 }],
    viewWords: [{ text: 'vista|vistas', source: G94 }],
    descriptionLabels: [
      {
        text: 'texto alternativo|descripción|descripción de la imagen|pie de foto|descripción larga',
        source: WAI_TUTORIAL,
        colon: true,
      },
    ],
    articles: [{ text: 'el|la|los|las|un|una', source: G95 }],
    vagueLinks: [
      { text: 'aquí', source: RULES_CATALOGUE },
      {
        text: 'haga clic aquí|haz clic aquí|clic aquí|pulse aquí|pincha aquí|click aquí|leer más|más|más información|saber más|ver más|seguir leyendo|enlace|este enlace|detalles|más detalles|lee más',
        source: EVERYDAY_EQUIVALENT,
      },
    ],
    screenshotNames: [{ text: 'captura de pantalla', source: OS_SCREENSHOT_NAMES }],
  },
  fieldLabels: {
    published: [{ text: 'Publicado el|Fecha de publicación|Publicado', source: CMS_TEMPLATES }],
    modified: [
      { text: 'Actualizado el|Última actualización|Modificado el|Actualizado', source: CMS_TEMPLATES },
    ],
  },
  detection: {
    functionWords: [
      {
        text: 'el|la|los|las|de|del|y|que|en|un|una|es|por|para|con|no|se|su|sus|al|lo|como|más|pero|o|este|esta|estos|son|está|están|también|puede|hay|muy|sin|sobre|entre|cuando|todo|ya|desde|nos|les|le|si|porque|hasta|donde|usted|tu|puedes|nuestro|nuestra|nuestros|nuestras|tus|te|mi|mis|cómo|qué|cuál|bien|ahora|cada|otro|otra|otros|mismo|hacer|pueden|ser|fue|han|ha|sido|tiene|tienen|durante|así|dónde|aquí|algunos|algunas|sea|e|u|ni|ese|esa|eso|esto|ellos|él|ella',
        source: FREQ_ES,
      },
    ],
    letters: [{ text: 'ñ¿¡áíú', source: ALPHABET }],
  },
};
