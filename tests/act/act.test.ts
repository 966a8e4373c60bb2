// W3C ACT conformance: the whole engine (native rules + axe-core) on every ACT test case for post
// content, wrapped the way ACT's tooling does. A `failed` case must get at least one finding mapped
// to its ACT rule (./act-map.ts); `passed` and `inapplicable` cases must get none. Cases listed in
// ./act-impossible.ts are shown as skipped with their reason; cases whose mapped rules are all
// unregistered (they arrive with other branches) are skipped until they are.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { AXE_RULES } from '../../src/dom/axe-rules.js';
import { loadActCases, runCase } from './act-harness.js';
import { ACT_IMPOSSIBLE, impossibleReason } from './act-impossible.js';
import { ACT_TO_RULES } from './act-map.js';

const cases = loadActCases();
const registered = new Set([
  ...allRules.map((r) => r.id),
  ...Object.keys(AXE_RULES).map((id) => `axe/${id}`),
]);

describe.skipIf(cases.length === 0)('W3C ACT test cases', () => {
  it('maps every ACT rule of the suite, and only those', () => {
    expect(Object.keys(ACT_TO_RULES).sort()).toEqual([...new Set(cases.map((c) => c.ruleId))].sort());
  });

  it('lists impossible cases that exist', () => {
    const keys = new Set(cases.flatMap((c) => [c.file, `${c.ruleId}/${c.outcome}`]));
    for (const key of Object.keys(ACT_IMPOSSIBLE)) expect(keys, key).toContain(key);
  });

  for (const c of cases) {
    const mapped = ACT_TO_RULES[c.ruleId] ?? [];
    const reason = impossibleReason(c.ruleId, c.file, c.outcome);
    const live = mapped.filter((id) => registered.has(id));
    const name = `${c.file} (${c.outcome})`;
    if (reason) {
      it.skip(`${name} — impossible: ${reason}`, () => {});
      continue;
    }
    if (live.length === 0) {
      it.skip(`${name} — none of ${mapped.join(', ') || '(no rule)'} is registered yet`, () => {});
      continue;
    }
    it(name, async () => {
      const reported = (await runCase(c)).filter((id) => mapped.includes(id));
      if (c.outcome === 'failed') expect(reported, 'a finding mapped to this ACT rule').not.toEqual([]);
      else expect(reported, 'no finding mapped to this ACT rule').toEqual([]);
    });
  }
});
