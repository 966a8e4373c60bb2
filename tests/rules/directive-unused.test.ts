import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { checkSync } from '../../src/check-sync.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { md, ruleTester } from '../helpers/rule-tester.js';

const pl = (body: string) => md(body, { lang: 'pl', title: 'Warsztaty' });
// The rules a directive names must run for it to be judged.
const withPrefix = { rules: { 'img-alt-redundant-prefix': 'warning' as const } };

ruleTester('directive-unused', {
  valid: [
    {
      name: 'it suppresses the finding it names',
      content: pl(
        '<!-- content-a11y-disable-next-line img-alt-redundant-prefix -- nazwa galerii -->\n![Widok na rynek](rynek.png)\n',
      ),
      config: withPrefix,
    },
    {
      name: 'a range that suppresses something',
      content: pl(
        '<!-- content-a11y-disable img-alt-redundant-prefix -->\n\n![Widok na rynek](rynek.png)\n\n<!-- content-a11y-enable img-alt-redundant-prefix -->\n',
      ),
      config: withPrefix,
    },
    {
      name: 'the rule it names is switched off: not evidence, so not reported',
      content: pl(
        '<!-- content-a11y-disable-next-line img-alt-redundant-prefix -->\n![Rynek w Kielcach](rynek.png)\n',
      ),
    },
    {
      name: 'an enable directive is never "unused"',
      content: pl('<!-- content-a11y-enable img-alt-redundant-prefix -->\nTekst.\n'),
      config: withPrefix,
    },
    {
      name: 'an unknown id is directive-unknown, not directive-unused',
      content: pl('<!-- content-a11y-disable-next-line img-alt-redundant-prefx -->\n![Rynek](rynek.png)\n'),
      config: withPrefix,
    },
    {
      name: 'an axe rule, when axe does not run (checkSync)',
      content: md('<!-- content-a11y-disable axe/aria-hidden-focus -->\nText.\n'),
    },
    {
      name: 'a blanket directive under checkSync: the axe stage the configuration enables never ran',
      content: md('<!-- content-a11y-disable-next-line -->\nAll fine here.\n'),
    },
    {
      name: 'a rule of a plugin that is not configured here',
      content: md('<!-- content-a11y-disable-next-line acme/house-style -->\nAll fine here.\n'),
    },
  ],
  invalid: [
    {
      name: 'the alt was fixed; the directive stayed',
      content: pl(
        '<!-- content-a11y-disable-next-line img-alt-redundant-prefix -->\n![Uczestnicy warsztatów w programie Zoom](zoom.png)\n',
      ),
      config: withPrefix,
      errors: [{ line: 7, column: 1, message: /wyłącza "img-alt-redundant-prefix", ale nic/ }],
    },
    {
      name: 'a blanket directive with nothing to silence, axe switched off (every stage ran)',
      content: md('<!-- content-a11y-disable-next-line -->\nAll fine here.\n'),
      config: { axe: false },
      errors: [
        {
          line: 7,
          message: 'This directive disables every rule, but nothing here was reported: remove the directive.',
        },
      ],
    },
    {
      name: 'a disable range with nothing in it',
      content: md(
        '<!-- content-a11y-disable img-alt-redundant-prefix -->\n\n![A view of the market](m.png)\n\n<!-- content-a11y-enable img-alt-redundant-prefix -->\n',
      ),
      config: withPrefix,
      errors: [{ line: 7 }],
    },
  ],
});

describe('directive-unused with the axe stage', () => {
  it('a blanket directive that silences only an axe finding is used', async () => {
    const content = md(
      '<!-- content-a11y-disable-next-line -->\n<div aria-hidden="true"><a href="/x">Link</a></div>\n',
    );
    const result = await check({ content, path: 'p.md' });
    expect(result.messages.map((m) => m.ruleId)).not.toContain('directive-unused');
    expect(result.messages.map((m) => m.ruleId)).not.toContain('axe/aria-hidden-focus');
  });

  it('a directive naming an axe rule that found nothing is reported after axe ran', async () => {
    const content = md('<!-- content-a11y-disable axe/aria-hidden-focus -->\nText.\n');
    const result = await check({ content, path: 'p.md' });
    expect(result.messages.filter((m) => m.ruleId === 'directive-unused')).toHaveLength(1);
  });

  it('severity follows the configuration, and "off" silences it', () => {
    const content = md('<!-- content-a11y-disable-next-line -->\nFine.\n');
    expect(
      checkSync({ content, config: { axe: false, rules: { 'directive-unused': 'error' } } }).messages.find(
        (m) => m.ruleId === 'directive-unused',
      )?.severity,
    ).toBe('error');
    expect(
      checkSync({ content, config: { axe: false, rules: { 'directive-unused': 'off' } } }).messages.map(
        (m) => m.ruleId,
      ),
    ).not.toContain('directive-unused');
  });
});

describe('directive-unused with a plugin', () => {
  const houseStyle = defineRule({
    id: 'no-exclamation',
    severity: 'warning',
    wcag: [],
    tags: ['plugin'],
    description: { en: 'A heading that shouts' },
    why: { en: 'House style.' },
    fix: { en: 'Drop the exclamation mark.' },
    messages: { shout: { en: 'The heading ends with "!".' } },
    check({ index, report }) {
      for (const h of index.headings)
        if (h.text.endsWith('!')) report({ node: h.element, messageId: 'shout' });
    },
  });
  const config = { axe: false, plugins: [{ name: 'acme', rules: [houseStyle as Rule] }] };
  const ids = (body: string) => checkSync({ content: md(body), config }).messages.map((m) => m.ruleId);

  it('a directive naming a plugin rule that ran and found nothing is unused', () => {
    expect(ids('<!-- content-a11y-disable-next-line acme/no-exclamation -->\n## Quiet heading\n')).toContain(
      'directive-unused',
    );
  });

  it('one that silenced the plugin rule is used', () => {
    expect(ids('<!-- content-a11y-disable-next-line acme/no-exclamation -->\n## Loud heading!\n')).toEqual(
      [],
    );
  });

  it('a misspelt plugin rule is directive-unknown, with the plugin rule suggested', () => {
    const found = checkSync({
      content: md('<!-- content-a11y-disable-next-line acme/no-exclamaton -->\n## Quiet\n'),
      config,
    }).messages.find((m) => m.ruleId === 'directive-unknown');
    expect(found?.message).toMatch(/"acme\/no-exclamaton".*"acme\/no-exclamation"/);
  });
});
