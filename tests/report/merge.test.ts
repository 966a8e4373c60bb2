import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeSarif } from '../../src/cli/merge-command.js';
import { runCli } from '../helpers/cli.js';
import { BROKEN, CLEAN } from '../helpers/git-repo.js';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-merge-'));
  mkdirSync(join(dir, '.git'));
  for (let i = 0; i < 12; i++) writeFileSync(join(dir, `p${i}.md`), i % 3 === 0 ? BROKEN : CLEAN);
  return dir;
}

describe('content-a11y merge', () => {
  it('merges the JSON reports of shards into the report of one run', async () => {
    const dir = project();
    const whole = JSON.parse((await runCli(['check', '.', '--format', 'json'], { cwd: dir })).stdout);
    for (let i = 1; i <= 3; i++) {
      await runCli(['check', '.', '--shard', `${i}/3`, '--format', `json=shard-${i}.json`], { cwd: dir });
    }
    const run = await runCli(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual(whole);
    // …and into any other format.
    const sarif = await runCli(
      ['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '-f', 'sarif', '-o', 'all.sarif'],
      {
        cwd: dir,
      },
    );
    expect(sarif.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'all.sarif'), 'utf8')).runs[0].results).toHaveLength(4);
  });

  it('merges SARIF logs into one run, rules de-duplicated and results re-pointed', async () => {
    const dir = project();
    const whole = JSON.parse((await runCli(['check', '.', '--format', 'sarif'], { cwd: dir })).stdout);
    for (let i = 1; i <= 2; i++) {
      await runCli(['check', '.', '--shard', `${i}/2`, '--format', `sarif=shard-${i}.sarif`], { cwd: dir });
    }
    const run = await runCli(['merge', 'shard-1.sarif', 'shard-2.sarif'], { cwd: dir });
    expect(run.code).toBe(1);
    const merged = JSON.parse(run.stdout);
    expect(merged.runs).toHaveLength(1);
    expect(merged.runs[0].tool.driver.rules).toEqual(whole.runs[0].tool.driver.rules);
    const uris = (log: typeof whole) =>
      log.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri,
      );
    expect(uris(merged).sort()).toEqual(uris(whole).sort());
  });

  it('re-points rule indexes when the shards list rules differently', () => {
    const log = (rules: string[], ruleId: string) => ({
      version: '2.1.0' as const,
      runs: [
        {
          tool: { driver: { name: 't', rules: rules.map((id) => ({ id })) } },
          results: [{ ruleIndex: rules.indexOf(ruleId), message: { text: 'x' } }],
        },
      ],
    });
    const merged = mergeSarif([log(['a', 'b'], 'b'), log(['c', 'b'], 'c')]);
    expect(merged.runs[0]!.tool.driver.rules!.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(merged.runs[0]!.results!.map((r) => r.ruleIndex)).toEqual([1, 2]);
    expect(mergeSarif([])).toEqual({ version: '2.1.0', runs: [] });
  });

  it('explains what it cannot merge (exit 2)', async () => {
    const dir = project();
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ files: [], summary: {} }));
    writeFileSync(join(dir, 'b.sarif'), JSON.stringify({ version: '2.1.0', runs: [] }));
    writeFileSync(join(dir, 'c.json'), '[1]');
    writeFileSync(join(dir, 'd.txt'), 'nope');
    const cases = [
      [],
      ['a.json', 'b.sarif'],
      ['c.json'],
      ['d.txt'],
      ['missing.json'],
      ['b.sarif', '-f', 'json'],
      ['a.json', '-f', 'nope'],
    ];
    for (const args of cases) {
      const run = await runCli(['merge', ...args], { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
    }
    expect((await runCli(['merge', 'a.json'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['merge', '--help'], { cwd: dir })).stdout).toMatch(/shard/);
  });
});
