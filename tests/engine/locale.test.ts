// Messages follow --locale even when the post is in another language: words a rule fills into a
// message (where a date stands, "or …") must not stay in the post's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';

const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seed/seed.md'), 'utf8');

describe('message locale', () => {
  it('English messages on the Polish seed carry no Polish filler words', () => {
    const { messages } = checkSync({ content: seed, path: 'seed.md', locale: 'en' });
    const dates = messages.filter((m) => m.ruleId.startsWith('date-'));
    expect(dates.length).toBeGreaterThan(0);
    for (const m of dates) expect(m.message).not.toMatch(/Tytuł|Nagłówek| lub „/);
    // The suggested text stays in the post's language: it is what goes into the post.
    expect(dates.find((m) => m.ruleId === 'date-range-format')?.suggestion).toBe('28–29 kwietnia 2021 r.');
  });

  it('Polish messages on the same post by default', () => {
    const { messages } = checkSync({ content: seed, path: 'seed.md' });
    const range = messages.find((m) => m.ruleId === 'date-range-format');
    expect(range?.message).toMatch(
      /^Zakres dat „28\.04- 29\.04\.2021 r\.”.* lub „od 28 do 29 kwietnia 2021 r\.”/,
    );
  });
});
