// The fast Markdown reader must build micromark's tree: node types, values and positions. Every
// case below is a construct where @lezer/markdown, read naively, builds another tree (each was
// found on real posts of the corpus or of the sites checked for this reader); the reference is
// micromark's own tree of the same text, so a case fails the day the two part.
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { lezerMdast } from '../../src/parse/lezer-mdast.js';
import { micromarkMdast } from '../../src/parse/markdown.js';
import { mdastDifference } from '../../src/parse/mdast-difference.js';
import type { MarkdownFlavour } from '../../src/site/types.js';

const GFM = { autolink: true, footnotes: true, definitionLists: false };

/** micromark's tree as markdownToHast uses it, or the difference from it. */
function differenceFromMicromark(text: string, syntax = GFM): string | undefined {
  const ours = lezerMdast(text, syntax);
  if (!ours) return 'left to micromark';
  return mdastDifference(ours, micromarkMdast(text, syntax as MarkdownFlavour));
}

const same: Array<[string, string]> = [
  ['a paragraph over two lines, trailing spaces', 'Godziny otwarcia urzędu  \nod poniedziałku do piątku. \n'],
  ['front matter, then the body', '---\ntitle: Dzień otwarty\n---\n# Dzień otwarty\n\nZapraszamy.\n'],
  ['TOML front matter', '+++\ntitle = "Open day"\n+++\nWelcome.\n'],
  ['headings ATX and setext, trailing space', '## Plan dnia \n\nProgram\n=======\n'],
  ['emphasis, strong, strikethrough, code', 'Nie *wolno* **parkować** ~~tutaj~~ `nigdy`.'],
  ['escapes and character references merge into the text', 'A \\* B &amp; C &#8211; D &nbsp;E'],
  ['inline code over a line ending keeps it', '`Opublikowano: 5 listopada | Zaktualizowano:\n  11 grudnia`'],
  [
    'a link, an image with a title, an autolink',
    '[Urząd](https://example.gov.pl "BIP") ![Widok sali](sala.jpg "t") <https://example.org>',
  ],
  [
    'a link whose text is an e-mail address',
    'Write to [jan.kowalski@example.gov](mailto:jan.kowalski@example.gov).',
  ],
  ['a shortcut reference, defined', 'See [the report].\n\n[the report]: /raport.pdf "Raport"\n'],
  ['a full and a collapsed reference', '[tekst][ref] and [ref][]\n\n[ref]: /a\n'],
  [
    'an undefined shortcut inside a link (lezer made the outer brackets text)',
    '[_[Extended version]_](https://example.org/video)',
  ],
  ['undefined brackets stay text', 'Pick [x] or [ ] and [1]; [a][b] too.'],
  [
    'a link whose destination is not valid falls back to text',
    '[Analytics]({{< ref "/guides/dap" >}} "DAP") programme',
  ],
  [
    'a label over two lines in a list item',
    '- see the [alpha\n  release] notes\n\n[alpha release]: /alpha\n',
  ],
  [
    'bare URLs and addresses (GFM)',
    'Visit www.example.gov.pl, https://example.org/a_(b) or mail info@example.org.',
  ],
  ['a mailto: address is linked without its prefix', 'Contact (mailto:biuro@example.gov.pl) today.'],
  [
    'inline code over a line ending in a list item',
    '- `Opublikowano:\n  11 grudnia`\n- <span\n    class="x">y</span>\n',
  ],
  ['an undefined bracket inside a link text', '[a [b] c](/x) and [d]'],
  ['a self-closing image alone on a line is raw HTML', '<img src="a.jpg" alt="Widok" />\n\nText.'],
  ['raw HTML indented two spaces keeps its indentation', '  <table>\n    <tr><td>1</td></tr>\n  </table>\n'],
  ['raw HTML blocks in a quote end at a blank quoted line', '> <p>One</p>\n>\n> <p>Two</p>\n'],
  ['raw HTML in a list item loses the item indentation', '  - item\n\n    <p>\n    text\n    </p>\n'],
  ['a tight and a loose list', '- a\n- b\n\n1. one\n\n2. two\n'],
  ['a list in a quote ends after the blank quoted line', '> Lista:\n>\n> * one\n> * two\n>\n> After.\n'],
  ['task items', '* [x] *Done:* the plan\n* [ ] still open\n'],
  ['a numbered item after a nested list leaves it', '1. first\n  - sub a\n  - sub b\n2. second\n3. third\n'],
  ['a list item whose content starts five spaces in', '-        indented code\n-      x\n'],
  [
    'fenced code, indented fence, info with trailing space',
    '  ```js title  \n  const a = 1;\n   b();\n  ```\n',
  ],
  ['indented code starts at its indentation', 'Para.\n\n    code line\n    more\n\n'],
  [
    'a table, cells bounded as micromark does',
    '| Dzień | Godziny |\n|:--|--:|\n| pon. | 8–16 |\n|  | wt. |\n',
  ],
  ['a table without outer pipes and a short row', 'a | b\n-|-\nx\n'],
  ['an inline code pipe in a table cell', '| kod |\n|-|\n| `a\\|b` |\n'],
  ['a blockquote with a lazy line', '> Cytat\nciąg dalszy  \n'],
  [
    'footnote calls and one-line definitions, one after another',
    'Tekst[^1] i *dalej[^uwaga]*.\n\n[^1]: Przypis z [linkiem](https://example.gov.pl).\n[^Uwaga]: Drugi `przypis`.\n',
  ],
  ['a call to an undefined footnote stays text', 'Tekst[^brak] i[^1].\n\n[^1]:Przypis bez spacji.\n'],
  [
    'a definition between paragraphs, a call in a table and a heading, a bare URL in a note',
    '## Plan[^a]\n\n[^a]: Zob. https://example.org/plan\n\n| k[^a] |\n|-|\n| x |\n',
  ],
  [
    'a call in a definition, a reference link there too',
    'A[^x]\n\n[^x]: B[^x], see [the report].\n\n[the report]: /r\n',
  ],
];

