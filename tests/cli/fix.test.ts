// `check --fix` as a user meets it: safe fixes written atomically, re-run until nothing applies,
// --fix-dry-run writing nothing, --fix-type choosing, CMS records fixed inside their body field,
// files that changed meanwhile or would no longer parse left alone, and --staged --fix fixing the
// working tree (never the index) and still blocking the commit.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { fixFile, jsonPathSegments } from '../../src/cli/fix.js';
import { resolveConfig } from '../../src/config/resolve.js';
import type { Plugin } from '../../src/engine/registry.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { cliStrings } from '../../src/i18n/strings.js';
import { runCli } from '../helpers/cli.js';
import { tempRepo } from '../helpers/git-repo.js';

const POST = `---
title: Sesja rady
date: 2021-03-01
lang: pl
---

Sesja odbędzie się 15 marzec 2021 r., a kolejna 3 kwiecień 2021 r.
`;
const FIXED = POST.replace('15 marzec', '15 marca').replace('3 kwiecień', '3 kwietnia');

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'content-a11y-fix-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

describe('check --fix', () => {
  it('without --fix says how many problems it could fix, and changes nothing', async () => {
    const d = dir({ 'post.md': POST });
    const run = await runCli(['check', 'post.md', '--no-axe'], { cwd: d });
    expect(run.stdout).toMatch(/2 problems can be fixed with --fix\./);
    expect(readFileSync(join(d, 'post.md'), 'utf8')).toBe(POST);
  });

  it('applies the fixes, reports what is left, keeps the file mode and leaves no temporary file', async () => {
    const d = dir({ 'post.md': POST });
    chmodSync(join(d, 'post.md'), 0o640);
    const run = await runCli(['check', 'post.md', '--fix', '--no-axe', '--format', 'json'], { cwd: d });
    expect(readFileSync(join(d, 'post.md'), 'utf8')).toBe(FIXED);
    expect(statSync(join(d, 'post.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(d)).toEqual(['post.md']);
    const report = JSON.parse(run.stdout);
    expect(report.files[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain(
      'date-month-form',
    );
    expect(run.stderr).toMatch(/Fixed 2 problems in 1 file\./);
    expect(run.code).toBe(0);
  });

  it('--fix-dry-run writes nothing and shows the fixed text as "output" in JSON', async () => {
    const d = dir({ 'post.md': POST });
    const run = await runCli(['check', 'post.md', '--fix-dry-run', '--no-axe', '--format', 'json'], {
      cwd: d,
    });
    expect(readFileSync(join(d, 'post.md'), 'utf8')).toBe(POST);
    expect(JSON.parse(run.stdout).files[0].output).toBe(FIXED);
    expect(run.stderr).toMatch(/--fix-dry-run: 2 fixes would be applied in 1 file; nothing was written\./);
  });

  it('--fix-type leaves other kinds of fixes alone, and rejects an unknown kind', async () => {
    const d = dir({ 'post.md': POST });
    await runCli(['check', 'post.md', '--fix', '--fix-type', 'typography', '--no-axe'], { cwd: d });
    expect(readFileSync(join(d, 'post.md'), 'utf8')).toBe(POST);
    const bad = await runCli(['check', 'post.md', '--fix', '--fix-type', 'layout'], { cwd: d });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fix-type takes one of typography, wording, markup, not "layout"/);
    const alone = await runCli(['check', 'post.md', '--fix-type', 'wording'], { cwd: d });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/add one of them/);
  });

  it('fixes a CMS record inside its body field and keeps the rest of the file byte for byte', async () => {
    const record = `{
  "id": 7,
  "title": { "rendered": "Sesja rady" },
  "date": "2021-03-01T10:00:00",
  "lang": "pl",
  "content": { "rendered": "<p>Sesja odb\\u0119dzie si\\u0119 15 marzec 2021 r.</p>\\n" },
  "link": "https:\\/\\/example.org\\/sesja\\/"
}
`;
    const d = dir({ 'post.json': record });
    await runCli(['check', 'post.json', '--fix', '--no-axe'], { cwd: d });
    const fixed = readFileSync(join(d, 'post.json'), 'utf8');
    expect(JSON.parse(fixed).content.rendered).toBe('<p>Sesja odbędzie się 15 marca 2021 r.</p>\n');
    // Everything outside the body string is untouched, escapes included.
    expect(fixed.split('\n').filter((l) => !l.includes('"content"'))).toEqual(
      record.split('\n').filter((l) => !l.includes('"content"')),
    );
  });

  it('is reached through JSON paths of record bodies', () => {
    expect(jsonPathSegments('$.content.rendered')).toEqual(['content', 'rendered']);
    expect(jsonPathSegments('$.posts[0].html')).toEqual(['posts', 0, 'html']);
    expect(jsonPathSegments('$.body[?(@._key=="a")]')).toBeUndefined();
  });

  it('leaves a file alone when it changed on disk after it was read', async () => {
    const d = dir({ 'post.md': POST });
    const checked = new TextEncoder().encode(POST);
    writeFileSync(join(d, 'post.md'), `${POST}\nEdited meanwhile.\n`);
    const outcome = await fixFile(
      { path: join(d, 'post.md'), display: 'post.md', checked },
      {
        config: resolveConfig(),
        types: new Set(['wording']),
        dryRun: false,
        t: cliStrings('en'),
        axe: false,
      },
    );
    expect(outcome?.written).toBe(false);
    expect(outcome?.note).toMatch(/changed on disk/);
    expect(readFileSync(join(d, 'post.md'), 'utf8')).toBe(`${POST}\nEdited meanwhile.\n`);
  });

  it('never writes a fix whose result no longer parses', async () => {
    // A plugin's careless fix: it "quotes" the title but leaves the YAML flow sequence unclosed.
    // No built-in fix can do this; the check after each pass is what stops any that ever would.
    const careless = defineRule({
      id: 'title-brackets',
      severity: 'warning',
      wcag: [],
      tags: ['title', 'plugin'],
      fixType: 'markup',
      description: { en: 'A title in brackets', pl: 'Tytuł w nawiasach' },
      why: { en: 'Only to test fix safety.', pl: 'Tylko do testu bezpieczeństwa poprawek.' },
      fix: { en: 'Bracket the title.', pl: 'Ujmij tytuł w nawias.' },
      messages: { bracket: { en: 'Bracket the title.', pl: 'Ujmij tytuł w nawias.' } },
      check({ post, index, report }) {
        const start = post.source.indexOf('title: ');
        if (start < 0 || post.source.startsWith('title: [', start)) return;
        const at = index.lineIndex.range(start, start + 'title: '.length);
        report({ messageId: 'bracket', position: at, fix: { position: at, text: 'title: [' } });
      },
    });
    const plugin: Plugin = { name: 'careless', rules: [careless as Rule] };
    const d = dir({ 'post.md': POST });
    const outcome = await fixFile(
      { path: join(d, 'post.md'), display: 'post.md', checked: new TextEncoder().encode(POST) },
      {
        config: resolveConfig({ plugins: [plugin], rules: { 'date-month-form': 'off' } }),
        types: new Set(['markup']),
        dryRun: false,
        t: cliStrings('en'),
        axe: false,
      },
    );
    expect(outcome?.written).toBe(false);
    expect(outcome?.fixed).toBe(0);
    expect(outcome?.note).toMatch(/^post\.md: not fixed, because the fixed text would no longer parse \(/);
    expect(readFileSync(join(d, 'post.md'), 'utf8')).toBe(POST);
  });

  it('re-runs until no fix applies, within a bounded number of passes', async () => {
    // Both fixes on one line do not overlap: one pass. The loop still stops when nothing is left.
    const d = dir({ 'post.md': POST });
    await runCli(['check', 'post.md', '--fix', '--no-axe'], { cwd: d });
    const again = await runCli(['check', 'post.md', '--fix', '--no-axe'], { cwd: d });
    expect(again.stdout).not.toMatch(/Fixed/);
    expect(
      checkSync({ content: readFileSync(join(d, 'post.md'), 'utf8'), path: 'post.md' }).messages.some(
        (m) => m.fix,
      ),
    ).toBe(false);
  });

  it('cannot write back to stdin, but --fix-dry-run shows the fixed text', async () => {
    const run = await runCli(['check', '-', '--fix', '--stdin-filename', 'p.md'], { stdin: POST });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--fix cannot write back to standard input/);
    const dry = await runCli(
      ['check', '-', '--fix-dry-run', '--no-axe', '--stdin-filename', 'p.md', '--format', 'json'],
      {
        stdin: POST,
      },
    );
    expect(JSON.parse(dry.stdout).files[0].output).toBe(FIXED);
  });

  it('--staged --fix fixes the working tree, not the index, and still blocks the commit', async () => {
    const repo = tempRepo({ 'post.md': POST, 'dirty.md': POST });
    repo.git('add', '.');
    writeFileSync(join(repo.dir, 'dirty.md'), `${POST}\nNot staged yet.\n`);
    const run = await runCli(['check', '--staged', '--fix', '--no-axe'], {
      cwd: repo.dir,
      env: { COLUMNS: '300' },
    });
    expect(run.code).toBe(1);
    expect(readFileSync(join(repo.dir, 'post.md'), 'utf8')).toBe(FIXED);
    expect(repo.git('show', ':post.md')).toBe(POST); // the index is untouched
    expect(readFileSync(join(repo.dir, 'dirty.md'), 'utf8')).toBe(`${POST}\nNot staged yet.\n`);
    expect(run.stdout).toMatch(/dirty\.md: not fixed, because it has changes that are not staged/);
    expect(run.stdout).toMatch(
      /in the working tree \(1 file\), not in the commit: review them with "git diff", stage them with "git add"/,
    );
  });

  // After fixing, the findings left are the run's findings less those fixed: the post is checked
  // again with the facts of its site (template tags, language), and the run's one lang-missing per
  // site stays where it was.
  const FIXABLE = 'Zebranie odbędzie się 15 marzec 2021 r. w remizie, o godzinie osiemnastej.';
  it.each([
    {
      what: 'a Hugo site: its figure shortcode is an image, its languageCode the posts’ language',
      files: {
        'hugo.toml': 'baseURL = "https://gmina.example/"\nlanguageCode = "pl"\ntitle = "Gmina"\n',
        'layouts/_default/single.html': '<h1>{{ .Title }}</h1>\n{{ .Content }}\n',
        'content/posts/zebranie.md': `---\ntitle: Zebranie\ndate: 2021-03-01\n---\n\n${FIXABLE}\n\n{{< figure src="sala.jpg" >}}\n`,
      },
    },
    {
      what: 'a folder of posts without a language: one lang-missing for them all, held by a fixed post',
      files: {
        'a.md': `---\ntitle: Zebranie\ndate: 2021-03-01\n---\n\n${FIXABLE}\n`,
        'b.md': '---\ntitle: Sesja\ndate: 2021-03-02\n---\n\nSesja rady odbędzie się w sali obrad urzędu.\n',
      },
    },
  ])('--fix-dry-run on $what: the findings left are the check’s less the fixed ones', async ({ files }) => {
    const d = mkdtempSync(join(tmpdir(), 'content-a11y-fix-site-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(d, name)), { recursive: true });
      writeFileSync(join(d, name), content);
    }
    const findings = (stdout: string) =>
      (
        JSON.parse(stdout).files as Array<{
          path: string;
          messages: Array<{ ruleId: string; messageId: string; line: number }>;
        }>
      )
        .flatMap((f) => f.messages.map((m) => `${f.path}:${m.line} ${m.ruleId}/${m.messageId}`))
        .sort();
    const checked = findings(
      (await runCli(['check', '.', '--no-axe', '--format', 'json'], { cwd: d })).stdout,
    );
    const fixRun = await runCli(['check', '.', '--no-axe', '--fix-dry-run', '--format', 'json'], { cwd: d });
    expect(checked.filter((f) => f.includes('date-month-form'))).toHaveLength(1);
    expect(findings(fixRun.stdout)).toEqual(checked.filter((f) => !f.includes('date-month-form')));
  });
});
