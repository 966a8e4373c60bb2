// Labels that editors and CMS templates put before a post's dates, per language. A label followed
// by a colon (or directly by a date) is a labelled field; a label with nothing after it is an
// empty field — the seed post's "Data opublikowania:" with no date. They are matched in text by
// src/dates/labels.ts, which needs each label's language to read the date after it.
import type { DateRole } from '../types.js';

export const FIELD_LABELS: Record<DateRole, Record<string, string[]>> = {
  published: {
    pl: [
      'Data opublikowania',
      'Data publikacji',
      'Opublikowano',
      'Opublikowane',
      'Data wytworzenia',
      'Data dodania',
      'Dodano',
    ],
    en: [
      'Published',
      'Published on',
      'Date published',
      'Publication date',
      'Posted',
      'Posted on',
      'Date posted',
    ],
    de: [
      'Veröffentlicht am',
      'Veröffentlicht',
      'Veröffentlichungsdatum',
      'Erschienen am',
      'Datum der Veröffentlichung',
    ],
    fr: ['Publié le', 'Date de publication', 'Publié', 'Mis en ligne le'],
    es: ['Publicado el', 'Fecha de publicación', 'Publicado'],
  },
  modified: {
    pl: [
      'Data modyfikacji',
      'Data aktualizacji',
      'Zaktualizowano',
      'Ostatnia modyfikacja',
      'Data ostatniej modyfikacji',
      'Zmodyfikowano',
    ],
    en: ['Updated', 'Last updated', 'Updated on', 'Last modified', 'Modified', 'Date modified'],
    de: ['Aktualisiert am', 'Zuletzt aktualisiert', 'Geändert am', 'Aktualisiert'],
    fr: ['Mis à jour le', 'Dernière mise à jour', 'Modifié le'],
    es: ['Actualizado el', 'Última actualización', 'Modificado el', 'Actualizado'],
  },
};
