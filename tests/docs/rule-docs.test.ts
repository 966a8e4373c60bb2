// The docs cannot drift: every registered rule has a page, every page is exactly what the
// generator makes of the rule's metadata now, and the README's rule table too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import {
  criterionLink,
  GENERATED_MARK,
  placeholders,
  renderDocs,
  renderRuleDoc,
  renderRuleTable,
  techniqueLink,
  updateReadme,
} from '../../src/docs/rule-docs.js';
import { WCAG_CRITERIA } from '../../src/docs/wcag.js';
import { defineEngineRule, defineRule } from '../../src/engine/rule.js';

const root = join(import.meta.dirname, '../..');
const STALE = 'stale: run npm run docs';

describe.each(allRules.map((rule) => [rule.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const path = join(root, 'docs/rules', `${id}.md`);

  it('exists', () => {
    expect(existsSync(path), `docs/rules/${id}.md is missing: run npm run docs`).toBe(true);
  });

  it('is current', () => {
    const onDisk = existsSync(path) ? readFileSync(path, 'utf8') : '';
    expect(onDisk, `docs/rules/${id}.md is ${STALE}`).toBe(renderRuleDoc(rule));
  });

  it('links every WCAG criterion to its Understanding document', () => {
    for (const criterion of rule.wcag) {
      expect(WCAG_CRITERIA[criterion], `unknown WCAG 2.2 criterion ${criterion}`).toBeDefined();
      expect(criterionLink(criterion)).toMatch(
        /^\[[\d.]+ .+\]\(https:\/\/www\.w3\.org\/WAI\/WCAG22\/Understanding\/[a-z0-9-]+\.html\)/,
      );
    }
  });

  it('links every technique to the WCAG 2.2 Techniques', () => {
    for (const technique of rule.techniques ?? []) {
      expect(techniqueLink(technique), `unknown technique family: ${technique}`).toMatch(
        /^\[\w+\]\(https:\/\/www\.w3\.org\/WAI\/WCAG22\/Techniques\/[a-z-]+\/\w+\)/,
      );
    }
  });
});

describe('generated docs', () => {
  it('has no page for a rule that does not exist', () => {
    const pages = readdirSync(join(root, 'docs/rules')).filter((n) => n.endsWith('.md'));
    const expected = [...renderDocs(allRules).keys()].map((p) => p.replace('docs/rules/', ''));
    const orphans = pages.filter(
      (n) =>
        !expected.includes(n) && readFileSync(join(root, 'docs/rules', n), 'utf8').startsWith(GENERATED_MARK),
    );
    expect(orphans, `pages of unregistered rules are ${STALE}`).toEqual([]);
  });

  it('README rule table is current', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme, `README.md rule table is ${STALE}`).toBe(updateReadme(readme, allRules));
    for (const rule of allRules) expect(readme).toContain(`[${rule.id}](docs/rules/${rule.id}.md)`);
  });

  it('README shows the screenshots the browser tests take', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const [, image] of readme.matchAll(/!\[[^\]]*\]\((docs\/images\/[^)]+)\)/g)) {
      expect(existsSync(join(root, image!)), `${image} is referenced but missing`).toBe(true);
    }
    expect(readme).toContain('docs/images/html-report.png');
    expect(readme).toContain('docs/images/stylish-output.png');
  });

  it('refuses a README without the table markers', () => {
    expect(() => updateReadme('# README\n', allRules)).toThrow(/markers/);
  });
});

describe('the generator', () => {
  const meta = {
    severity: 'warning' as const,
    wcag: ['2.4.4', '9.9.9'],
    techniques: ['F84', 'ARIA8', 'X1'],
    tags: ['links'],
    description: { en: 'Link text <a> | vague *really*', pl: 'Niejasny tekst `linku`' },
    why: { en: 'Why.', pl: 'Dlaczego.' },
    fix: { en: 'Fix.', pl: 'Popraw.' },
    messages: { vague: { en: 'Link "{text}" is vague.', pl: 'Link „{text}” jest niejasny.' } },
  };
  const rule = defineRule({
    ...meta,
    id: 'demo-rule',
    options: {
      words: { type: 'string[]', default: ['here'], description: { en: 'Words | list', pl: 'Słowa' } },
    },
    examples: {
      incorrect: [{ title: 'Fence inside', format: 'markdown', content: '```\ncode\n```\n', lang: 'pl' }],
      correct: [{ title: 'Plain', format: 'text', content: 'Tekst' }],
    },
    check() {},
  });

  it('escapes prose, keeps fences longer than the example’s own, and tables options', () => {
    const doc = renderRuleDoc(rule);
    expect(doc).toContain('Link text &lt;a> | vague \\*really\\*<br>');
    expect(doc).toContain('| `words` | `string[]` | `["here"]` | Words \\| list |');
    expect(doc).toContain('````md\n```\ncode\n```\n````');
    expect(doc).toContain('(post language: `pl`)');
    expect(doc).toContain('```text\nTekst\n```');
    expect(doc).toContain('9.9.9');
    expect(doc).toContain('[ARIA8](https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA8)');
    expect(doc).toContain('<br>X1');
    expect(renderRuleTable([rule])).toContain(
      '| [demo-rule](docs/rules/demo-rule.md) | warning | 2.4.4, 9.9.9 |',
    );
  });

  it('says so when a rule has no examples or criteria', () => {
    const engine = renderRuleDoc(defineEngineRule({ ...meta, id: 'demo-engine', wcag: [] }));
    expect(engine).toContain('reported by the engine itself');
    expect(engine).toContain('there is nothing to show');
    expect(engine).toContain('none: no success criterion');
    const plain = renderRuleDoc(defineRule({ ...meta, id: 'demo-plain', techniques: [], check() {} }));
    expect(plain).toContain('None yet.');
  });

  it('finds placeholders', () => {
    expect(placeholders('{b} and {a} and {b}')).toEqual(['a', 'b']);
  });
});
