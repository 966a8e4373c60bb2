// The cache is data, not trust (cases 19 and 20 of issue 21): a cache committed to the checkout is
// never read, entries the user's secret did not sign or that are not findings are checked again
// (never an exit 2, never their text in a report), and results keyed on everything they depend on.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCache } from '../../src/cli/run-options.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { contentHash, defaultCacheFile, ResultCache } from '../../src/files/cache.js';
import type { Finding } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { BROKEN, CLEAN, tempRepo } from '../helpers/git-repo.js';

function counts(stderr: string): [number, number] {
  const match = /(\d+) files checked, (\d+) from the cache/.exec(stderr);
  if (!match) throw new Error(`no cache statistics in: ${stderr}`);
  return [Number(match[1]), Number(match[2])];
}

const rules = (stdout: string, path: string) =>
  (JSON.parse(stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string }> }> }).files
    .find((f) => f.path === path)
    ?.messages.map((m) => m.ruleId);

describe('#19 a cache from the checkout is not trusted', () => {
  it('the default cache is outside the work tree: a committed .content-a11y-cache is never read', async () => {
    const repo = tempRepo({ 'broken.md': BROKEN });
    const forged = { format: 1, key: 'x', entries: { 'broken.md': { hash: 'x', messages: [] } } };
    writeFileSync(join(repo.dir, '.content-a11y-cache'), JSON.stringify(forged));
    const run = await runCli(['check', '.', '--cache', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(rules(run.stdout, 'broken.md')).toContain('img-alt-missing');
    expect(readFileSync(join(repo.dir, '.content-a11y-cache'), 'utf8')).toBe(JSON.stringify(forged));
    expect(defaultCacheFile(repo.dir).startsWith(repo.dir)).toBe(false);
  });

  it('emptied, edited, malformed or unsigned entries are checked again, never exit 2', async () => {
    const repo = tempRepo({ 'broken.md': BROKEN, 'clean.md': CLEAN });
    const args = ['check', '.', '--cache-location', 'c.json', '--debug', '--format', 'json'];
    const first = await runCli(args, { cwd: repo.dir });
    expect(first.code).toBe(1);
    const file = join(repo.dir, 'c.json');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    const tamper = (edit: (entries: Record<string, Record<string, unknown>>) => void) => {
      const copy = structuredClone(saved);
      edit(copy.entries);
      writeFileSync(file, JSON.stringify(copy));
    };
    const attempts: Array<(entries: Record<string, Record<string, unknown>>) => void> = [
      (e) => {
        e['broken.md']!.messages = []; // hides the error, keeps the old signature
      },
      (e) => {
        (e['broken.md']!.messages as Array<Record<string, unknown>>)[0]!.message =
          '\u001b]8;;https://evil.example\u0007FORGED\u001b]8;;\u0007';
      },
      (e) => {
        e['broken.md']!.mac = undefined; // unsigned
      },
      (e) => {
        e['broken.md'] = 'not an entry' as unknown as Record<string, unknown>;
      },
      (e) => {
        e['broken.md']!.messages = [{ ruleId: 5, line: 'x' }];
      },
    ];
    for (const attempt of attempts) {
      tamper(attempt);
      const run = await runCli(args, { cwd: repo.dir });
      expect(run.code).toBe(1);
      expect(counts(run.stderr)).toEqual([1, 1]); // the tampered entry is checked again
      expect(run.stdout).not.toContain('FORGED');
      expect(rules(run.stdout, 'broken.md')).toContain('img-alt-missing');
    }
    writeFileSync(file, '{"format":2,"key":');
    expect((await runCli(args, { cwd: repo.dir })).code).toBe(1);
  });

  it('an entry signed with another secret, or holding what is not a finding, is ignored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-cache-'));
    const location = join(dir, 'cache.json');
    const path = join(dir, 'a.md');
    const hash = contentHash('a.md', new TextEncoder().encode(BROKEN));
    const theirs = await ResultCache.open(location, 'k', Buffer.alloc(32, 1));
    theirs.set(path, hash, []);
    await theirs.save();
    const ours = await ResultCache.open(location, 'k', Buffer.alloc(32, 2));
    expect(ours.get(path, hash)).toBeUndefined();
    const bogus = [{ ruleId: 'x' }] as unknown as Finding[];
    const writer = await ResultCache.open(location, 'k', Buffer.alloc(32, 2));
    writer.set(path, hash, bogus);
    await writer.save();
    expect((await ResultCache.open(location, 'k', Buffer.alloc(32, 2))).get(path, hash)).toBeUndefined();
  });
});

describe('#20 the cache key covers what findings depend on', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('--input changes the key: a record read another way is checked again', async () => {
    const repo = tempRepo({ 'broken.md': BROKEN });
    const base = ['check', '.', '--cache-location', 'c.json', '--debug'];
    await runCli(base, { cwd: repo.dir });
    expect(counts((await runCli(base, { cwd: repo.dir })).stderr)).toEqual([0, 1]);
    expect(counts((await runCli([...base, '--input', 'generic'], { cwd: repo.dir })).stderr)).toEqual([1, 0]);
  });

  it('with date rules on, results are kept for the day they were made (date-future)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-cache-day-'));
    const values = { cacheLocation: join(dir, 'c.json') };
    const keyOn = async (day: string, config = resolveConfig({})) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(`${day}T12:00:00Z`));
      const cache = await openCache(values, dir, config);
      vi.useRealTimers();
      return cache?.key;
    };
    expect(await keyOn('2026-01-01')).toBe(await keyOn('2026-01-01'));
    expect(await keyOn('2026-01-01')).not.toBe(await keyOn('2026-01-02'));
    const noDates = resolveConfig({
      rules: Object.fromEntries(
        [...resolveConfig({}).rules.keys()].filter((id) => id.startsWith('date-')).map((id) => [id, 'off']),
      ),
    });
    expect(await keyOn('2026-01-01', noDates)).toBe(await keyOn('2026-01-02', noDates));
  });
});
