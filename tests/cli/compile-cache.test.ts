// The code cache the bundled CLI starts with (src/cli/compile-cache.ts): used when it matches the
// bundle, never when the bundle changed or the cache is damaged, and never a reason for a run to fail.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFile, NO_CACHE_ENV, runCached } from '../../src/cli/compile-cache.js';

/** A CommonJS "bundle" with enough functions for V8 to have code worth caching. */
function bundle(value: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-cache-'));
  const file = join(dir, 'cli.cjs');
  const helpers = Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return x + ${i}; }`).join('\n');
  writeFileSync(
    file,
    `#!/usr/bin/env node\n"use strict";\n${helpers}\nlet sum = 0;\nfor (let i = 0; i < 50; i++) sum = eval('f' + i)(sum);\n` +
      `module.exports = { value: ${JSON.stringify(value)}, sum, strict: (function () { return this === undefined; })(), file: __filename, required: typeof require('node:path').join };\n`,
  );
  return file;
}

const noEnv = {};

describe('runCached', () => {
  it('runs the file as Node runs a CommonJS module, strict as the ES modules it was built from', () => {
    const file = bundle('a');
    const run = runCached(file, noEnv);
    expect(run.exports).toEqual({ value: 'a', sum: 1225, strict: true, file, required: 'function' });
    expect(run.used).toBe(false);
  });

  it('writes the cache when asked, and the next run uses it with the same result', () => {
    const file = bundle('a');
    runCached(file, noEnv).save();
    const again = runCached(file, noEnv);
    expect(again.used).toBe(true);
    expect(again.exports).toMatchObject({ value: 'a', sum: 1225 });
  });

  it('does not use the cache of a changed bundle, even one of the same length', () => {
    const file = bundle('a');
    runCached(file, noEnv).save();
    const changed = bundle('b');
    // The same directory and name, one character different: V8 alone would accept the old cache.
    writeFileSync(file, readFileSync(changed, 'utf8'));
    const run = runCached(file, noEnv);
    expect(run.used).toBe(false);
    expect(run.exports).toMatchObject({ value: 'b' });
  });

  it('ignores a damaged cache file, and a later save replaces it', () => {
    const file = bundle('a');
    const source = readFileSync(file, 'utf8');
    const cache = cacheFile(file, source);
    mkdirSync(join(cache, '..'), { recursive: true });
    writeFileSync(cache, Buffer.from('not a code cache at all'));
    const run = runCached(file, noEnv);
    expect(run.used).toBe(false);
    expect(run.exports).toMatchObject({ value: 'a', sum: 1225 });
    run.save();
    expect(runCached(file, noEnv).used).toBe(true);
  });

  it(`neither reads nor writes it with ${NO_CACHE_ENV}=1`, () => {
    const file = bundle('a');
    runCached(file, noEnv).save();
    const off = { [NO_CACHE_ENV]: '1' };
    const run = runCached(file, off);
    expect(run.used).toBe(false);
    const other = bundle('c');
    runCached(other, off).save();
    expect(existsSync(join(other, '..', '.cache'))).toBe(false);
  });

  it('removes the caches of earlier versions of the same bundle when it writes one', () => {
    const file = bundle('a');
    runCached(file, noEnv).save();
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n// version 2\n`);
    runCached(file, noEnv).save();
    const caches = readdirSync(join(file, '..', '.cache'));
    expect(caches).toHaveLength(1);
  });

  it('runs without a cache where none can be written', () => {
    const file = bundle('a');
    // .cache is a file here, so the directory cannot be made (as on a read-only install).
    writeFileSync(join(file, '..', '.cache'), '');
    const run = runCached(file, noEnv);
    expect(() => run.save()).not.toThrow();
    expect(runCached(file, noEnv).used).toBe(false);
    expect(runCached(file, noEnv).exports).toMatchObject({ value: 'a' });
  });
});
