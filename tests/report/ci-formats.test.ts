import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cell, escapeData, escapeProperty } from '../../src/report/github.js';
import { pathToUri } from '../../src/report/sarif.js';
import { runCli } from '../helpers/cli.js';
import { BROKEN, CLEAN } from '../helpers/git-repo.js';

// The SARIF 2.1.0 JSON schema (its final "rtm.5" text, as published to schemastore and shipped
// in the MIT-licensed @microsoft/jest-sarif package), committed so tests never fetch it.
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/sarif-2.1.0-rtm.5.schema.json'), 'utf8'),
);

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-report-'));
  mkdirSync(join(dir, '.git')); // a repository root, for repository-relative paths
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const TWO_IMAGES = `${CLEAN}\n![](a.jpg)\n\n![](a.jpg)\n`;

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with rules, repo-relative URIs and fingerprints', async () => {
    const dir = project({ 'zdjęcia/wystawa 1: a?.md': TWO_IMAGES, 'ok.md': CLEAN });
    const run = await runCli(['check', '.', '--format', 'sarif'], { cwd: join(dir, 'zdjęcia') });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    // unicodeRegExp: false — the schema's own `language` pattern has a stray `]` that only
    // non-Unicode regular expressions accept.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // …and the schema does catch a broken log.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
    const [run0] = log.runs;
    const rule = run0.tool.driver.rules.find((r: { id: string }) => r.id === 'img-alt-missing');
    expect(rule.helpUri).toMatch(/img-alt-missing/);
    expect(rule.properties.tags).toContain('WCAG 1.1.1');
    const results = run0.results;
    expect(results).toHaveLength(2);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'zdj%C4%99cia/wystawa%201%3A%20a%3F.md',
    );
    expect(results[0].locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(run0.tool.driver.rules[results[0].ruleIndex].id).toBe(results[0].ruleId);
    const fps = results.map(
      (r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['contentA11y/v1'],
    );
    expect(new Set(fps).size).toBe(2);
  });

  it('keeps fingerprints when lines move', async () => {
    const a = project({ 'p.md': BROKEN });
    const b = project({ 'p.md': BROKEN.replace('Text.', 'Text.\n\nMore text.\n\nAnd more.') });
    const fp = async (cwd: string) =>
      JSON.parse((await runCli(['check', 'p.md', '--format', 'sarif'], { cwd })).stdout).runs[0].results[0];
    const [ra, rb] = [await fp(a), await fp(b)];
    expect(ra.locations[0].physicalLocation.region.startLine).not.toBe(
      rb.locations[0].physicalLocation.region.startLine,
    );
    expect(ra.partialFingerprints).toEqual(rb.partialFingerprints);
  });

  it('encodes every path segment', () => {
    expect(pathToUri('a b/c#d.md')).toBe('a%20b/c%23d.md');
  });
});

describe('github', () => {
  it('escapes messages and properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a: b, c%\n')).toBe('a%3A b%2C c%25%0A');
  });

  it('annotates at most 10 per severity, summarises the rest, writes the step summary', async () => {
    const images = Array.from({ length: 12 }, (_, i) => `![](img${i}|x.jpg)`).join('\n\n');
    const dir = project({ 'posts/a, b: c.md': `${CLEAN}\n${images}\n` });
    const summaryFile = join(dir, 'summary.md');
    const run = await runCli(['check', 'posts'], {
      cwd: dir,
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile },
    });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatch(
      /^::error file=posts\/a%2C b%3A c\.md,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=img-alt-missing \(WCAG 1\.1\.1\)::/,
    );
    expect(run.stdout).toMatch(/2 more findings/);
    const table = readFileSync(summaryFile, 'utf8');
    expect(table).toMatch(/<th>File<\/th><th>Line<\/th><th>Severity<\/th><th>Rule<\/th>/);
    expect(table.split('\n').filter((l) => l.startsWith('<tr><td>posts/'))).toHaveLength(12);
    expect(cell('a|b <i>\nc')).toBe('a|b &lt;i&gt; c');
  });

  it('says so when there is nothing to report', async () => {
    const dir = project({ 'ok.md': CLEAN });
    const summaryFile = join(dir, 'summary.md');
    const run = await runCli(['check', '.', '--format', 'github'], {
      cwd: dir,
      env: { GITHUB_STEP_SUMMARY: summaryFile },
    });
    expect(run.code).toBe(0);
    expect(readFileSync(summaryFile, 'utf8')).toMatch(/no problems/);
  });
});

describe('junit', () => {
  it('is well-formed XML with classname = path and name = ruleId@line', async () => {
    const dir = project({ 'a & <b>.md': BROKEN, 'ok.md': CLEAN });
    const run = await runCli(['check', '.', '--format', 'junit=report.xml'], { cwd: dir });
    expect(run.code).toBe(1);
    const text = readFileSync(join(dir, 'report.xml'), 'utf8');
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (n) => ['testsuite', 'testcase'].includes(n),
    }).parse(text);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['a & <b>.md', 'ok.md']);
    const failing = suites[0].testcase[0];
    expect(failing.classname).toBe('a & <b>.md');
    expect(failing.name).toMatch(/^img-alt-missing@\d+$/);
    expect(failing.failure.type).toBe('error');
    expect(suites[1].testcase[0].failure).toBeUndefined();
    expect(Number(doc.testsuites.tests)).toBe(2);
  });

  it('fails only on errors: warnings and infos are passing cases with their text in system-out', async () => {
    const warns =
      '---\ntitle: Hours\ndate: 2024-01-02\nlang: en\n---\n\n[click here](https://example.org/hours).\n';
    const dir = project({ 'warns.md': warns, 'broken.md': BROKEN });
    await runCli(['check', '.', '--no-axe', '--format', 'junit=report.xml'], { cwd: dir });
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (n) => ['testsuite', 'testcase'].includes(n),
    }).parse(readFileSync(join(dir, 'report.xml'), 'utf8'));
    const byName = Object.fromEntries(doc.testsuites.testsuite.map((s: { name: string }) => [s.name, s]));
    expect(Number(doc.testsuites.failures)).toBe(1);
    expect(byName['warns.md'].failures).toBe('0');
    const warning = byName['warns.md'].testcase[0];
    expect(warning.failure).toBeUndefined();
    expect(warning['system-out']).toMatch(/warning: .*click here/);
    expect(byName['broken.md'].failures).toBe('1');
  });
});

describe('codequality', () => {
  it('has the fields GitLab reads, with unique line-independent fingerprints', async () => {
    const dir = project({ 'content/p.md': TWO_IMAGES });
    const run = await runCli(['check', '.', '--format', 'codequality'], { cwd: join(dir, 'content') });
    const issues = JSON.parse(run.stdout);
    expect(issues).toHaveLength(2);
    for (const issue of issues) {
      expect(issue).toMatchObject({
        check_name: 'img-alt-missing',
        severity: 'major',
        location: { path: 'content/p.md', lines: { begin: expect.any(Number) } },
      });
      expect(issue.description).toMatch(/WCAG 1\.1\.1/);
    }
    expect(issues[0].fingerprint).not.toBe(issues[1].fingerprint);
  });
});
