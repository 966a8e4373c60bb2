// Nothing lost: reports are written atomically (write, then rename), and SIGINT during a run leaves
// no half-written file and exits 130. Runs the built binary (npm install builds dist/ through
// `prepare`), stalled at a known moment by a test-only preload, so the signal lands deterministically.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/bin.js');
const preload = join(import.meta.dirname, 'helpers/stall.mjs');
const POST = '---\ntitle: T\nlang: en\ndate: 2024-01-02\n---\n\n<img src="a.png">\n';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-sigint-'));
  writeFileSync(join(dir, 'a.md'), POST);
  writeFileSync(join(dir, 'b.md'), POST);
  writeFileSync(join(dir, 'report.json'), 'OLD');
  return dir;
}

function interruptWhenStalled(dir: string, stall: 'read' | 'write') {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', preload, bin, 'check', '.', '--format', 'json=report.json'],
      {
        cwd: dir,
        env: { ...process.env, STALL: stall },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (stderr.includes('STALLED') && !child.killed) child.kill('SIGINT');
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stderr }));
  });
}

describe('SIGINT and atomic reports', () => {
  it('while a report is half written: exit 130, the old report intact, no temporary file', async () => {
    const dir = project();
    const run = await interruptWhenStalled(dir, 'write');
    expect(run.signal).toBeNull();
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/interrupted; no report was written/);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('OLD');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('while posts are being checked: exit 130, nothing written', async () => {
    const dir = project();
    const run = await interruptWhenStalled(dir, 'read');
    expect(run.code).toBe(130);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('OLD');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md', 'report.json']);
  });

  it('a finished run replaces the report whole', async () => {
    const dir = project();
    const run = await runCli(['check', '.', '--format', 'json=report.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.files).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a run in this thread lets the event loop turn', () => {
  // Posts are read synchronously: without a turn of the event loop between posts, Ctrl-C (and a
  // progress display's timer) would wait for the end of the whole run.
  it('a timer set when the run starts fires after the first post, not after the last', async () => {
    const { checkFiles } = await import('../../src/files/check-files.js');
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-turns-'));
    const files = Array.from({ length: 6 }, (_, i) => join(dir, `p${i}.md`));
    for (const file of files) writeFileSync(file, POST);
    let done = 0;
    let doneWhenTimerFired = -1;
    setTimeout(() => {
      doneWhenTimerFired = done;
    }, 0);
    await checkFiles(files, { cwd: dir, concurrency: 1, axe: false, onFile: (n) => (done = n) });
    expect(doneWhenTimerFired).toBeGreaterThanOrEqual(0);
    expect(doneWhenTimerFired).toBeLessThan(files.length);
  });
});

describe('paths never escape the checked tree', () => {
  it('a symlink to a file outside is refused, not read; its secret never reaches the report', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'content-a11y-secret-'));
    writeFileSync(join(outside, 'secret.md'), '# TOP-SECRET-TOKEN\n\n<img src="x">\n');
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-tree-'));
    writeFileSync(join(dir, 'a.md'), POST);
    symlinkSync(join(outside, 'secret.md'), join(dir, 'evil.md'));
    symlinkSync(outside, join(dir, 'linked-dir'));
    const run = await runCli(['check', '.', 'linked-dir/secret.md', '--format', 'json'], { cwd: dir });
    expect(run.stdout).not.toContain('TOP-SECRET-TOKEN');
    const report = JSON.parse(run.stdout) as {
      files: Array<{ path: string; messages: Array<{ ruleId: string; message: string }> }>;
    };
    for (const path of ['evil.md', 'linked-dir/secret.md']) {
      const file = report.files.find((f) => f.path === path)!;
      expect(file.messages).toEqual([
        expect.objectContaining({
          ruleId: 'parse-error',
          message: expect.stringMatching(/symbolic link to a file outside/),
        }),
      ]);
    }
    for (const file of report.files) expect(file.path).not.toMatch(/^\.\.|^\//);
    expect(report.files.find((f) => f.path === 'a.md')!.messages.map((m) => m.ruleId)).toEqual([
      'img-alt-missing',
    ]);
  });
});
