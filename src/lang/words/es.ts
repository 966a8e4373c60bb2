// Spanish image words. "Foto de Ana" is both "photo of Ana" and "photo by Ana", so "foto de" is a
// redundant prefix only; credits need an unambiguous marker.
import { F30, G94, G95, PRESS_CREDIT, RAE, WAI_TUTORIAL } from './sources.js';
import type { ImageWordList } from './types.js';

export const es: ImageWordList = {
  placeholders: [
    { text: 'imagen|imágenes|foto|fotos|fotografía|ilustración|gráfico|miniatura|icono', source: F30 },
    {
      text: 'imagen ilustrativa|foto ilustrativa|foto de archivo|imagen de archivo|sin título|texto alternativo',
      source: RAE,
    },
  ],
  placeholderFillers: [{ text: 'una|un|la|el|esta|de|principal|destacada', source: F30 }],
  redundantPrefixes: [
    {
      text: 'imagen de|imagen del|foto de|foto del|fotografía de|fotografía del|una imagen de|una foto de|una fotografía de',
      source: RAE,
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
};
