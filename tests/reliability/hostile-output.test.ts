// Forged or hidden results: text from a post or a file name can never write its own CI command,
// link, image, XML element or reversed name into a report, and `merge` refuses reports that are
// not reports (cases 12, 13, 21, 22, 23 of issue 21).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element, Nodes, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import github, { stepSummary } from '../../src/report/github.js';
import htmlReport from '../../src/report/html.js';
import type { FileResult, Finding, Severity } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { BROKEN } from '../helpers/git-repo.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'img-alt-missing',
    messageId: 'missing',
    severity: 'error',
    message: 'The image has no alt text.',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 10,
    wcag: ['1.1.1'],
    helpUrl: 'https://github.com/content-a11y/content-a11y/blob/main/docs/rules/img-alt-missing.md',
    fingerprint: 'f',
    ...over,
  };
}

function summaryOf(files: FileResult[]) {
  const count = (s: Severity) =>
    files.reduce((n, f) => n + f.messages.filter((m) => m.severity === s).length, 0);
  return { files: files.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** Every element of a tree, depth first, without recursion. */
function elements(root: Root): Element[] {
  const out: Element[] = [];
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') out.push(node);
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return out;
}

/** Renders Markdown as GitHub does (GFM, raw HTML parsed), to see what a reader would get. */
function renderGfm(markdown: string): Root {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw);
  return processor.runSync(processor.parse(markdown)) as Root;
}

describe('#12 --format github: a file name cannot write a workflow command', () => {
  it('past the 10 shown annotations, names and messages stay on their own line', () => {
    const forged = 'posts/a.md\n::error file=forged.md,line=1::Forged by the file name\n';
    const files: FileResult[] = [
      {
        path: forged,
        messages: Array.from({ length: 15 }, (_, i) =>
          finding({ line: i + 1, message: `Alt "\r\n::warning::from the alt ${i}"` }),
        ),
      },
    ];
    const out = github(files, summaryOf(files), { cwd: '/', color: false, env: {} });
    // The runner trims leading whitespace before looking for "::".
    const commands = out.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::'));
    expect(commands).toHaveLength(10);
    for (const command of commands) expect(command).toMatch(/^::error file=posts\/a\.md%0A%3A%3Aerror/);
    expect(out).toContain('5 more findings');
    expect(out).toContain('posts/a.md\\u{a}::error file=forged.md');
  });
});

describe('#13 GitHub step summary: post text is text, never a link or an image', () => {
  it('alts, sources and file names with Markdown links, images and bare URLs stay inert', () => {
    const hostile =
      '![pixel](https://evil.example/p.png) [click me](https://evil.example/x) https://evil.example/bare <img src=https://evil.example/i.png> www.evil.example';
    const files: FileResult[] = [
      {
        path: '[name](https://evil.example/n) ![n](https://evil.example/n.png).md',
        messages: [
          finding({ message: `Alt "${hostile}"`, suggestion: hostile }),
          finding({ ruleId: 'x|y', line: 4 }),
        ],
      },
    ];
    const tree = renderGfm(stepSummary(files, summaryOf(files), { cwd: '/', color: false }));
    const all = elements(tree);
    expect(all.filter((e) => e.tagName === 'img')).toEqual([]);
    const hrefs = all.filter((e) => e.tagName === 'a').map((e) => String(e.properties.href));
    expect(hrefs.filter((href) => href.includes('evil'))).toEqual([]);
    // The text itself is still there for the reader.
    expect(JSON.stringify(tree)).toContain('evil.example/p.png');
  });
});

describe('#21 merge validates the reports it is given', () => {
  function reportDir(reports: Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-merge-hostile-'));
    mkdirSync(join(dir, '.git'));
    for (const [name, data] of Object.entries(reports)) {
      writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));
    }
    return dir;
  }
  const valid = {
    files: [{ path: 'a.md', messages: [finding()] }],
    summary: summaryOf([{ path: 'a.md', messages: [finding()] }]),
  };

  it('a severity that is markup is refused, never written into JUnit XML', async () => {
    const forged = {
      files: [{ path: 'b.md', messages: [finding({ severity: 'error"><injected/><x a="' as Severity })] }],
    };
    const dir = reportDir({ 'a.json': valid, 'b.json': forged });
    const run = await runCli(['merge', 'a.json', 'b.json', '--format', 'junit'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/b\.json.*\/files\/0\/messages\/0\/severity/);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.stdout).not.toContain('injected');
  });

  it('malformed reports get a message naming the file and the place, not an internal error', async () => {
    const cases: Record<string, unknown> = {
      'messages-not-array.json': { files: [{ path: 'a.md', messages: 'x' }] },
      'path-not-string.json': { files: [{ path: 7, messages: [] }] },
      'line-is-text.json': {
        files: [{ path: 'a.md', messages: [finding({ line: '\u001b[2J' as unknown as number })] }],
      },
      'sarif-no-tool.json': { version: '2.1.0', runs: [{ results: [] }] },
      'sarif-bad-result.json': {
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [7] }],
      },
    };
    const dir = reportDir(cases);
    for (const name of Object.keys(cases)) {
      const run = await runCli(['merge', name, '--format', name.startsWith('sarif') ? 'sarif' : 'junit'], {
        cwd: dir,
      });
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toContain(name);
      expect(run.stderr, name).not.toMatch(/internal error/);
    }
  });

  it('JUnit escapes every attribute it writes', async () => {
    const dir = reportDir({
      'a.json': { ...valid, files: [{ path: 'a"<b>.md', messages: [finding({ message: '"><x/>' })] }] },
    });
    const run = await runCli(['merge', 'a.json', '--format', 'junit'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(run.stdout);
    expect(parsed.testsuites.testsuite['@_name']).toBe('a"<b>.md');
  });
});

describe('#22 a folder named like an Object.prototype member', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'check %s checks the folder',
    async (name) => {
      const dir = mkdtempSync(join(tmpdir(), 'content-a11y-proto-'));
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'post.md'), BROKEN);
      const run = await runCli([name, '--format', 'json', '--no-axe'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual([`${name}/post.md`]);
      const format = await runCli(['check', name, '--format', 'constructor'], { cwd: dir });
      expect(format.code).toBe(2);
      expect(format.stderr).toMatch(/Unknown format "constructor"/);
    },
  );
});

describe('#23 the HTML report shows bidi controls instead of obeying them', () => {
  it('a reversed file name, alt and title are shown with their controls visible', () => {
    const path = 'posts/invoice\u202Egnp.md';
    const files: FileResult[] = [{ path, messages: [finding({ message: 'Alt "\u2066abc\u2069 \u202Dx"' })] }];
    const out = htmlReport(files, summaryOf(files), {
      cwd: '/',
      color: false,
      posts: new Map([
        [
          path,
          {
            lang: 'en',
            format: 'markdown',
            source: '# T\u202E\n\n![a\u202Eb](c\u202E.png)\n',
            titleAsH1: false,
            title: 'Title \u202Ereversed',
            headings: [{ level: 1, text: 'T\u202E', line: 1, endLine: 1 }],
            images: [
              { src: 'c\u202E.png', alt: 'a\u202Eb', decorative: false, cover: false, line: 3, endLine: 3 },
            ],
          },
        ],
      ]),
    });
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('invoice\\u{202e}gnp.md');
  });
});
