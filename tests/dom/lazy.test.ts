// jsdom and axe-core load only when the rendered-DOM checks run: never for checkSync(), for
// check() with `axe: false`, or for the CLI with --no-axe. Checked in child processes of the built
// package (dist/, built by `npm install`/`npm run build`), reading Node's CommonJS module cache
// (jsdom and axe-core are CommonJS, so an ESM import of them lands there too).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const probe = join(mkdtempSync(join(tmpdir(), 'content-a11y-lazy-')), 'probe.cjs');
writeFileSync(
  probe,
  `process.on('exit', () => {
  const loaded = Object.keys(require.cache);
  process.stderr.write('\\nLOADED jsdom=' + loaded.some((k) => /[\\\\/]node_modules[\\\\/]jsdom[\\\\/]/.test(k)) +
    ' axe=' + loaded.some((k) => /[\\\\/]node_modules[\\\\/]axe-core[\\\\/]/.test(k)) + '\\n');
});\n`,
);

function loaded(args: string[]): string {
  const run = spawnSync(process.execPath, ['--require', probe, ...args], { cwd: root, encoding: 'utf8' });
  return /LOADED (.*)/.exec(run.stderr)?.[1] ?? `no probe output: ${run.stderr}`;
}

const script = (call: string) =>
  [
    "import { check, checkSync } from './dist/src/index.js';",
    'const content = \'# Post\\n\\n<div role="nope">x</div>\\n\';',
    `const r = ${call};`,
    'console.log(r.messages.length);',
  ].join('\n');

describe('lazy loading of jsdom and axe-core', () => {
  it('checkSync() and check({ axe: false }) never import them; check() does', () => {
    expect(loaded(['--input-type=module', '-e', script("checkSync({ content, path: 'a.md' })")])).toBe(
      'jsdom=false axe=false',
    );
    expect(
      loaded(['--input-type=module', '-e', script("await check({ content, path: 'a.md', axe: false })")]),
    ).toBe('jsdom=false axe=false');
    expect(loaded(['--input-type=module', '-e', script("await check({ content, path: 'a.md' })")])).toBe(
      'jsdom=true axe=true',
    );
  }, 90_000); // three fresh processes, one of them loading jsdom and axe-core

  it('the CLI with --no-axe never imports them', () => {
    const bin = join(root, 'dist/src/cli/bin.js');
    expect(loaded([bin, 'check', 'fixtures/clean/', '--no-axe'])).toBe('jsdom=false axe=false');
  }, 60_000);
});
