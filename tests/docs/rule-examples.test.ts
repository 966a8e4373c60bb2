// A documented example cannot lie (html-validate's idea): every "incorrect" example of a rule's
// docs triggers that rule, every "correct" one does not, and every finding links to its page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { isEngineRule, type RuleExample } from '../../src/engine/rule.js';
import { DOCS_BASE_URL, helpUrl } from '../../src/engine/run.js';
import { runRule } from '../helpers/rule-tester.js';

const root = join(import.meta.dirname, '../..');
const checked = allRules.filter((rule) => !isEngineRule(rule));

function run(ruleId: string, example: RuleExample) {
  return runRule(ruleId, {
    name: example.title,
    content: example.content,
    format: example.format,
    lang: example.lang,
  });
}

describe.each(checked.map((rule) => [rule.id, rule] as const))('%s examples', (id, rule) => {
  it('has incorrect and correct examples for its docs page', () => {
    expect(rule.examples?.incorrect.length ?? 0, `${id} needs an incorrect example`).toBeGreaterThan(0);
    expect(rule.examples?.correct.length ?? 0, `${id} needs a correct example`).toBeGreaterThan(0);
  });

  const incorrect = (rule.examples?.incorrect ?? []).map((e) => [e.title, e] as const);
  const correct = (rule.examples?.correct ?? []).map((e) => [e.title, e] as const);

  it.skipIf(incorrect.length === 0).each(incorrect)(
    'incorrect: %s — triggers the rule',
    (_title, example) => {
      const findings = run(id, example);
      expect(findings.filter((f) => f.ruleId !== id)).toEqual([]);
      expect(example.expected, 'an incorrect example says which findings it makes').toBeDefined();
      expect(findings.map((f) => ({ line: f.line, messageId: f.messageId }))).toEqual(example.expected);
      for (const finding of findings) {
        expect(finding.helpUrl).toBe(`${DOCS_BASE_URL}${id}.md`);
        expect(existsSync(join(root, 'docs/rules', `${id}.md`))).toBe(true);
      }
    },
  );

  it.skipIf(correct.length === 0).each(correct)('correct: %s — does not trigger it', (_title, example) => {
    expect(run(id, example)).toEqual([]);
  });
});

describe('helpUrl', () => {
  it('points every rule, engine rules too, at its page in docs/rules', () => {
    for (const rule of allRules) {
      const url = helpUrl(rule.id);
      expect(url.startsWith(DOCS_BASE_URL)).toBe(true);
      expect(existsSync(join(root, 'docs/rules', url.slice(DOCS_BASE_URL.length)))).toBe(true);
    }
  });
});
