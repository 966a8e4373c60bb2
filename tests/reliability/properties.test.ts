// Property-based tests (fast-check) over generated Markdown, HTML and front matter: the check never
// throws, always terminates, every finding points inside the file, and the output is identical
// run to run. CI runs a fixed seed and a bounded number of cases; for a longer local hunt:
//   FC_NUM_RUNS=5000 FC_SEED=$RANDOM npx vitest run tests/reliability/properties.test.ts
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { decodeSource } from '../../src/parse/decode.js';
import { LineIndex } from '../../src/parse/positions.js';
import type { Finding } from '../../src/types.js';

const SEED = Number(process.env.FC_SEED ?? 20261127);
const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 120);
const now = new Date('2025-06-01T12:00:00Z');

const NEWLINES = ['\n', '\r\n', '\r', '\n\n'];
const MD_PIECES = [
  '# ',
  '## ',
  '#### ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '   ',
  '\t',
  '**',
  '_',
  '`',
  '```\n',
  '~~~',
  '![',
  '](',
  ')',
  '[',
  ']',
  '![alt](a.png)',
  '![](IMG_2041.jpg "t")',
  '[więcej](https://x.pl)',
  '<img src="a.png">',
  '<img alt="" src=b>',
  '<div>',
  '</div>',
  '<p>',
  '<h3>',
  '</h3>',
  '<a href=x>',
  '</a>',
  '<!-- content-a11y-disable-next-line img-alt-missing -->',
  '<!-- content-a11y-disable -->',
  '| a | b |\n|---|---|\n| c | d |',
  'Data opublikowania:',
  'Published: 28.04.2021',
  '28.04- 29.04.2021',
  'Zdjęcie',
  'ąęłńóśźż',
  '😀',
  '\u200b',
  '\u202e',
  '&amp;',
  '&#0;',
  '&nbsp;',
  '<',
  '>',
  '&',
  '\\',
  '---',
  '+++',
  '<script>alert(1)</script>',
  '<style>p{}</style>',
  '<template><img></template>',
  'x',
];
const HTML_PIECES = [
  '<!doctype html>',
  '<html lang="pl">',
  '<html lang="english">',
  '<head>',
  '<title>T</title>',
  '<meta property="article:published_time" content="2021-04-28">',
  '</head>',
  '<body>',
  '<main>',
  '<h1>',
  '</h1>',
  '<h2>',
  '<h4>',
  '<h2></h2>',
  '<p>',
  '</p>',
  '<img src="a.png">',
  '<img alt="">',
  '<img alt="Widok sali" src="s.jpg">',
  '<figure>',
  '<figcaption>c</figcaption>',
  '</figure>',
  '<a href="x">',
  '<a>',
  '</a>',
  '<table><tr><td>1</td></tr></table>',
  '<ul><li>a<li>b</ul>',
  '<time datetime="2021-04-28">28 kwietnia</time>',
  '<svg><title>s</title></svg>',
  '<br>',
  '<span aria-label="l">',
  '<div aria-hidden="true">',
  '<script>fetch("http://127.0.0.1")</script>',
  '<!--',
  '-->',
  '<![CDATA[x]]>',
  '&lt;',
  '<',
  '>',
  '"',
  "'",
  '=',
  '\u0000',
  'tekst',
  'ż',
  '\n',
  '\r\n',
  '\r',
];
const YAML_LINES = [
  'title: Tytuł',
  'title: ""',
  'title:',
  'date: 2021-04-28',
  'date: "2021-04-28"',
  'date: 2022-01-24 10:44:00 -0500',
  'date: 2021-02-30',
  'lastmod: 2020-01-01',
  'lang: pl',
  'lang: english',
  'draft: true',
  'tags: [a, b]',
  'cover:\n  src: a.png\n  alt: ""',
  '__proto__:\n  polluted: true',
  'constructor: x',
  'a: &a [1, 2]',
  'b: *a',
  '\tbad: tab',
  'title: x\ntitle: y',
  'key: "unclosed',
  '- list',
  ': nokey',
  '#comment',
];

const fromPieces = (pieces: string[], max: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...pieces) },
        fc.constantFrom(...NEWLINES),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: max },
    )
    .map((parts) => parts.join(''));

const markdown = fromPieces(MD_PIECES, 60);
const html = fromPieces(HTML_PIECES, 60);
const frontMatterPost = fc
  .tuple(
    fc.array(fc.constantFrom(...YAML_LINES), { maxLength: 8 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
    markdown,
  )
  .map(([lines, nl, closed, body]) => ['---', ...lines, ...(closed ? ['---'] : [])].join(nl) + nl + body);

/** Every finding's start and end lie inside the file, at text that exists. */
function assertInside(source: string, findings: Finding[]): void {
  const lines = new LineIndex(decodeSource(source));
  for (const f of findings) {
    for (const [line, column] of [
      [f.line, f.column],
      [f.endLine, f.endColumn],
    ] as const) {
      const where = `${f.ruleId} at ${line}:${column} in ${JSON.stringify(source)}`;
      expect(Number.isInteger(line) && line >= 1 && line <= lines.lineCount, where).toBe(true);
      expect(Number.isInteger(column) && column >= 1, where).toBe(true);
      expect(column, where).toBeLessThanOrEqual(lines.lineText(line).length + 1);
    }
    expect(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column), f.ruleId).toBe(true);
  }
}

function checkProperty(content: string, path: string): void {
  const first = checkSync({ content, path, now });
  assertInside(content, first.messages);
  const second = checkSync({ content, path, now });
  expect(second.messages).toEqual(first.messages);
}

const params = { seed: SEED, numRuns: NUM_RUNS, endOnFailure: true };

describe('properties of check() on generated posts', () => {
  it('Markdown: never throws, findings inside the file, deterministic', () => {
    fc.assert(
      fc.property(markdown, (content) => checkProperty(content, 'post.md')),
      params,
    );
  });

  it('HTML: never throws, findings inside the file, deterministic', () => {
    fc.assert(
      fc.property(html, (content) => checkProperty(content, 'post.html')),
      params,
    );
  });

  it('front matter (YAML, broken or not, any line ending): never throws, findings inside', () => {
    fc.assert(
      fc.property(frontMatterPost, (content) => checkProperty(content, 'post.md')),
      params,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('plain text and sniffed formats: never throws, findings inside', () => {
    fc.assert(
      fc.property(fc.oneof(markdown, html), fc.constantFrom('post.txt', undefined), (content, path) => {
        const result = checkSync({ content, path, now });
        assertInside(content, result.messages);
      }),
      params,
    );
  });

  it('arbitrary bytes: never throws, a finding for what cannot be read', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom('a.md', 'a.html', 'a.txt', 'a.json'),
        (bytes, path) => {
          const result = checkSync({ content: bytes, path, now });
          for (const f of result.messages) expect(f.line).toBeGreaterThanOrEqual(1);
        },
      ),
      params,
    );
  });
});
