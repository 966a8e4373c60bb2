// Rule metadata is a checked contract (ESLint's meta, remark-lint's harness): every rule file is
// registered under its own id, keeps the metadata contract (texts in English and Polish with the
// same placeholders, tags from the closed set, options with typed defaults), and uses every
// message it declares.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkSync } from '../../src/check-sync.js';
import { builtinRegistry } from '../../src/engine/registry.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { RULE_TAGS, ruleContractProblems } from '../../src/engine/rule-contract.js';

const rulesDir = join(import.meta.dirname, '../../rules');
const ruleFiles = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3));

describe('the rule registry', () => {
  it('registers every file in rules/ under its own id, once', async () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
    for (const file of ruleFiles) {
      const module = (await import(join(rulesDir, `${file}.ts`))) as { default: { id: string } };
      expect(module.default.id, `rules/${file}.ts`).toBe(file);
    }
  });

  it('is the one the engine and the default configuration use', () => {
    expect(builtinRegistry().rules).toBe(allRules);
  });
});

describe.each(allRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('keeps the metadata contract in English and Polish', () => {
    expect(ruleContractProblems(rule, { languages: ['en', 'pl'] })).toEqual([]);
  });

  it('uses only tags from the closed set', () => {
    for (const tag of rule.tags) expect(RULE_TAGS).toContain(tag);
  });

  it('uses every message it declares', () => {
    const source = readFileSync(join(rulesDir, `${id}.ts`), 'utf8');
    // Engine rules' messages are used by the engine (src/engine), by id.
    const engineSource = 'engine' in rule ? readEngineSources() : '';
    for (const messageId of Object.keys(rule.messages)) {
      const quoted = new RegExp(`['"\`]${messageId}['"\`]|\\b${messageId}\\b(?=\\s*[,}])`);
      expect(
        quoted.test(source.slice(source.indexOf('check(') >>> 0)) || quoted.test(engineSource),
        `message "${messageId}" is never reported`,
      ).toBe(true);
    }
  });
});

let engineSources: string | undefined;
function readEngineSources(): string {
  const dirs = ['src/engine', 'src/dom', 'src/files', 'src'].map((d) =>
    join(import.meta.dirname, '../..', d),
  );
  engineSources ??= dirs
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => readFileSync(join(dir, f), 'utf8')),
    )
    .join('\n');
  return engineSources;
}

describe('the contract itself', () => {
  const valid = allRules.find((r) => r.id === 'img-alt-too-long')!;
  it.each([
    ['a bad id', { ...valid, id: 'Alt Too Long' }, /id must be lowercase/],
    ['an unknown tag', { ...valid, tags: ['pictures'] }, /unknown tag "pictures"/],
    [
      'a missing Polish message',
      { ...valid, messages: { long: { en: 'Too long: {length}.' } } },
      /"pl" text is missing/,
    ],
    [
      'placeholders that differ between languages',
      { ...valid, messages: { long: { en: 'Too long: {length}.', pl: 'Za długi: {dlugosc}.' } } },
      /other placeholders/,
    ],
    [
      'an option whose default is not of its type',
      { ...valid, options: { max: { type: 'number', default: '150', description: { en: 'x', pl: 'x' } } } },
      /default is not a number/,
    ],
    ['a criterion that is not one', { ...valid, wcag: ['1.1'] }, /success criteria/],
  ] as const)('refuses %s', (_name, rule, problem) => {
    const problems = ruleContractProblems(rule as never, { languages: ['en', 'pl'] });
    expect(problems.join(' ')).toMatch(problem);
  });
});

describe('fixes', () => {
  // ESLint's "fixable rules must set meta.fixable": --fix picks fixes by type, so a fix without
  // one would be reported as fixable and never applied.
  const marker = (fixType?: 'markup') =>
    defineRule({
      id: 'title-marker',
      severity: 'warning',
      wcag: [],
      tags: ['title', 'plugin'],
      ...(fixType ? { fixType } : {}),
      description: { en: 'A marker', pl: 'Znacznik' },
      why: { en: 'Only to test the contract.', pl: 'Tylko do testu kontraktu.' },
      fix: { en: 'Mark it.', pl: 'Oznacz.' },
      messages: { mark: { en: 'Mark the title.', pl: 'Oznacz tytuł.' } },
      check({ index, report }) {
        const at = index.lineIndex.range(0, 3);
        report({ messageId: 'mark', position: at, fix: { position: at, text: '---' } });
      },
    });
  const run = (rule: Rule) =>
    checkSync({
      content: '---\ntitle: T\nlang: pl\n---\n\nTekst.\n',
      config: { plugins: [{ name: 'markers', rules: [rule] }] },
    }).messages.filter((m) => m.ruleId === 'markers/title-marker' || m.ruleId === 'rule-error');

  it('a rule that reports a fix declares its fixType, or its run is a rule-error', () => {
    expect(run(marker('markup') as Rule).map((m) => m.ruleId)).toEqual(['markers/title-marker']);
    const [error, ...rest] = run(marker() as Rule);
    expect(rest).toEqual([]);
    expect(error?.ruleId).toBe('rule-error');
    expect(error?.message).toMatch(/title-marker reports a fix but declares no fixType/);
  });

  it('every built-in rule that reports fixes declares its type', () => {
    const fixing = allRules.filter((r) => {
      const source = readFileSync(join(rulesDir, `${r.id}.ts`), 'utf8');
      return /\bfix:\s*(?!\{\s*en:)/.test(source.slice(source.indexOf('check(') >>> 0));
    });
    expect(fixing.map((r) => r.id).sort()).toEqual([
      'date-month-form',
      'date-numeric-in-title',
      'date-range-format',
      'img-alt-redundant-prefix',
    ]);
    for (const rule of fixing) expect('fixType' in rule && rule.fixType, rule.id).toBeTruthy();
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
