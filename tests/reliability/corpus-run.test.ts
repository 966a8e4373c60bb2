// The real posts of ../shared/corpus plus every hostile input: the CLI finishes with exit code 0
// or 1, never 2 and never a signal. The suite checks a fixed sample of the corpus; the full run:
//   CORPUS_FULL=1 npx vitest run tests/reliability/corpus-run.test.ts
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writeHostileInputs } from './hostile-inputs.js';

const corpus = join(import.meta.dirname, '../../../shared/corpus');
const FULL = process.env.CORPUS_FULL === '1';
const SAMPLE = 60;

function posts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return posts(path);
    return /\.(md|markdown|html?|txt)$/.test(entry.name) ? [path] : [];
  });
}

describe('a run over hostile inputs and the corpus', () => {
  it('every hostile input: exit 0 or 1, a finding for each, no secret leaked', async () => {
    const dir = process.env.HOSTILE_DIR ?? mkdtempSync(join(tmpdir(), 'content-a11y-hostile-'));
    const outside = mkdtempSync(join(tmpdir(), 'content-a11y-outside-'));
    const names = writeHostileInputs(dir, outside);
    const run = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
    expect([0, 1]).toContain(run.code);
    const report = JSON.parse(run.stdout) as {
      files: Array<{ path: string; messages: Array<{ ruleId: string }> }>;
    };
    const byPath = new Map(report.files.map((f) => [f.path, f.messages.map((m) => m.ruleId)]));
    for (const name of names) expect(byPath.has(name), name).toBe(true);
    for (const name of [
      'big-30mb.html',
      'long-line.md',
      'deep-divs.html',
      'deep-quotes.md',
      'one-line-list.md',
    ]) {
      expect(byPath.get(name), name).toEqual(['limit-exceeded']);
    }
    // Budgets on the parsed tree skip only what they must: the other findings are kept.
    for (const name of ['images-100k.md', 'gfm-table.md']) {
      expect(byPath.get(name), name).toContain('limit-exceeded');
      expect(byPath.get(name)?.length, name).toBeGreaterThan(1);
    }
    for (const name of [
      'binary.md',
      'invalid-utf8.md',
      'billion-laughs.md',
      'alias-chain.md',
      'symlink-out.md',
    ]) {
      expect(byPath.get(name), name).toEqual(['parse-error']);
    }
    expect(run.stdout).not.toContain('SECRET');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it.runIf(existsSync(corpus))(
    `the corpus (${FULL ? 'all posts' : `a fixed sample of ${SAMPLE}`}): exit 0 or 1`,
    async () => {
      const all = posts(corpus).sort();
      const step = Math.max(1, Math.floor(all.length / SAMPLE));
      const chosen = FULL ? all : all.filter((_, i) => i % step === 0).slice(0, SAMPLE);
      const run = await runCli(['check', ...chosen.map((p) => relative(corpus, p)), '--format', 'json'], {
        cwd: corpus,
      });
      expect(run.stderr).toBe('');
      expect([0, 1]).toContain(run.code);
      const report = JSON.parse(run.stdout) as { files: unknown[]; summary: Record<string, number> };
      expect(report.files).toHaveLength(chosen.length);
      if (FULL) console.log(`corpus: ${chosen.length} posts, exit ${run.code}`, report.summary);
    },
    3_600_000,
  );
});
