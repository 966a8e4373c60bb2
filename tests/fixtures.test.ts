// Every fixture end to end through the CLI's JSON output. A fixture's expected findings are in
// `<file>.expect` beside it, decided by hand ("line rule-id — why"); a fixture without one must
// produce nothing. Expectations for rules not registered yet are skipped, so each rule lights its
// own lines up as it lands.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { isPostRecordFile } from '../src/files/files.js';
import { runCli } from './helpers/cli.js';

const root = join(import.meta.dirname, '..');
const fixturesDir = join(root, 'fixtures');
const POST = /\.(md|markdown|mdx|html?|txt|json)$/;

function listFixtures(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFixtures(path);
    if (name.endsWith('.expect')) return [];
    // A site's config file gets a finding when its posts share a problem (lang-missing once per
    // site), so it is a fixture when it has an .expect file; otherwise a fixture site's package.json
    // or .remarkrc.json is configuration, which the CLI skips.
    if (existsSync(`${path}.expect`)) return [path];
    return POST.test(name) && (!name.endsWith('.json') || isPostRecordFile(path)) ? [path] : [];
  });
}

function expectations(file: string): string[] {
  let text = '';
  try {
    text = readFileSync(`${file}.expect`, 'utf8');
  } catch {
    return [];
  }
  const known = new Set(allRules.map((r) => r.id));
  return text
    .split('\n')
    .map((line) => /^(\d+)\s+(\S+)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && known.has(m[2]!))
    .map((m) => `${m[1]} ${m[2]}`)
    .sort();
}

describe('fixtures end to end (CLI, JSON output)', async () => {
  const run = await runCli(['check', 'fixtures/', '--format', 'json'], { cwd: root });
  const report = JSON.parse(run.stdout) as {
    files: Array<{ path: string; messages: Array<{ line: number; ruleId: string }> }>;
  };
  const files = listFixtures(fixturesDir);

  it('checks every fixture', () => {
    expect(report.files.map((f) => f.path).sort()).toEqual(files.map((f) => relative(root, f)).sort());
  });

  it('exits 1 because the seed has errors', () => {
    expect(run.code).toBe(1);
  });

  it.each(files.map((f) => [relative(root, f), f] as const))('%s', (rel, file) => {
    const got = report.files.find((f) => f.path === rel)!;
    const actual = got.messages.map((m) => `${m.line} ${m.ruleId}`).sort();
    expect(actual).toEqual(expectations(file));
  });
});
