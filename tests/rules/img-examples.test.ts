// Every image rule's documented examples run as tests (html-validate's idea): an "incorrect"
// example must trigger its rule, a "correct" one must not, so the docs cannot lie.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { runRule } from '../helpers/rule-tester.js';

const imageRules = allRules.filter((r) => r.id.startsWith('img-'));

describe('image rules: documented examples', () => {
  it('there are thirteen image rules, each with examples and en+pl texts', () => {
    expect(imageRules.map((r) => r.id).sort()).toEqual([
      'img-alt-credit',
      'img-alt-duplicate',
      'img-alt-duplicates-caption',
      'img-alt-empty',
      'img-alt-filename',
      'img-alt-gallery-uniform',
      'img-alt-missing',
      'img-alt-placeholder',
      'img-alt-redundant-prefix',
      'img-alt-too-long',
      'img-complex-needs-description',
      'img-cover-alt-missing',
      'img-link-no-name',
    ]);
    for (const rule of imageRules) {
      for (const text of [rule.description, rule.why, rule.fix, ...Object.values(rule.messages)]) {
        expect(text.en, rule.id).toBeTruthy();
        expect(text.pl, rule.id).toBeTruthy();
      }
    }
  });

  const cases = imageRules.flatMap((rule) => [
    ...(rule.examples?.incorrect ?? []).map((e) => [rule.id, 'incorrect', e] as const),
    ...(rule.examples?.correct ?? []).map((e) => [rule.id, 'correct', e] as const),
  ]);
  it.each(cases.map(([id, kind, e]) => [`${id} ${kind}: ${e.title}`, id, kind, e] as const))(
    '%s',
    (_name, id, kind, example) => {
      const found = runRule(id, {
        name: example.title,
        content: example.content,
        format: example.format,
        lang: example.lang,
      });
      if (kind === 'incorrect') expect(found.length).toBeGreaterThan(0);
      else expect(found).toEqual([]);
      expect(found.every((f) => f.ruleId === id)).toBe(true);
    },
  );
});
