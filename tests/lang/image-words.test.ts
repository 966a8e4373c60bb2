import { describe, expect, it } from 'vitest';
import type { WordListName } from '../../src/lang/pack.js';
import { PACK_TAGS } from '../../src/lang/registry.js';
import { findCredit, redundantPrefix } from '../../src/lang/words/alt.js';
import { fileNameInAlt } from '../../src/lang/words/file-names.js';
import { wordsFor } from '../../src/lang/words/index.js';

const KINDS: WordListName[] = [
  'placeholders',
  'redundantPrefixes',
  'creditMarkers',
  'complexImages',
  'vagueLinks',
];
const isOnlyPlaceholder = (text: string, lang: string) => wordsFor(lang).isOnlyPlaceholder(text);
const findPhrase = (text: string, kind: WordListName, lang: string) => wordsFor(lang).findPhrase(text, kind);

describe('image word lists', () => {
  it('has every kind of list in every language, each entry citing a source', () => {
    expect(PACK_TAGS).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'pl']));
    for (const lang of PACK_TAGS) {
      for (const kind of KINDS) {
        const list = wordsFor(lang).phrases(kind);
        expect(list.length, `${lang} ${kind}`).toBeGreaterThan(0);
        for (const p of list)
          expect(p.entry.source.length, `${lang} ${kind} ${p.keys.join(' ')}`).toBeGreaterThan(10);
      }
    }
  });

  it('covers Polish inflection and typing without ogonki', () => {
    for (const form of [
      'zdjęcie',
      'Zdjęcia',
      'ZDJĘCIU',
      'zdjecie',
      'fotografii',
      'grafice',
      'obrazek',
      'ilustracja',
    ]) {
      expect(isOnlyPlaceholder(form, 'pl'), form).toBe(true);
    }
    expect(redundantPrefix('Na zdjęciu burmistrz', wordsFor('pl'))?.suggestion).toBe('Burmistrz');
    expect(redundantPrefix('na zdjeciu burmistrz', wordsFor('pl'))?.suggestion).toBe('Burmistrz');
    expect(redundantPrefix('Zdjęcie przedstawia salę', wordsFor('pl'))?.suggestion).toBe('Sala');
  });

  it('matches whole words only', () => {
    expect(findPhrase('A photographer at work', 'placeholders', 'en')).toBeUndefined();
    expect(findPhrase('Charter signing', 'complexImages', 'en')).toBeUndefined();
    expect(findPhrase('Bar chart of sales', 'complexImages', 'en')?.entry.source).toMatch(/G95/);
  });

  it('falls back to English for other languages, and adds the post language to English', () => {
    expect(isOnlyPlaceholder('image', 'it')).toBe(true);
    expect(isOnlyPlaceholder('zdjęcie', 'it')).toBe(false);
    expect(isOnlyPlaceholder('image', 'pl')).toBe(true);
  });

  it('tells a credit from a description', () => {
    expect(findCredit('Rynek, fot. Jan Kowalski', wordsFor('pl'))).toMatchObject({
      credit: 'fot. Jan Kowalski',
      rest: 'Rynek',
    });
    expect(findCredit('Foto: Kinder im Park', wordsFor('de'))).toBeUndefined();
    expect(findCredit('Foto: Max Mustermann', wordsFor('de'))?.rest).toBe('');
    expect(findCredit('Children taking a photo by the lake', wordsFor('en'))).toBeUndefined();
    expect(findCredit('Launch pad [© NASA]', wordsFor('en'))).toMatchObject({
      credit: '[© NASA]',
      rest: 'Launch pad',
    });
  });

  it('finds file names but not product names', () => {
    expect(fileNameInAlt('IMG-20230615-WA0001')).toBe('IMG-20230615-WA0001');
    expect(fileNameInAlt('P1010234')).toBe('P1010234');
    expect(fileNameInAlt('Logo Vue.js i Node.js')).toBeUndefined();
    expect(fileNameInAlt('ASP.NET Core')).toBeUndefined();
    expect(fileNameInAlt('plan', '/media/plan.pdf')).toBeUndefined();
    expect(fileNameInAlt('plan_2021', '/media/plan_2021.pdf?v=2')).toBe('plan_2021');
  });
});
