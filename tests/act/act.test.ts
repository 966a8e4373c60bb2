// W3C ACT conformance: the whole engine (native rules + axe-core) on every ACT test case for post
// content, wrapped the way ACT's tooling does. A `failed` case must get at least one finding mapped
// to its ACT rule (./act-map.ts); `passed` and `inapplicable` cases must get none. Cases content-a11y
// decides otherwise are listed in ./act-impossible.ts with the reason, and must stay decided
// otherwise (a listed case that starts agreeing with ACT fails until its entry is deleted).
//
// For the ACT rules axe-core automates (its rules' `actIds`), every case is also judged by plain
// axe-core in a new jsdom, and content-a11y must be at least as right on each rule, and 97 % right
// over all of them: wrapping axe must never lose what axe alone gets right.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { AXE_RULES } from '../../src/dom/axe-rules.js';
import {
  ACT_DIR,
  type ActCase,
  AXE_RULES_BY_ACT,
  engineFails,
  loadActCases,
  plainAxeFails,
} from './act-harness.js';
import { ACT_IMPOSSIBLE, impossibleReason } from './act-impossible.js';
import { ACT_TO_RULES } from './act-map.js';

const cases = loadActCases();
const registered = new Set([
  ...allRules.map((r) => r.id),
  ...Object.keys(AXE_RULES).map((id) => `axe/${id}`),
]);
/** Share of the automated rules' cases content-a11y must decide as ACT does. */
const OVERALL_MIN = 0.97;

if (!cases) {
  // One visible line, not a silent pass; on CI the cases are part of the build and must be there.
  console.warn(`W3C ACT cases not found at ${ACT_DIR}: the ACT conformance suite is skipped.`);
  describe('W3C ACT test cases', () => {
    it.runIf(process.env.CI === 'true')(`are present at ${ACT_DIR} (required on CI)`, () => {
      expect.fail(`the ACT cases are missing from ${ACT_DIR}`);
    });
  });
} else {
  const byRule = new Map<string, ActCase[]>();
  for (const c of cases) byRule.set(c.ruleId, [...(byRule.get(c.ruleId) ?? []), c]);
  const scores: Array<{ rule: string; name: string; total: number; axe: number; ours: number }> = [];

  describe('W3C ACT test cases', () => {
    it('maps every ACT rule of the suite, and only those', () => {
      expect(Object.keys(ACT_TO_RULES).sort()).toEqual([...byRule.keys()].sort());
    });

    it('lists only cases that exist', () => {
      const keys = new Set(cases.flatMap((c) => [c.file, `${c.ruleId}/${c.outcome}`]));
      for (const key of Object.keys(ACT_IMPOSSIBLE)) expect(keys, key).toContain(key);
    });

    for (const [rule, ruleCases] of byRule) {
      const mapped = ACT_TO_RULES[rule] ?? [];
      const automated = AXE_RULES_BY_ACT.has(rule);
      const live = mapped.filter((id) => registered.has(id));
      describe(`${rule} ${ruleCases[0]!.ruleName}`, () => {
        const verdicts: Array<{ c: ActCase; ours: boolean; axe?: boolean }> = [];
        for (const c of ruleCases) {
          const reason = impossibleReason(c.ruleId, c.file, c.outcome);
          const name = `${c.file} (${c.outcome})${reason ? ` — decided otherwise: ${reason}` : ''}`;
          it.skipIf(live.length === 0)(name, async () => {
            const { fails, ruleIds } = await engineFails(c);
            const right = fails === (c.outcome === 'failed');
            verdicts.push({
              c,
              ours: right,
              axe: automated ? (await plainAxeFails(c)) === (c.outcome === 'failed') : undefined,
            });
            if (reason) {
              expect(right, 'now decided as ACT expects: delete its entry in act-impossible.ts').toBe(false);
            } else {
              expect(right, `findings: ${ruleIds.join(', ') || 'none'}`).toBe(true);
            }
          });
        }
        it.runIf(automated)('is at least as right as plain axe-core on every case set', () => {
          const axe = verdicts.filter((v) => v.axe).length;
          const ours = verdicts.filter((v) => v.ours).length;
          scores.push({ rule, name: ruleCases[0]!.ruleName, total: verdicts.length, axe, ours });
          const lost = verdicts.filter((v) => v.axe && !v.ours).map((v) => v.c.file);
          expect(verdicts).toHaveLength(ruleCases.length);
          expect(lost, `cases plain axe-core gets right and content-a11y does not`).toEqual([]);
          expect(ours).toBeGreaterThanOrEqual(axe);
        });
      });
    }

    it(`gets ${OVERALL_MIN * 100} % of the automated rules' cases right`, () => {
      const total = scores.reduce((n, s) => n + s.total, 0);
      const ours = scores.reduce((n, s) => n + s.ours, 0);
      const axe = scores.reduce((n, s) => n + s.axe, 0);
      const rows = scores.map((s) => `| ${s.rule} ${s.name} | ${s.axe}/${s.total} | ${s.ours}/${s.total} |`);
      console.info(
        [
          '| ACT rule | plain axe-core | content-a11y |',
          '|---|---|---|',
          ...rows,
          `| all | ${axe}/${total} | ${ours}/${total} |`,
        ].join('\n'),
      );
      expect(scores.length).toBe(
        AXE_RULES_BY_ACT.size > 0 ? [...byRule.keys()].filter((r) => AXE_RULES_BY_ACT.has(r)).length : 0,
      );
      expect(ours / total).toBeGreaterThanOrEqual(OVERALL_MIN);
    });
  });
}
