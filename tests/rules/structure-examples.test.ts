// The documented examples of the structure rules (headings, links, lists, tables, language) must
// do what they say: every "incorrect" example triggers its rule, every "correct" one does not.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import type { Rule } from '../../src/engine/rule.js';
import { runRule } from '../helpers/rule-tester.js';

const IDS = [
  'heading-all-caps',
  'heading-empty',
  'heading-fake',
  'heading-first-level',
  'heading-h1-in-body',
  'heading-level-skip',
  'heading-too-long',
  'lang-invalid',
  'lang-mismatch',
  'lang-missing',
  'link-empty',
  'link-url-text',
  'link-vague',
  'list-fake',
  'table-no-header',
  'title-missing',
];

describe('structure rule examples', () => {
  for (const id of IDS) {
    const rule = allRules.find((r) => r.id === id) as Rule | undefined;
    it(`${id} is registered with examples in en and pl`, () => {
      expect(rule?.examples?.incorrect.length).toBeGreaterThan(0);
      expect(rule?.examples?.correct.length).toBeGreaterThan(0);
      for (const text of [rule!.description, rule!.why, rule!.fix, ...Object.values(rule!.messages)]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.pl?.trim()).toBeTruthy();
      }
    });
    for (const ex of rule?.examples?.incorrect ?? []) {
      it(`${id} incorrect: ${ex.title}`, () => {
        const found = runRule(id, { name: ex.title, content: ex.content, format: ex.format, lang: ex.lang });
        expect(found.filter((f) => f.ruleId === id).length).toBeGreaterThan(0);
        expect(found.filter((f) => f.ruleId !== id)).toEqual([]);
      });
    }
    for (const ex of rule?.examples?.correct ?? []) {
      it(`${id} correct: ${ex.title}`, () => {
        expect(
          runRule(id, { name: ex.title, content: ex.content, format: ex.format, lang: ex.lang }),
        ).toEqual([]);
      });
    }
  }
});
