// `npm install && npm test` on a machine without Chromium: the browser suites are skipped with one
// line saying what to install — except under CI, where they must run. Proved by pointing the
// tests at a Chromium that does not exist (CHROMIUM_PATH), not by uninstalling it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function runPlaygroundSuite(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      'tests/browser/playground.test.ts',
      '--coverage.enabled=false',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: '', CHROMIUM_PATH: '/nonexistent/chromium', ...env },
    },
  );
}

describe('a machine without Chromium', () => {
  it('skips the browser tests with one line naming what to install', () => {
    const run = runPlaygroundSuite({});
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.includes('browser tests skipped'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/install Debian's "chromium" package \(apt-get install chromium\)/);
  }, 120_000);

  it('fails under CI=true, where the browser tests must run', () => {
    const run = runPlaygroundSuite({ CI: 'true' });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/CI must run the browser tests/);
  }, 120_000);
});
