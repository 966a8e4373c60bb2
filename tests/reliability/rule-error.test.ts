// A crash inside one rule on one file becomes a `rule-error` finding naming the rule; the other
// rules and files still run. The throwing rule is injected into the registry by this test only
// (vi.mock), never shipped.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../rules/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../rules/index.js')>();
  const { defineRule } = await import('../../src/engine/rule.js');
  const throwing = defineRule({
    id: 'test-throws',
    severity: 'error',
    wcag: [],
    tags: ['test'],
    description: { en: 'Throws on posts named boom', pl: 'Rzuca wyjątek' },
    why: { en: '-', pl: '-' },
    fix: { en: '-', pl: '-' },
    messages: { never: { en: 'never', pl: 'nigdy' } },
    check({ post }) {
      if (post.path?.includes('boom')) throw new TypeError('Cannot read properties of undefined');
      if (post.path?.includes('deep')) throw new RangeError('Maximum call stack size exceeded');
    },
  });
  return { ...original, allRules: [throwing, ...original.allRules] };
});

const { checkFiles } = await import('../../src/files/check-files.js');
const { runCli } = await import('../helpers/cli.js');

const POST = '---\ntitle: T\nlang: en\ndate: 2024-01-02\n---\n\n<img src="a.png">\n';

describe('a crashing rule', () => {
  it('becomes rule-error on that file only; other rules and files still run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-rule-error-'));
    for (const name of ['a.md', 'boom.md', 'deep.md', 'z.md']) writeFileSync(join(dir, name), POST);
    const result = await checkFiles(
      ['a.md', 'boom.md', 'deep.md', 'z.md'].map((n) => join(dir, n)),
      { cwd: dir, now: new Date('2025-01-01') },
    );
    const ids = Object.fromEntries(result.files.map((f) => [f.path, f.messages.map((m) => m.ruleId).sort()]));
    expect(ids['a.md']).toEqual(['img-alt-missing']);
    expect(ids['z.md']).toEqual(['img-alt-missing']);
    expect(ids['boom.md']).toEqual(['img-alt-missing', 'rule-error']);
    const boom = result.files
      .find((f) => f.path === 'boom.md')!
      .messages.find((m) => m.ruleId === 'rule-error')!;
    expect(boom.message).toBe('Rule "test-throws" crashed on this file: Cannot read properties of undefined');
    expect(boom.severity).toBe('error');
    expect(ids['deep.md']).toEqual(['img-alt-missing', 'rule-error']);
  });

  it('the CLI reports it and exits 1, not 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-rule-error-'));
    writeFileSync(join(dir, 'boom.md'), POST);
    const run = await runCli(['check', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Rule "test-throws" crashed on this file.*rule-error/);
  });
});
