// The language server as an editor meets it: `content-a11y lsp --stdio` in its own process (the
// built binary), driven by a real LSP client library over standard input and output.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { LspSession, ROOT } from './lsp-client.js';

const root = fileURLToPath(ROOT);
const seedPath = join(root, 'fixtures/seed/seed.md');
const polishPost = fileURLToPath(new URL('fixtures/dni-otwarte.md', import.meta.url));
const crashPlugin = fileURLToPath(new URL('fixtures/crash-plugin.mjs', import.meta.url));

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-lsp-'));
  copyFileSync(polishPost, join(dir, 'dni-otwarte.md'));
  return dir;
}

let session: LspSession | undefined;
afterEach(async () => {
  await session?.stop();
  session = undefined;
});

describe('content-a11y lsp --stdio', () => {
  it('publishes the seed post’s findings: date-missing on line 3, in Polish, with its rule page', async () => {
    session = await LspSession.start({ workspace: root });
    const uri = await session.open(seedPath, readFileSync(seedPath, 'utf8'));
    const diagnostics = await session.diagnosticsFor(uri, 1);
    const dateMissing = diagnostics.find((d) => d.code === 'date-missing');
    expect(dateMissing).toMatchObject({
      range: { start: { line: 2 } },
      severity: DiagnosticSeverity.Error,
      source: 'content-a11y',
      codeDescription: { href: expect.stringMatching(/docs\/rules\/date-missing\.md$/) },
    });
    expect(dateMissing!.message).toContain('daty publikacji');
    // WCAG criteria travel in the message: editors show the code but few show more.
    const prefix = diagnostics.find((d) => d.code === 'img-alt-redundant-prefix');
    expect(prefix?.message).toMatch(/\(WCAG 2\.2: 1\.1\.1\)$/);
    expect(prefix?.severity).toBe(DiagnosticSeverity.Warning);
  }, 90_000);

  it('fixes the Polish month form with a code action, and the diagnostic goes away', async () => {
    const dir = workspace();
    session = await LspSession.start({ workspace: dir });
    const uri = await session.open(join(dir, 'dni-otwarte.md'), readFileSync(polishPost, 'utf8'));
    const before = await session.diagnosticsFor(uri, 1);
    const monthForm = before.find((d) => d.code === 'date-month-form');
    expect(monthForm).toBeDefined();
    const actions = await session.codeActions(uri, [monthForm!]);
    const fix = actions.find((a) => a.isPreferred);
    expect(fix?.title).toContain('marca');
    const version = await session.edit(uri, fix!.edit!.changes![uri]!);
    expect(session.text(uri)).toContain('15 marca 2024 r.');
    const after = await session.diagnosticsFor(uri, version);
    expect(after.map((d) => d.code)).not.toContain('date-month-form');
  }, 90_000);

  it('follows the configuration: a rule switched off in content-a11y.config.json disappears, and comes back', async () => {
    const dir = workspace();
    const config = join(dir, 'content-a11y.config.json');
    writeFileSync(config, JSON.stringify({ extends: 'recommended' }));
    // No client-side file watching: the server watches the config's folder itself.
    session = await LspSession.start({ workspace: dir });
    const uri = await session.open(join(dir, 'dni-otwarte.md'), readFileSync(polishPost, 'utf8'));
    await session.diagnosticsFor(uri, 1, (d) => d.some((x) => x.code === 'date-month-form'));
    writeFileSync(config, JSON.stringify({ rules: { 'date-month-form': 'off' } }));
    await session.diagnosticsFor(uri, 1, (d) => !d.some((x) => x.code === 'date-month-form'));
    writeFileSync(config, JSON.stringify({ rules: { 'date-month-form': 'error' } }));
    const back = await session.diagnosticsFor(uri, 1, (d) => d.some((x) => x.code === 'date-month-form'));
    expect(back.find((d) => d.code === 'date-month-form')?.severity).toBe(DiagnosticSeverity.Error);
  }, 90_000);

  it('1,000 rapid changes run the native rules a few times, not 1,000 times', async () => {
    const dir = workspace();
    // A pause of a second starts a run: a busy machine may stall the burst for a moment, never for that long.
    session = await LspSession.start({
      workspace: dir,
      initializationOptions: { nativeDelay: 1000, idleDelay: 600_000 },
    });
    const uri = await session.open(join(dir, 'dni-otwarte.md'), readFileSync(polishPost, 'utf8'));
    await session.diagnosticsFor(uri, 1);
    let version = 1;
    const lastParagraph = { line: 12, character: 0 };
    for (let i = 0; i < 1000; i++) {
      version = await session.edit(uri, [
        { range: { start: lastParagraph, end: lastParagraph }, newText: 'a' },
      ]);
    }
    const final = await session.diagnosticsFor(uri, version);
    expect(final.map((d) => d.code)).toContain('date-month-form');
    const status = await session.connection.sendRequest<{
      documents: Array<{ uri: string; runs: { native: number; full: number } }>;
    }>('content-a11y/status');
    const runs = status.documents.find((d) => d.uri === uri)!.runs;
    // One run on open, then one per pause in the typing.
    expect(runs.native).toBeGreaterThanOrEqual(2);
    expect(runs.native).toBeLessThan(20);
    expect(runs.full).toBe(0);
    expect(session.publishedCount(uri)).toBeLessThan(20);
  }, 120_000);

  it('a crash in one document’s check is one diagnostic on it; the server goes on checking', async () => {
    const dir = workspace();
    // The buggy rule comes in as a plugin of the workspace's configuration, as a user's would.
    writeFileSync(join(dir, 'content-a11y.config.json'), JSON.stringify({ plugins: [crashPlugin] }));
    session = await LspSession.start({ workspace: dir });
    const broken = await session.open(join(dir, 'zepsuty.md'), '# Komunikat\n\nSIMULATED-CRASH\n');
    const crashed = await session.diagnosticsFor(broken, 1);
    expect(crashed).toHaveLength(1);
    expect(crashed[0]!.message).toMatch(/could not check this file|nie zdołał sprawdzić/);
    expect(crashed[0]!.message).toContain('the post index was corrupted by a rule');
    await session.until(() => session!.logs.some((l) => l.includes('zepsuty.md')), 'the crash in the log');
    // The other document, and the same one once the trigger is gone, are checked as usual.
    const uri = await session.open(join(dir, 'dni-otwarte.md'), readFileSync(polishPost, 'utf8'));
    expect((await session.diagnosticsFor(uri, 1)).map((d) => d.code)).toContain('date-month-form');
    const version = await session.replaceAll(broken, '# Komunikat\n\n![](zdjecie.jpg)\n');
    expect((await session.diagnosticsFor(broken, version)).map((d) => d.code)).toContain('img-alt-missing');
    expect(session.exitCode).toBeNull();
  }, 90_000);
});
