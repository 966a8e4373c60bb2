// The config's `words` key: checked shapes, and what a user's additions and removals do.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import { ConfigError } from '../../src/errors.js';
import { wordsFor } from '../../src/lang/words/index.js';

describe('config "words"', () => {
  it('accepts lists and add/remove/replace objects', () => {
    const config = resolveConfig({
      words: {
        pl: { redundantPrefixes: ['kadr przedstawiający'], vagueLinks: { remove: ['szczegóły'] } },
        it: { placeholders: ['immagine'] },
      },
    });
    expect(config.words?.pl?.redundantPrefixes).toEqual(['kadr przedstawiający']);
  });
  it.each([
    [{ words: [] }, /"words" must be an object/],
    [{ words: { polish: {} } }, /"polish" is not a primary language subtag/],
    [{ words: { 'pl-PL': {} } }, /"pl-PL" is not a primary language subtag/],
    [{ words: { pl: { prefixes: ['x'] } } }, /there is no list "prefixes".*redundantPrefixes/],
    [{ words: { pl: { vagueLinks: 'tutaj' } } }, /must be a list of phrases/],
    [{ words: { pl: { vagueLinks: { drop: ['tutaj'] } } } }, /"drop" is not one of/],
    [{ words: { pl: { vagueLinks: [''] } } }, /every entry must be a phrase/],
  ])('rejects %j', (config, message) => {
    expect(() => resolveConfig(config as never)).toThrow(ConfigError);
    expect(() => resolveConfig(config as never)).toThrow(message);
  });

  it('adds, removes and replaces phrases, leaving other languages alone', () => {
    const overrides = {
      pl: { vagueLinks: { remove: ['szczegóły'], add: ['pod linkiem'] } },
      en: { placeholders: { replace: ['pic'] } },
    };
    const pl = wordsFor('pl', overrides);
    expect(pl.vagueLink('Szczegóły')).toBeUndefined();
    expect(pl.vagueLink('pod linkiem')?.source).toBe('config: words.pl.vagueLinks');
    expect(pl.vagueLink('więcej')).toBeDefined();
    expect(wordsFor('pl').vagueLink('szczegóły')).toBeDefined();
    const en = wordsFor('en', overrides);
    expect(en.isOnlyPlaceholder('pic')).toBe(true);
    expect(en.isOnlyPlaceholder('image')).toBe(false);
  });
  it('gives a language without a pack lists of its own', () => {
    const it_ = wordsFor('it', { it: { placeholders: ['immagine'] } });
    expect(it_.isOnlyPlaceholder('Immagine')).toBe(true);
    expect(it_.isOnlyPlaceholder('image')).toBe(true);
  });
});
