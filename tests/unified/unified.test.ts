// content-a11y/unified inside remark and rehype pipelines: the host's tree is checked (no second
// parse), and each finding becomes one VFile message in vfile's conventions. The same post gives
// the same findings through checkSync(), the remark plugin, MDX's compile and remark-cli.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import remarkContentA11y, { rehypeContentA11y } from '../../src/unified/index.js';

const root = join(import.meta.dirname, '../..');
const seed = join(root, 'fixtures/seed/seed.md');
const posts = [
  'fixtures/seed/seed.md',
  'fixtures/unified/posts/konsultacje.md',
  'fixtures/unified/posts/dni-otwarte.mdx',
];

type Row = [string, number, number, string];
const rows = (
  list: Array<{ ruleId?: string | null; line?: number | null; column?: number | null; severity?: string }>,
) => list.map((m) => [m.ruleId ?? '', m.line ?? 0, m.column ?? 0, m.severity ?? ''] as Row).sort();

function expectedRows(path: string): Row[] {
  const content = readFileSync(join(root, path), 'utf8');
  return rows(checkSync({ content, path: join(root, path), config: {} }).messages);
}

/** Severity back from vfile's conventions: fatal true = error, false = warning, unset = info. */
function vfileRows(file: VFile): Row[] {
  return rows(
    file.messages.map((m) => ({
      ruleId: m.ruleId,
      line: m.line,
      column: m.column,
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
    })),
  );
}

async function throughRemark(path: string, plugins: { frontmatter?: boolean } = {}): Promise<VFile> {
  const file = new VFile({ path: join(root, path), value: readFileSync(join(root, path), 'utf8') });
  const processor = unified().use(remarkParse);
  if (plugins.frontmatter !== false) processor.use(remarkFrontmatter, ['yaml', 'toml']);
  await processor
    .use(remarkGfm)
    .use(remarkContentA11y, { config: {} })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return file;
}

describe('the remark plugin', () => {
  it.each(posts.filter((p) => p.endsWith('.md')))('gives checkSync()’s findings for %s', async (path) => {
    expect(vfileRows(await throughRemark(path))).toEqual(expectedRows(path));
  });

  it('reads the front matter itself when the pipeline has no remark-frontmatter', async () => {
    expect(vfileRows(await throughRemark('fixtures/seed/seed.md', { frontmatter: false }))).toEqual(
      expectedRows('fixtures/seed/seed.md'),
    );
  });

  it('keeps vfile’s conventions: ruleId, source, url, place, fatal, expected and actual', async () => {
    const file = await throughRemark('fixtures/unified/posts/konsultacje.md');
    const range = file.messages.find((m) => m.ruleId === 'date-range-format')!;
    expect(range).toMatchObject({ source: 'content-a11y', fatal: false, actual: '28.04- 29.04.2021 r.' });
    expect(range.url).toMatch(/docs\/rules\/date-range-format\.md$/);
    expect(range.place).toMatchObject({ start: { line: 2 }, end: { line: 2 } });
    const prefix = file.messages.find((m) => m.ruleId === 'img-alt-redundant-prefix')!;
    expect(prefix.expected?.length).toBeGreaterThan(0);
    const seedFile = await throughRemark('fixtures/seed/seed.md');
    expect(seedFile.messages.find((m) => m.ruleId === 'date-missing')?.fatal).toBe(true);
  });

  it('stops the build on failOn, naming the first problem', async () => {
    const file = new VFile({ path: seed, value: readFileSync(seed, 'utf8') });
    const run = unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkContentA11y, { config: {}, failOn: 'error' })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file);
    await expect(run).rejects.toThrow(/content-a11y: 1 accessibility problem.*date-missing at line 3/);
  });

  it('reports a broken front matter as a parse-error message, not a crash', async () => {
    const file = new VFile({ path: 'broken.md', value: '---\ntitle: [unclosed\n---\n\nText.\n' });
    await unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkContentA11y, { config: {} })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file);
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['parse-error', true]]);
  });
});

describe('in an MDX build (@mdx-js/mdx compile)', () => {
  const mdx = 'fixtures/unified/posts/dni-otwarte.mdx';
  const compileWith = async (options: Parameters<typeof compile>[1]) => {
    const file = new VFile({ path: join(root, mdx), value: readFileSync(join(root, mdx), 'utf8') });
    await compile(file, options);
    return file;
  };

  it('as a remark plugin: JSX images and components are read, expressions and imports are not', async () => {
    const file = await compileWith({
      remarkPlugins: [remarkFrontmatter, remarkGfm, [remarkContentA11y, { config: {} }]],
    });
    expect(vfileRows(file)).toEqual(expectedRows(mdx));
    expect(file.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining([
        'img-alt-redundant-prefix',
        'img-alt-placeholder',
        'img-alt-missing',
        'link-vague',
      ]),
    );
  });

  it('as a rehype plugin, on the tree after remark-rehype', async () => {
    const file = await compileWith({
      remarkPlugins: [remarkFrontmatter, remarkGfm],
      rehypePlugins: [[rehypeContentA11y, { config: {} }]],
    });
    expect(vfileRows(file)).toEqual(expectedRows(mdx));
  });
});

describe('in remark-cli with a .remarkrc', () => {
  it('reports the findings and fails with --frail', () => {
    const bin = join(root, 'node_modules/.bin/remark');
    const args = ['../posts/konsultacje.md', '../../seed/seed.md', '--rc-path', '.remarkrc.json'];
    const run = spawnSync(bin, [...args, '--frail', '--no-stdout', '--no-color'], {
      cwd: join(root, 'fixtures/unified/remark-project'),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const found: Row[] = [];
    let current = '';
    for (const line of run.stderr.split('\n')) {
      if (/\.md$/.test(line.trim())) current = line.trim();
      const m = /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(error|warning|info)\s.*\s(\S+)\s+content-a11y\s*$/.exec(
        line,
      );
      if (m && current.endsWith('konsultacje.md')) found.push([m[4]!, Number(m[1]), Number(m[2]), m[3]!]);
    }
    expect(found.sort()).toEqual(expectedRows('fixtures/unified/posts/konsultacje.md'));
  }, 60_000);
});
