// Names of metadata fields for people, in the message locale: a message says `front matter "date"`
// or „etykieta „Data opublikowania:””, never an internal id.
import type { FieldOrigin, MetaField } from '../types.js';

const CMS_NAMES: Record<string, string> = {
  wordpress: 'WordPress',
  ghost: 'Ghost',
  decap: 'Decap CMS',
  sanity: 'Sanity',
  strapi: 'Strapi',
};

type Namer = (origin: FieldOrigin, cms: string) => string;

const NAMES: Record<'en' | 'pl', Record<FieldOrigin['kind'], Namer>> = {
  en: {
    'front-matter': (o) => `front matter "${o.key}"`,
    'html-lang': () => 'the lang attribute of <html>',
    'title-element': () => 'the <title> element',
    meta: (o) => `the <meta> "${o.key}"`,
    'json-ld': (o) => `the JSON-LD "${o.key}"`,
    time: () => 'the <time datetime> element',
    label: (o) => `the label "${o.label ?? o.key}"`,
    path: (o) => (o.key === 'file' ? 'the file path' : `front matter "${o.key}"`),
    heading: () => 'the first heading',
    'first-line': () => 'the first line',
    record: (o, cms) => (cms ? `${cms} "${o.key}"` : `the field "${o.key}"`),
  },
  pl: {
    'front-matter': (o) => `„${o.key}” w metadanych wpisu`,
    'html-lang': () => 'atrybut lang elementu <html>',
    'title-element': () => 'element <title>',
    meta: (o) => `znacznik <meta> „${o.key}”`,
    'json-ld': (o) => `pole JSON-LD „${o.key}”`,
    time: () => 'element <time datetime>',
    label: (o) => `etykieta „${o.label ?? o.key}”`,
    path: (o) => (o.key === 'file' ? 'ścieżka pliku' : `„${o.key}” w metadanych wpisu`),
    heading: () => 'pierwszy nagłówek',
    'first-line': () => 'pierwszy wiersz',
    record: (o, cms) => (cms ? `„${o.key}”, ${cms}` : `pole „${o.key}”`),
  },
};

/** The field's name for a person, in `locale` (English when the locale has no names). */
export function fieldName(field: MetaField | FieldOrigin, locale: string): string {
  const origin = 'origin' in field ? field.origin : field;
  const names = locale.toLowerCase().startsWith('pl') ? NAMES.pl : NAMES.en;
  return names[origin.kind](origin, origin.cms ? (CMS_NAMES[origin.cms] ?? origin.cms) : '');
}
