// Node's entry points provide every part of the checker (src/check.ts) as a side effect of loading,
// which package.json's `sideEffects` must declare: a Node app bundled with a bundler that honours
// it, importing only checkSync, must still check an HTML post with front matter and a long text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

it('a bundled Node app that imports only checkSync has every part', async () => {
  // Inside the project, so the bundle finds the packages it leaves outside in node_modules.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules/.cache/node-bundle-'));
  writeFileSync(
    join(dir, 'entry.mjs'),
    `import { checkSync } from ${JSON.stringify(join(root, 'dist/src/index.js'))};
const post = '<!doctype html><html lang="pl"><head><title>Zebranie</title></head><body><h1>Zebranie</h1><img src="sala.jpg"></body></html>';
const result = checkSync({ content: post, format: 'html' });
console.log(JSON.stringify(result.messages.map((m) => m.ruleId)));
`,
  );
  await build({
    entryPoints: [join(dir, 'entry.mjs')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(dir, 'out.mjs'),
    logLevel: 'silent',
    // The packages stay outside, as a server build keeps node_modules; content-a11y's own modules
    // are bundled, so its `sideEffects` decide what is kept.
    packages: 'external',
  });
  const ruleIds = JSON.parse(execFileSync(process.execPath, [join(dir, 'out.mjs')], { encoding: 'utf8' }));
  rmSync(dir, { recursive: true, force: true });
  expect(ruleIds).toContain('img-alt-missing');
}, 60_000);
