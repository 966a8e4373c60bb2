import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { checkSync } from '../../src/check-sync.js';
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
      name: 'a blanket directive with nothing to silence (no axe stage follows checkSync)',
      content: md('<!-- content-a11y-disable-next-line -->\nAll fine here.\n'),
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
      checkSync({ content, config: { rules: { 'directive-unused': 'error' } } }).messages.find(
        (m) => m.ruleId === 'directive-unused',
      )?.severity,
    ).toBe('error');
    expect(
      checkSync({ content, config: { rules: { 'directive-unused': 'off' } } }).messages.map((m) => m.ruleId),
    ).not.toContain('directive-unused');
  });
});
