// The date finder skips a word whose first letter no month name can start with. That filter must
// never skip a word lookupMonth knows: checked on every month name of every language in the cases
// writers type them, on Cyrillic names typed with a Latin look-alike first, and on every word of
// the fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiMayStartMonth, dateNames, lookupMonth } from '../../src/dates/names.js';

const LANGUAGES = ['en', 'en-GB', 'pl', 'de', 'fr', 'es', 'cs', 'uk', 'tr'];
const isAscii = (ch: string) => /^[A-Za-z]$/.test(ch);
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function fixtureWords(): string[] {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(md|html|txt|json)$/.test(entry.name))
        for (const w of readFileSync(path, 'utf8').match(/\p{L}{1,20}/gu) ?? []) words.add(w);
    }
  };
  walk(join(import.meta.dirname, '../../fixtures'));
  return [...words];
}

describe('asciiMayStartMonth', () => {
  it.each(LANGUAGES)('lets through every month name of %s, as written in any case', (lang) => {
    const names = dateNames(lang);
    const written = [...names.months.keys(), ...names.monthsPlain.keys()].flatMap((k) => [
      k,
      capitalised(k),
      k.toUpperCase(),
    ]);
    expect(written.length).toBeGreaterThan(12);
    for (const word of written) {
      if (!isAscii(word[0]!) || !lookupMonth(names, word)) continue;
      expect(asciiMayStartMonth(names, word[0]!), `${lang}: ${word}`).toBe(true);
    }
  });

  it('lets through a Ukrainian month typed with a Latin look-alike first letter', () => {
    const names = dateNames('uk');
    // "травня" and "січня" with a Latin t and a Latin c.
    for (const word of ['tравня', 'Tравня', 'cічня']) {
      expect(lookupMonth(names, word), word).toBeDefined();
      expect(asciiMayStartMonth(names, word[0]!), word).toBe(true);
    }
  });

  it('stops words no month starts like (most of an English text)', () => {
    const names = dateNames('en');
    for (const first of ['b', 'T', 'w', 'x', 'C', 'p']) expect(asciiMayStartMonth(names, first)).toBe(false);
    for (const first of ['J', 'f', 'M', 'a', 's', 'O', 'n', 'D'])
      expect(asciiMayStartMonth(names, first)).toBe(true);
  });

  it.each(LANGUAGES)('never stops a fixture word that names a month in %s', (lang) => {
    const names = dateNames(lang);
    for (const word of fixtureWords()) {
      if (!isAscii(word[0]!) || /[\u0300-\u036f]/.test(word[1] ?? '') || !lookupMonth(names, word)) continue;
      expect(asciiMayStartMonth(names, word[0]!), `${lang}: ${word}`).toBe(true);
    }
  });
});
