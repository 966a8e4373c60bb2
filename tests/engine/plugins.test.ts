// Custom rules: a plugin's rules run beside the built-in ones, under "<plugin>/<rule>", with the
// same directives, severities and metadata contract; a broken plugin is a clear configuration
// error, and a plugin rule that throws is a rule-error for that post only.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { loadConfig } from '../../src/config/load.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { renderRuleDoc } from '../../src/docs/rule-docs.js';
import type { Plugin } from '../../src/engine/registry.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { ConfigError } from '../../src/errors.js';

const root = join(import.meta.dirname, '../..');
const run = promisify(execFile);

/** A house rule of a Polish office: an alt of a single word says too little. */
const oneWordAlt = defineRule({
  id: 'alt-one-word',
  severity: 'warning',
  wcag: ['1.1.1'],
  tags: ['images', 'plugin'],
  description: { en: 'An image description of one word', pl: 'Opis obrazu z jednego słowa' },
  why: {
    en: 'One word rarely says what a photo shows.',
    pl: 'Jedno słowo rzadko mówi, co widać na zdjęciu.',
  },
  fix: { en: 'Say what the photo shows.', pl: 'Opisz, co widać na zdjęciu.' },
  messages: { oneWord: { en: 'The alt "{alt}" is one word.', pl: 'Opis „{alt}” to jedno słowo.' } },
  check({ index, report }) {
    for (const image of index.images) {
      if (image.alt && /^\p{L}+$/u.test(image.alt.trim())) {
        report({ node: image.element, messageId: 'oneWord', data: { alt: image.alt }, excerpt: image.alt });
      }
    }
  },
});

const plugin: Plugin = { name: 'urzad', rules: [oneWordAlt as Rule] };
const post =
  '---\ntitle: Dożynki\ndate: 2024-09-01\nlang: pl\n---\n\n![Dożynki](a.jpg)\n\n![Korowód dożynkowy na rynku](b.jpg)\n';

describe('plugins', () => {
  it('run their rules as "<name>/<id>", with severities from the configuration', () => {
    const found = checkSync({ content: post, format: 'markdown', config: { plugins: [plugin] } }).messages;
    expect(
      found.filter((m) => m.ruleId.startsWith('urzad/')).map((m) => [m.ruleId, m.line, m.severity]),
    ).toEqual([['urzad/alt-one-word', 7, 'warning']]);
    const asError = checkSync({
      content: post,
      format: 'markdown',
      config: { plugins: [plugin], rules: { 'urzad/alt-one-word': 'error' } },
    });
    expect(asError.messages.find((m) => m.ruleId === 'urzad/alt-one-word')?.severity).toBe('error');
    const off = checkSync({
      content: post,
      format: 'markdown',
      config: { plugins: [plugin], rules: { 'urzad/alt-one-word': 'off' } },
    });
    expect(off.messages.some((m) => m.ruleId.startsWith('urzad/'))).toBe(false);
  });

  it('obey inline directives like built-in rules', () => {
    const directed = post.replace(
      '![Dożynki]',
      '<!-- content-a11y-disable-next-line urzad/alt-one-word -->\n![Dożynki]',
    );
    const found = checkSync({
      content: directed,
      format: 'markdown',
      config: { plugins: [plugin] },
    }).messages;
    expect(found.some((m) => m.ruleId === 'urzad/alt-one-word')).toBe(false);
  });

  it('turn a rule that throws into a rule-error for that post, and the others still run', () => {
    const boom = {
      ...oneWordAlt,
      id: 'boom',
      check: () => {
        throw new Error('kaput');
      },
    } as Rule;
    const found = checkSync({
      content: `${post}\n![Widok rynku z ratusza](c.jpg)\n`,
      format: 'markdown',
      config: { plugins: [{ name: 'urzad', rules: [boom] }] },
    }).messages;
    expect(found.find((m) => m.ruleId === 'rule-error')?.message).toMatch(
      /urzad\/boom.*kaput|kaput.*urzad\/boom/s,
    );
    expect(found.map((m) => m.ruleId)).toContain('img-alt-redundant-prefix');
  });

  it.each([
    ['no name', { rules: [] }, /lowercase name/],
    ['rules that are not a list', { name: 'x', rules: 'oops' }, /must export rules/],
    [
      'a rule that breaks the contract',
      { name: 'x', rules: [{ ...oneWordAlt, tags: ['pictures'] }] },
      /unknown tag "pictures"/,
    ],
    ['the same plugin twice', [plugin, plugin], /configured twice/],
    ['a module name given to the pure resolver', 'content-a11y-plugin-x', /loadConfig/],
  ] as const)('refuse %s with a clear configuration error', (_name, given, message) => {
    const plugins = (Array.isArray(given) ? given : [given]) as Plugin[];
    expect(() => resolveConfig({ plugins })).toThrow(ConfigError);
    expect(() => resolveConfig({ plugins })).toThrow(message);
  });

  it('a plugin path that does not exist is a configuration error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca11y-plugin-'));
    writeFileSync(join(dir, 'content-a11y.config.json'), JSON.stringify({ plugins: ['./missing.mjs'] }));
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(/Cannot find the plugin "\.\/missing\.mjs"/);
  });

  it('get the same docs page as built-in rules, naming the plugin', () => {
    const registered = resolveConfig({ plugins: [plugin] }).registry.get('urzad/alt-one-word')!;
    const page = renderRuleDoc(registered);
    expect(page).toContain('# urzad/alt-one-word');
    expect(page).toContain('the plugin "urzad"');
    expect(page).toContain('Opis obrazu z jednego słowa');
  });
});

describe('the sample plugin in examples/plugin', () => {
  it('is loaded from the configuration by the CLI and reports its rule, directives included', async () => {
    const dir = join(root, 'examples/plugin');
    const result = await run(
      process.execPath,
      [
        join(root, 'dist/src/cli/bin.js'),
        'check',
        'posts',
        '--config',
        'content-a11y.config.json',
        '--format',
        'json',
        '--no-axe',
      ],
      { cwd: dir },
    ).then(
      (ok) => ({ ...ok, code: 0 }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      files: Array<{ messages: Array<{ ruleId: string; line: number; helpUrl: string }> }>;
    };
    const own = report.files[0]!.messages.filter((m) => m.ruleId.startsWith('example/'));
    expect(own.map((m) => [m.ruleId, m.line])).toEqual([['example/link-new-window', 8]]);
    expect(own[0]!.helpUrl).toBe('https://www.w3.org/WAI/WCAG22/Techniques/general/G201');
    const sarif = await run(
      process.execPath,
      [
        join(root, 'dist/src/cli/bin.js'),
        'check',
        'posts',
        '--config',
        'content-a11y.config.json',
        '--format',
        'sarif',
        '--no-axe',
      ],
      { cwd: dir },
    ).catch((error: { stdout: string }) => error);
    const log = JSON.parse(sarif.stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }>;
    };
    expect(log.runs[0]!.tool.driver.rules.find((r) => r.id === 'example/link-new-window')?.helpUri).toBe(
      'https://www.w3.org/WAI/WCAG22/Techniques/general/G201',
    );
  }, 60_000);
});
