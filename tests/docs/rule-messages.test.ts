// Every rule speaks Polish and English: description, why, how to fix, every message and option,
// non-empty in both, with the same {placeholders} (a missing one would print "{src}" to a user).
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkSync } from '../../src/check-sync.js';
import { placeholders } from '../../src/docs/rule-docs.js';
import type { Localized } from '../../src/engine/rule.js';

const REQUIRED = ['en', 'pl'] as const;

function texts(rule: (typeof allRules)[number]): Array<[string, Localized]> {
  return [
    ['description', rule.description],
    ['why', rule.why],
    ['fix', rule.fix],
    ...Object.entries(rule.messages).map(([id, m]) => [`message "${id}"`, m] as [string, Localized]),
    ...Object.entries(rule.options ?? {}).map(
      ([name, o]) => [`option "${name}"`, o.description] as [string, Localized],
    ),
  ];
}

describe.each(allRules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('has at least one message', () => {
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
  });

  it.each(texts(rule))('%s is in English and Polish with the same placeholders', (what, text) => {
    for (const lang of REQUIRED) {
      expect(typeof text[lang], `${what} has no ${lang} text`).toBe('string');
      expect(text[lang].trim(), `${what} is empty in ${lang}`).not.toBe('');
    }
    const english = placeholders(text.en);
    for (const [lang, value] of Object.entries(text)) {
      if (typeof value === 'string') expect(placeholders(value), `${what} in ${lang}`).toEqual(english);
    }
  });
});

describe('message language', () => {
  const post = (lang: string) => `---\ntitle: T\nlang: ${lang}\n---\n\nText.\n`;
  const message = (content: string, locale?: string) =>
    checkSync({ content, format: 'markdown', locale }).messages.find((m) => m.ruleId === 'date-missing')
      ?.message;

  it('is the post’s language when there are messages in it, else English, unless a locale is asked for', () => {
    const polish = message(post('pl'));
    const english = message(post('en'));
    expect(polish).toBeDefined();
    expect(polish).not.toBe(english);
    expect(message(post('de'))).toBe(english);
    expect(message(post('pl'), 'en')).toBe(english);
    expect(message(post('en'), 'pl')).toBe(polish);
  });
});
