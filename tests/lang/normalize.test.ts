import { describe, expect, it } from 'vitest';
import {
  foldCase,
  foldScripts,
  matchKey,
  stripDiacritics,
  trimPunctuation,
} from '../../src/lang/normalize.js';

describe('normalisation for word lists', () => {
  it('folds case Unicode-aware and collapses whitespace', () => {
    expect(foldCase('  WIĘCEJ\u00a0 Informacji ')).toBe('więcej informacji');
    expect(foldCase('İstanbul', 'tr')).toBe('istanbul');
  });
  it('strips diacritics including letters without a decomposition', () => {
    expect(stripDiacritics('Zdjęcie łąki, Straße, œuvre, Æsir')).toBe('Zdjecie laki, Strasse, oeuvre, AEsir');
  });
  it('gives one key for typed-with and typed-without ogonki', () => {
    expect(matchKey('Więcej')).toBe(matchKey('wiecej'));
    expect(matchKey('ZDJĘCIE')).toBe('zdjecie');
  });
  it('trims surrounding punctuation and symbols', () => {
    expect(trimPunctuation('„Więcej…”')).toBe('Więcej');
    expect(trimPunctuation('» Read more «')).toBe('Read more');
  });
});

describe('mixed scripts', () => {
  it('folds Latin look-alikes inside a Cyrillic word', () => {
    expect(matchKey('фотo')).toBe(matchKey('фото'));
    expect(matchKey('Зoбражeння')).toBe(matchKey('зображення'));
  });
  it('leaves Latin words and words of one script alone', () => {
    expect(foldScripts('photo фото')).toBe('photo фото');
    expect(foldScripts('React і TypeScript')).toBe('React і TypeScript');
  });
});
