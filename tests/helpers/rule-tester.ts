// A table-driven tester in the spirit of ESLint's RuleTester: each case names the post, its
// format and language, and the findings expected (line and, optionally, message text).
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkSync } from '../../src/check-sync.js';
import type { UserConfig } from '../../src/config/types.js';
import { applyFixes } from '../../src/engine/fix.js';
import type { SiteProfile } from '../../src/site/types.js';
import type { Finding, PostFormat } from '../../src/types.js';

export interface RuleCase {
  name: string;
  content: string;
  format?: PostFormat;
  path?: string;
  /** Language to assume when the post declares none. */
  lang?: string;
  options?: Record<string, unknown>;
  config?: UserConfig;
  now?: Date;
  /** The site the post lives in (generator, language, title level…). */
  site?: SiteProfile;
}

export interface ExpectedFinding {
  line: number;
  column?: number;
  /** The rule's message id (ESLint's messageId): which of its messages this is. */
  messageId?: string;
  /** Text the message must contain. */
  message?: string | RegExp;
  suggestion?: string;
  excerpt?: string;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
  /** The post after applying every fix (ESLint's `output`); `null` when no finding has a fix. */
  output?: string | null;
}

/** Config with only `ruleId` on, so other rules' findings never blur a table. */
export function onlyRule(
  ruleId: string,
  options?: Record<string, unknown>,
  extra: UserConfig = {},
): UserConfig {
  const rules: NonNullable<UserConfig['rules']> = {};
  for (const rule of allRules) {
    if ('engine' in rule) continue;
    if (rule.id !== ruleId) rules[rule.id] = 'off';
    else rules[rule.id] = options ? [rule.severity, options] : rule.severity;
  }
  return { ...extra, rules: { ...rules, ...(extra.rules ?? {}) } };
}

export function runRule(ruleId: string, c: RuleCase): Finding[] {
  const result = checkSync({
    content: c.content,
    format: c.format ?? (c.path ? undefined : 'markdown'),
    path: c.path,
    lang: c.lang,
    config: onlyRule(ruleId, c.options, c.config),
    ...(c.site ? { site: c.site } : {}),
    now: c.now ?? new Date('2026-11-27T12:00:00Z'),
  });
  return result.messages.filter(
    (m) => m.ruleId === ruleId || m.ruleId === 'rule-error' || m.ruleId === 'parse-error',
  );
}

export function ruleTester(ruleId: string, tables: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it('is registered', () => {
      expect(allRules.some((r) => r.id === ruleId)).toBe(true);
    });
    describe('valid', () => {
      it.each(tables.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(runRule(ruleId, c)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(tables.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const found = runRule(ruleId, c);
        expect(found.map((f) => f.ruleId)).toEqual(c.errors.map(() => ruleId));
        c.errors.forEach((want, i) => {
          const got = found[i]!;
          expect(got.line, `line of finding ${i + 1}: ${got.message}`).toBe(want.line);
          if (want.column !== undefined) expect(got.column).toBe(want.column);
          if (want.messageId !== undefined) expect(got.messageId).toBe(want.messageId);
          if (want.message !== undefined) expect(got.message).toMatch(want.message);
          if (want.suggestion !== undefined) expect(got.suggestion).toBe(want.suggestion);
          if (want.excerpt !== undefined) expect(got.excerpt).toBe(want.excerpt);
        });
        if (c.output === null) expect(found.filter((f) => f.fix)).toEqual([]);
        else if (c.output !== undefined) expect(applyFixes(c.content, found).output).toBe(c.output);
      });
    });
  });
}

/** Front matter for test posts: a complete, valid post header unless told otherwise. */
export function md(body: string, fm: Record<string, string | undefined> = {}): string {
  const fields = { title: 'Test post', date: '2024-03-14', lang: 'en', ...fm };
  const header = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${header}\n---\n\n${body}`;
}
