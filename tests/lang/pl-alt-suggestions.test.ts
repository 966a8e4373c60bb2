// The table of Polish alts (tests/lang/pl-alts.ts) through the prefix finder.
import { describe, expect, it } from 'vitest';
import { redundantPrefix } from '../../src/lang/words/alt.js';
import { wordsFor } from '../../src/lang/words/index.js';
import { POLISH_ALTS } from './pl-alts.js';

describe('Polish alt suggestions', () => {
  const words = wordsFor('pl');
  it(`has at least 60 cases (${POLISH_ALTS.length})`, () => {
    expect(POLISH_ALTS.length).toBeGreaterThanOrEqual(60);
  });
  it.each(POLISH_ALTS.map(([alt, want]) => [alt, want] as const))('%s → %s', (alt, want) => {
    const found = redundantPrefix(alt, words);
    expect(found, alt).toBeDefined();
    expect(found!.suggestion ?? null).toBe(want);
  });
  it('takes a credit opener for a credit, not a prefix', () => {
    expect(redundantPrefix('Fot.: zespół ludowy na scenie', words)).toBeUndefined();
  });
});
