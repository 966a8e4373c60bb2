// The CLI on CMS records: directories pick up .json files only when they look like posts; an
// explicit .json that is not a post is a parse-error on that file; --input forces a reading.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPostRecordFile } from '../../src/files/files.js';
import { runCli } from '../helpers/cli.js';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-cms-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'site', body: 'not a post' }));
  writeFileSync(join(dir, 'tsconfig.json'), '{ "compilerOptions": {} }');
  writeFileSync(join(dir, 'data.json'), JSON.stringify({ items: [1, 2, 3] }));
  writeFileSync(join(dir, 'broken.json'), '{ "title": ');
  writeFileSync(
    join(dir, 'post.json'),
    JSON.stringify({ title: { rendered: 'Wpis' }, content: { rendered: '<p>Treść wpisu.</p>' }, date: '' }),
  );
  writeFileSync(
    join(dir, 'entry.json'),
    JSON.stringify({ data: { title: 'Wpis', date: '', body: 'Treść.' } }),
  );
  return dir;
}

describe('CLI on CMS records', () => {
  it('expands directories to post records only', async () => {
    const cwd = project();
    const run = await runCli(['check', '.', '--format', 'json'], { cwd });
    const report = JSON.parse(run.stdout) as {
      files: Array<{ path: string; messages: Array<{ ruleId: string; jsonPath?: string }> }>;
    };
    expect(report.files.map((f) => f.path)).toEqual(['entry.json', 'post.json']);
    expect(report.files[1]?.messages[0]).toMatchObject({ ruleId: 'date-missing', jsonPath: '$.date' });
    expect(run.code).toBe(1);
  });

  it('reports explicit non-record and broken JSON as parse-errors', async () => {
    const cwd = project();
    const run = await runCli(['check', 'data.json', 'broken.json', '--format', 'json', '--locale', 'en'], {
      cwd,
    });
    const report = JSON.parse(run.stdout) as {
      files: Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    };
    expect(report.files.map((f) => f.messages[0]?.ruleId)).toEqual(['parse-error', 'parse-error']);
    expect(report.files[1]?.messages[0]?.message).toMatch(/not a post record/);
  });

  it('forces a reading with --input and rejects unknown kinds', async () => {
    const cwd = project();
    const forced = await runCli(['check', 'entry.json', '--input', 'generic', '--format', 'json'], { cwd });
    expect(forced.stdout).toContain('parse-error');
    const bad = await runCli(['check', 'entry.json', '--input', 'drupal'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--input takes one of wordpress, ghost, decap, portable-text, generic');
  });

  it('never treats manifests and configs as posts', () => {
    const cwd = project();
    expect(isPostRecordFile(join(cwd, 'package.json'))).toBe(false);
    expect(isPostRecordFile(join(cwd, 'broken.json'))).toBe(false);
    expect(isPostRecordFile(join(cwd, 'post.json'))).toBe(true);
  });
});
