// "Disable for this line": each insertion is applied and the post checked again. The directive
// must silence exactly that finding, and leave every other finding (so the post's structure) as it was.
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { directiveInsertion } from '../../src/lsp/directive-edit.js';

interface Case {
  name: string;
  path: string;
  source: string;
  rule: string;
  /** The inserted text, or undefined when no directive can be written there. */
  inserted: string | undefined;
}

const md = (body: string) => `---\ntitle: Nowy plac zabaw\ndate: 2024-05-02\nlang: pl\n---\n\n${body}`;

const cases: Case[] = [
  {
    name: 'Markdown: a paragraph after a blank line takes the directive on the line before',
    path: 'plac.md',
    source: md('Plac otwarto w czwartek.\n\n![](plac-zabaw.jpg)\n\nZapraszamy.\n'),
    rule: 'img-alt-missing',
    inserted: '<!-- content-a11y-disable-next-line img-alt-missing -->\n',
  },
  {
    name: 'Markdown: the second line of a paragraph takes it at its end (a line before would split the paragraph)',
    path: 'plac.md',
    source: md('![Huśtawki na nowym placu](hustawki.jpg)\n![](zjezdzalnia.jpg)\n\nZapraszamy.\n'),
    rule: 'img-alt-missing',
    inserted: ' <!-- content-a11y-disable-line img-alt-missing -->',
  },
  {
    name: 'Markdown: a list item after another one',
    path: 'plac.md',
    source: md('Na placu są:\n\n- huśtawki,\n- ![](piaskownica.jpg) piaskownica.\n'),
    rule: 'img-alt-missing',
    inserted: ' <!-- content-a11y-disable-line img-alt-missing -->',
  },
  {
    name: 'Markdown: a quoted line inside a quote',
    path: 'plac.md',
    source: md('> Mieszkańcy czekali na ten plac.\n> ![](mieszkancy.jpg)\n\nKoniec.\n'),
    rule: 'img-alt-missing',
    inserted: ' <!-- content-a11y-disable-line img-alt-missing -->',
  },
  {
    name: 'MDX: a JSX comment, since MDX has no HTML comments',
    path: 'plac.mdx',
    source: md('Plac otwarto w czwartek.\n\n![](plac-zabaw.jpg)\n'),
    rule: 'img-alt-missing',
    inserted: '{/* content-a11y-disable-next-line img-alt-missing */}\n',
  },
  {
    name: 'MDX: at the end of a paragraph’s second line',
    path: 'plac.mdx',
    source: md('Zdjęcia z otwarcia:\n![](plac-zabaw.jpg)\n'),
    rule: 'img-alt-missing',
    inserted: ' {/* content-a11y-disable-line img-alt-missing */}',
  },
  {
    name: 'HTML: a line of its own, indented like the element',
    path: 'plac.html',
    source: '<article>\n  <p>Plac otwarto w czwartek.</p>\n  <img src="plac-zabaw.jpg">\n</article>\n',
    rule: 'img-alt-missing',
    inserted: '  <!-- content-a11y-disable-next-line img-alt-missing -->\n',
  },
];

const impossible: Case[] = [
  {
    name: 'front matter: no comment is read there',
    path: 'seed.md',
    source: '---\ntitle: Warsztaty\ndate:\nlang: pl\n---\n\nTreść.\n',
    rule: 'date-missing',
    inserted: undefined,
  },
  {
    name: 'a Markdown table row: text after the last cell is dropped',
    path: 'plac.md',
    source: md('| Sprzęt | Zdjęcie |\n| --- | --- |\n| Huśtawka | ![](hustawka.jpg) |\n'),
    rule: 'img-alt-missing',
    inserted: undefined,
  },
  {
    name: 'HTML: the line starts inside a tag written over two lines',
    path: 'plac.html',
    source: '<p>Zobacz <a href="/galeria"\n><img src="plac-zabaw.jpg"></a></p>\n',
    rule: 'img-link-no-name',
    inserted: undefined,
  },
];

function findings(path: string, source: string) {
  return checkSync({ content: source, path, axe: false })
    .messages.map((m) => m.ruleId)
    .sort();
}

describe('directiveInsertion', () => {
  it.each(cases)('$name', ({ path, source, rule, inserted }) => {
    const result = checkSync({ content: source, path });
    const finding = result.messages.find((m) => m.ruleId === rule);
    expect(finding, `${rule} is reported before`).toBeDefined();
    const insertion = directiveInsertion(result.post!, finding!, path.endsWith('.mdx') ? 'mdx' : 'html');
    expect(insertion?.text).toBe(inserted);
    const edited = source.slice(0, insertion!.offset) + insertion!.text + source.slice(insertion!.offset);
    const before = findings(path, source);
    before.splice(before.indexOf(rule), 1);
    expect(findings(path, edited)).toEqual(before);
  });

  it.each(impossible)('none where it cannot work: $name', ({ path, source, rule }) => {
    const result = checkSync({ content: source, path });
    const finding = result.messages.find((m) => m.ruleId === rule);
    expect(finding, `${rule} is reported`).toBeDefined();
    expect(directiveInsertion(result.post!, finding!, 'html')).toBeUndefined();
  });
});
