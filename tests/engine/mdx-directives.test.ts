// MDX has no HTML comments, so a Markdown post also takes the inline directives as JSX comments.
// They act like the HTML ones and, like them, never from inside code.
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';

const post = (body: string) =>
  `---\ntitle: Otwarcie placu zabaw\ndate: 2024-05-02\nlang: pl\n---\n\n${body}\n`;
const rules = (source: string, path = 'plac.mdx') =>
  checkSync({ content: source, path }).messages.map((m) => `${m.line} ${m.ruleId}`);

describe('JSX comment directives', () => {
  it.each([
    [
      'disable-next-line, on its own line',
      '{/* content-a11y-disable-next-line img-alt-missing */}\n![](plac.jpg)',
    ],
    [
      'disable-next-line, with a blank line before the target',
      '{/* content-a11y-disable-next-line img-alt-missing */}\n\n![](plac.jpg)',
    ],
    ['disable-line, after the image', '![](plac.jpg) {/* content-a11y-disable-line img-alt-missing */}'],
    [
      'disable … enable',
      '{/* content-a11y-disable img-alt-missing -- galeria z CMS */}\n\n![](plac.jpg)\n\n{/* content-a11y-enable img-alt-missing */}',
    ],
  ])('%s', (_name, body) => {
    expect(rules(post(body))).toEqual([]);
    expect(rules(post(body), 'plac.md')).toEqual([]); // Docusaurus reads .md as MDX too
  });

  it('switches off only the rule it names, and only where it says', () => {
    const body =
      '{/* content-a11y-disable-next-line img-alt-filename */}\n![](plac.jpg)\n\n![](hustawki.jpg)';
    // img-alt-filename found nothing there, so the directive itself is reported as unused.
    expect(rules(post(body))).toEqual(['7 directive-unused', '8 img-alt-missing', '10 img-alt-missing']);
  });

  it('is text, not a directive, inside code', () => {
    const body =
      '`{/* content-a11y-disable-line img-alt-missing */}` ![](plac.jpg)\n\n```mdx\n{/* content-a11y-disable-next-line img-alt-missing */}\n```\n![](hustawki.jpg)';
    expect(rules(post(body))).toEqual(['7 img-alt-missing', '12 img-alt-missing']);
  });
});
