// The compact ISO 639 set is generated from the iso-639-3 package, never kept by hand: it must be
// exactly what the generator makes now, and answer exactly as the package's full table does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iso6393, iso6393To1 as packageTo1 } from 'iso-639-3';
import { describe, expect, it } from 'vitest';
import { languageCodesSource } from '../../scripts/build-language-codes.mjs';
import { isIso639Code, iso6393To1 } from '../../src/lang/language-codes.js';
import { checkLanguageTag } from '../../src/lang/language-tags.js';

const root = join(import.meta.dirname, '../..');

describe('src/lang/language-codes.ts', () => {
  it('is what scripts/build-language-codes.mjs generates from the installed iso-639-3', () => {
    expect(
      readFileSync(join(root, 'src/lang/language-codes.ts'), 'utf8'),
      'stale: run node scripts/build-language-codes.mjs',
    ).toBe(languageCodesSource());
  });

  it('knows every ISO 639-3, 639-2/B, 639-2/T and 639-1 code of the package, and nothing else', () => {
    const known = new Set<string>(Object.values(packageTo1));
    for (const entry of iso6393) {
      for (const code of [entry.iso6393, entry.iso6392B, entry.iso6392T]) if (code) known.add(code);
    }
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const answered = new Set<string>();
    for (const a of letters) {
      for (const b of letters) {
        if (isIso639Code(a + b)) answered.add(a + b);
        for (const c of letters) if (isIso639Code(a + b + c)) answered.add(a + b + c);
      }
    }
    expect([...answered].sort()).toEqual([...known].sort());
    expect(iso6393To1).toEqual(packageTo1);
  });

  it.each([
    ['pl', true],
    ['pol', true],
    ['ger', true], // ISO 639-2/B
    ['deu', true],
    ['xx', false],
    ['eng1', false],
    ['EN', false], // callers fold case first
    ['', false],
  ])('isIso639Code(%j) is %s', (code, known) => {
    expect(isIso639Code(code)).toBe(known);
  });

  it('still decides language tags as before', () => {
    expect(checkLanguageTag('pl-PL')).toEqual({ valid: true, primary: 'pl' });
    expect(checkLanguageTag('gsw-CH')).toEqual({ valid: true, primary: 'gsw' });
    expect(checkLanguageTag('xx-YY')).toEqual({ valid: false, problem: 'unknown-language', primary: 'xx' });
  });
});