describe('lezerMdast builds micromark’s tree', () => {
  it.each(same)('%s', (_, text) => {
    expect(differenceFromMicromark(text)).toBeUndefined();
  });

  it('without bare-URL autolinks (kramdown, Zola)', () => {
    const syntax = { autolink: false, footnotes: false, definitionLists: false };
    expect(differenceFromMicromark('See www.example.org and https://example.org.', syntax)).toBeUndefined();
  });
});

describe('lezerMdast leaves to micromark what it does not build the same way', () => {
  const left: Array<[string, string, typeof GFM?]> = [
    ['a footnote definition continued on the next line', 'Tekst[^1].\n\n[^1]: Przypis\nciąg dalszy.\n'],
    ['a footnote definition interrupting a paragraph', 'Tekst[^1].\n[^1]: Przypis.\n'],
    ['an indented footnote definition', 'Tekst[^1].\n\n  [^1]: Przypis.\n'],
    ['a footnote definition with trailing whitespace', 'Tekst[^1].\n\n[^1]: Przypis. \n'],
    ['a footnote definition opening a list', 'Tekst[^1].\n\n[^1]: - punkt\n'],
    ['a footnote definition in a list item', '- Tekst[^1].\n\n  [^1]: Przypis.\n'],
    ['a footnote call before a link destination', 'Tekst[^1](https://example.org).\n\n[^1]: Przypis.\n'],
    ['a footnote definition line inside fenced code', 'A[^1]\n\n```md\nx\n\n[^1]: w kodzie\n\n```\n'],
    ['a footnote definition line inside an HTML comment', 'A[^1]\n\n<!--\n\n[^1]: ukryty\n\n-->\n'],
    ['a footnote call inside a link', '[Tekst[^1]](https://example.org)\n\n[^1]: Przypis.\n'],
    ['an escaped footnote call', 'Tekst\\[^1] i[^1].\n\n[^1]: Przypis.\n'],
    ['definition lists', 'Term\n: Definition\n', { autolink: true, footnotes: true, definitionLists: true }],
    ['CRLF line endings', 'Line one\r\nLine two\r\n'],
    ['a table delimiter row ending in whitespace', '| a | b |\n| - | - | \n| 1 | 2 |\n'],
    ['a bare URL in a text whose escapes changed it', 'a \\* see https://example.org/x'],
  ];
  it.each(left)('%s', (_, text, syntax = GFM) => {
    expect(lezerMdast(text, syntax)).toBeUndefined();
  });
});

// Where the two readers part on purpose: GFM's bare-URL transform ends a URL before trailing `"`,
// `>` and `}` (shortcode quoting), where micromark's tokenizer keeps them in the link. The fast
// reader's link is the real address; this case records the difference, so a change shows.
describe('where the readers differ', () => {
  it('a bare URL before `">}}` ends at the address', () => {
    const text = '{{< button href="https://example.org/issues/1517">}}';
    expect(differenceFromMicromark(text)).toMatch(/children/);
    const link = (lezerMdast(text, GFM)!.children[0] as { children: Array<{ type: string; url?: string }> })
      .children[1];
    expect(link).toMatchObject({ type: 'link', url: 'https://example.org/issues/1517' });
  });
});

describe('every Markdown fixture', () => {
  const files = globSync('fixtures/**/*.md', { absolute: true }).sort();
  it('has fixtures to read', () => expect(files.length).toBeGreaterThan(10));
  it.each(files)('%s: micromark’s tree, or left to micromark', (file) => {
    const text = readFileSync(file, 'utf8');
    const ours = lezerMdast(text, GFM);
    if (ours) expect(mdastDifference(ours, micromarkMdast(text))).toBeUndefined();
  });
});
