// The built package as a user meets it: the `content-a11y` binary and `import { check } from
// 'content-a11y'` (npm install builds dist/ through `prepare`).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/bin.js');

describe('built package', () => {
  it('the binary checks fixtures/ and exits 1 on the seed', () => {
    const run = spawnSync(process.execPath, [bin, 'check', 'fixtures/', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    const seed = report.files.find((f: { path: string }) => f.path === 'fixtures/seed/seed.txt');
    expect(seed.messages).toContainEqual(expect.objectContaining({ ruleId: 'date-missing', line: 3 }));
  }, 90_000); // a fresh process loads jsdom and axe-core once: seconds on a busy machine

  it('worker threads give the same report, in the same order, as one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-pool-'));
    for (let i = 0; i < 40; i++) {
      const body = i % 3 === 0 ? '![](photo.jpg)\n' : i % 3 === 1 ? '## A\n\n#### B\n' : 'Text.\n';
      writeFileSync(
        join(dir, `post-${String(i).padStart(2, '0')}.md`),
        `---\ntitle: Post ${i}\nlang: en\n---\n\n${body}`,
      );
    }
    const run = (n: string) =>
      spawnSync(process.execPath, [bin, 'check', '.', '--format', 'json', '--concurrency', n], {
        cwd: dir,
        encoding: 'utf8',
      });
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).summary).toMatchObject({ files: 40, errors: 40 + 14 + 13 });
  }, 120_000); // two fresh processes with a worker pool each: slow on a busy machine

  it('a bad flag exits 2 without a stack trace', () => {
    const run = spawnSync(process.execPath, [bin, 'check', '--nope'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('check() works from a three-line script importing the package', () => {
    const script = [
      "import { check } from 'content-a11y';",
      "import { readFileSync } from 'node:fs';",
      "const r = await check({ content: readFileSync('fixtures/seed/seed.txt', 'utf8'), path: 'seed.txt' });",
      "console.log(JSON.stringify(r.messages.filter((m) => m.ruleId === 'date-missing')));",
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toMatchObject([{ ruleId: 'date-missing', line: 3 }]);
  }, 90_000);
});
