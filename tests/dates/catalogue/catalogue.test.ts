// Every form of the date catalogue, in every supported language: the probed rule flags the `bad`
// text (and nothing else speaks), no date rule speaks on the `good` one, and fixes give `fixed`.
// `CATALOGUE_SCORES=1 npx vitest run tests/dates/catalogue` prints recall and false alarms per
// rule and language, the measurement behind issue 15.
import { describe, expect, it } from 'vitest';
import { type CaseOutcome, LANGS, loadCatalogue, PROBES, scoreCase, scoreTable } from './catalogue.js';

const outcomes: CaseOutcome[] = [];

describe.each(LANGS)('date catalogue: %s', (lang) => {
  const { sources, cases } = loadCatalogue(lang);

  it('has at least 100 forms, each with a known source and probe', () => {
    const forms = new Set(cases.filter((c) => c.rule !== 'none').map((c) => c.form));
    expect(forms.size).toBeGreaterThanOrEqual(100);
    for (const c of cases) {
      expect(sources[c.src], `${c.form}: source "${c.src}"`).toBeDefined();
      expect(c.rule in PROBES, `${c.form}: probe "${c.rule}"`).toBe(true);
      expect(c.rule === 'none' ? c.good : c.bad, c.form).toBeDefined();
    }
    expect(cases.filter((c) => c.rule === 'none').length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [`${c.rule}: ${c.form}`, c] as const))('%s', (_name, c) => {
    const outcome = scoreCase(c);
    outcomes.push(outcome);
    const summary = (fs: CaseOutcome['badFindings']) => fs.map((f) => `${f.ruleId}: ${f.message}`);
    if (c.bad !== undefined) {
      expect(
        summary(outcome.badFindings).filter((s) => s.startsWith(`${PROBES[c.rule]}:`)),
        'bad',
      ).toHaveLength(1);
    }
    expect(summary(outcome.falseAlarms), 'false alarms').toEqual([]);
    if (outcome.fixedOutput) expect(outcome.fixedOutput.got).toBe(outcome.fixedOutput.want);
  });
});

if (process.env.CATALOGUE_SCORES) {
  describe('scores', () => {
    it('prints the table', () => {
      console.log(scoreTable(outcomes));
    });
  });
}
