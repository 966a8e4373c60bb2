// The VS Code extension is packaged the way it would be published (`vsce package`, version 3:
// version 4 needs Node 22), and holds its manifest, its texts and one bundle: no copy of the engine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './lsp-client.js';

const root = fileURLToPath(ROOT);
const extension = join(root, 'editors/vscode');
const vsce = join(root, 'node_modules/.bin/vsce');

describe('editors/vscode', () => {
  it('builds and packages with vsce 3', () => {
    execFileSync(process.execPath, [join(extension, 'build.mjs')], { cwd: extension, stdio: 'pipe' });
    const out = join(mkdtempSync(join(tmpdir(), 'content-a11y-vsix-')), 'content-a11y.vsix');
    const run = (args: string[]) =>
      execFileSync(vsce, args, { cwd: extension, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(run(['--version'])).toMatch(/^3\./);
    expect(run(['ls', '--no-dependencies']).trim().split('\n').sort()).toEqual([
      'LICENSE.txt',
      'README.md',
      'dist/extension.cjs',
      'package.json',
    ]);
    run(['package', '--no-dependencies', '--out', out]);
    expect(statSync(out).size).toBeGreaterThan(10_000);
    const bundle = readFileSync(join(extension, 'dist/extension.cjs'), 'utf8');
    expect(bundle).toContain('content-a11y/package.json'); // finds the workspace's server
    expect(bundle).not.toContain('img-alt-redundant-prefix'); // and carries no rule of its own
    const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
    expect(manifest.engines.vscode).toBe('^1.91.0');
    expect(manifest.main).toBe('./dist/extension.cjs');
    // Every command the manifest offers is registered by the bundle.
    for (const { command } of manifest.contributes.commands) expect(bundle).toContain(command);
  }, 120_000);
});
