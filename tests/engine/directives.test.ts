// Inline directives, table-driven: which findings each form switches off, and what is not a
// directive at all. The post is a Polish news item with two alts that start with "Widok".
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { onlyRule } from '../helpers/rule-tester.js';

const head = '---\ntitle: Dni otwarte\ndate: 2024-03-14\nlang: pl\n---\n\n';
const alt = (n: number) => `![Widok sali numer ${n}](sala-${n}.jpg)`;

/** Lines of img-alt-redundant-prefix findings left after the directives. */
function remaining(body: string, format: 'markdown' | 'html' = 'markdown'): number[] {
  const content = format === 'markdown' ? head + body : body;
  const config = onlyRule('img-alt-redundant-prefix');
  return checkSync({ content, format, config, lang: 'pl' })
    .messages.filter((m) => m.ruleId === 'img-alt-redundant-prefix')
    .map((m) => m.line);
}

describe('inline directives', () => {
  it.each([
    ['no directive: both alts reported', `${alt(1)}\n\n${alt(2)}\n`, [7, 9]],
    [
      'disable-next-line the rule',
      `<!-- content-a11y-disable-next-line img-alt-redundant-prefix -->\n${alt(1)}\n\n${alt(2)}\n`,
      [10],
    ],
    [
      'disable-next-line across a blank line (common in Markdown)',
      `<!-- content-a11y-disable-next-line img-alt-redundant-prefix -->\n\n${alt(1)}\n\n${alt(2)}\n`,
      [11],
    ],
    [
      'disable-next-line with a reason after --',
      `<!-- content-a11y-disable-next-line img-alt-redundant-prefix -- "Widok" is the gallery's name -->\n${alt(1)}\n`,
      [],
    ],
    [
      'disable-next-line with no rule: every rule',
      `<!-- content-a11y-disable-next-line -->\n${alt(1)}\n\n${alt(2)}\n`,
      [10],
    ],
    [
      'disable-next-line of another rule',
      `<!-- content-a11y-disable-next-line img-alt-too-long -->\n${alt(1)}\n`,
      [8],
    ],
    [
      'several rules, comma separated',
      `<!-- content-a11y-disable-next-line img-alt-too-long, img-alt-redundant-prefix -->\n${alt(1)}\n`,
      [],
    ],
    [
      'disable-line at the end of the line',
      `${alt(1)} <!-- content-a11y-disable-line -->\n\n${alt(2)}\n`,
      [9],
    ],
    [
      'disable … enable around a block',
      `<!-- content-a11y-disable img-alt-redundant-prefix -->\n\n${alt(1)}\n\n<!-- content-a11y-enable img-alt-redundant-prefix -->\n\n${alt(2)}\n`,
      [13],
    ],
    ['disable to the end of the file', `${alt(1)}\n\n<!-- content-a11y-disable -->\n\n${alt(2)}\n`, [7]],
    [
      'enable of another rule does not end the disable',
      `<!-- content-a11y-disable img-alt-redundant-prefix -->\n\n<!-- content-a11y-enable img-alt-too-long -->\n\n${alt(1)}\n`,
      [],
    ],
    [
      'a directive inside a code block is text, not a directive',
      `\`\`\`html\n<!-- content-a11y-disable-next-line img-alt-redundant-prefix -->\n\`\`\`\n${alt(1)}\n`,
      [10],
    ],
    ['a directive in inline code is text', `\`<!-- content-a11y-disable -->\`\n\n${alt(1)}\n`, [9]],
    ['a misspelt directive is not one', `<!-- content-a11y-disabled-next-line -->\n${alt(1)}\n`, [8]],
  ] as const)('%s', (_name, body, lines) => {
    expect(remaining(body)).toEqual(lines);
  });

  it('work in HTML posts too', () => {
    const html = (directive: string) =>
      `<!doctype html><html lang="pl"><head><title>Dni</title></head><body>\n${directive}\n<img src="a.jpg" alt="Widok sali">\n</body></html>`;
    expect(remaining(html(''), 'html')).toEqual([3]);
    expect(
      remaining(html('<!-- content-a11y-disable-next-line img-alt-redundant-prefix -->'), 'html'),
    ).toEqual([]);
  });

  it('never switch off the engine’s own findings about the file', () => {
    const result = checkSync({
      content: `<!-- content-a11y-disable -->\n${'<div>'.repeat(1200)}`,
      format: 'html',
    });
    expect(result.messages.map((m) => m.ruleId)).toContain('limit-exceeded');
  });
});
