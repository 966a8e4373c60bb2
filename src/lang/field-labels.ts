// Labels that editors and CMS templates put before a post's dates, per language. A label followed
// by a colon (or directly by a date) is a labelled field; a label with nothing after it is an
// empty field — the seed post's "Data opublikowania:" with no date.
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

interface LabelMatcher {
  role: DateRole;
  pattern: RegExp;
}

let matchers: LabelMatcher[] | undefined;

/** One regular expression per role, longest labels first, anchored at the start of a text piece. */
export function fieldLabelMatchers(): LabelMatcher[] {
  if (matchers) return matchers;
  matchers = (Object.keys(FIELD_LABELS) as DateRole[]).map((role) => {
    const labels = Object.values(FIELD_LABELS[role])
      .flat()
      .sort((a, b) => b.length - a.length)
      .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    // Label, then a colon (value may be empty), or whitespace and a digit (a date right after it).
    return { role, pattern: new RegExp(`^(${labels.join('|')})(?:\\s*:[ \\t\\u00a0]*|\\s+(?=\\d))`, 'iu') };
  });
  return matchers;
}
