// The JSON report's contract: schemaVersion, and every report content-a11y writes is valid against
// the schema shipped in the package (docs/schema/report.schema.json), fixes and dry-run output included.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = join(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(join(root, 'docs/schema/report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('--format json', () => {
  it('has schemaVersion 1 and is valid against the shipped schema, on every fixture', async () => {
    const run = await runCli(['check', 'fixtures/', '--format', 'json'], { cwd: root });
    const report = JSON.parse(run.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(report.files.length).toBeGreaterThan(5);
  }, 120_000);

  it('is valid with fixes, suggestions and --fix-dry-run output', async () => {
    const d = mkdtempSync(join(tmpdir(), 'content-a11y-json-'));
    writeFileSync(
      join(d, 'p.md'),
      '---\ntitle: Sesja\ndate: 2021-03-01\nlang: pl\n---\n\nSesja 15 marzec 2021 r.\n',
    );
    const run = await runCli(['check', '.', '--no-axe', '--fix-dry-run', '--format', 'json'], { cwd: d });
    const report = JSON.parse(run.stdout);
    expect(report.files[0].output).toMatch(/15 marca/);
    const plain = JSON.parse(
      (await runCli(['check', '.', '--no-axe', '--format', 'json'], { cwd: d })).stdout,
    );
    expect(plain.files[0].messages[0].fix).toMatchObject({ text: 'marca' });
    expect(validate(report) && validate(plain), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema rejects what it must (so the test above can fail)', () => {
    expect(
      validate({ schemaVersion: 1, files: [{ path: 'a', messages: [{ ruleId: 'x' }] }], summary: {} }),
    ).toBe(false);
    expect(validate({ files: [], summary: { files: 0, errors: 0, warnings: 0, infos: 0 } })).toBe(false);
  });
});
