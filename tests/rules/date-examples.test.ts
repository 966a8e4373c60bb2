// Every date rule's documented examples really trigger (incorrect) or stay silent (correct).
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { runRule } from '../helpers/rule-tester.js';

const dateRules = allRules.filter((r) => r.id.startsWith('date-') && 'check' in r);

describe('date rule examples', () => {
  for (const rule of dateRules) {
    for (const example of rule.examples?.incorrect ?? []) {
      it(`${rule.id}: incorrect — ${example.title}`, () => {
        const found = runRule(rule.id, {
          name: example.title,
          content: example.content,
          format: example.format,
          lang: example.lang,
        });
        expect(found.filter((f) => f.ruleId === rule.id).length).toBeGreaterThan(0);
        expect(found.every((f) => f.ruleId === rule.id)).toBe(true);
      });
    }
    for (const example of rule.examples?.correct ?? []) {
      it(`${rule.id}: correct — ${example.title}`, () => {
        const found = runRule(rule.id, {
          name: example.title,
          content: example.content,
          format: example.format,
          lang: example.lang,
        });
        expect(found).toEqual([]);
      });
    }
  }
});
