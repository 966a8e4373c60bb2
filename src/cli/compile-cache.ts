// Runs the bundled CLI (one CommonJS file) with V8's code cache. Node 20 keeps no compiled code
// between runs, so every start parsed and compiled the 1.7 MB bundle again, and compiled each
// function again on its first call: a fifth of a pre-commit hook's time for a few posts. Node
// 22's module.enableCompileCache() does the same for every module; this works on Node 20 too.
//
// The cache is bytecode, so it is trusted like the bundle beside it: it lives in the package's
// own directory (`.cache/` next to the bundle), written only by whoever can write the bundle, and
// is skipped silently when that directory is read-only (a global install). It is named by the
// bundle's content hash, the Node version and the CPU: V8 itself checks only the source's length
// and its own version and flags, so a patched bundle of the same length must not meet the old cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Set to 1 to run without the code cache (neither read nor written). */
export const NO_CACHE_ENV = 'CONTENT_A11Y_NO_COMPILE_CACHE';

export interface CachedRun {
  /** The module's exports. */
  exports: unknown;
  /** Whether compiled code from an earlier run was used. */
  used: boolean;
  /** Writes the code compiled so far (call it once the run has done its typical work). */
  save(): void;
}

/** Where the cache of `bundle` (with this source) lives. */
export function cacheFile(bundle: string, source: string): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  return join(
    dirname(bundle),
    '.cache',
    `${basename(bundle)}-${process.version}-${process.arch}-${hash}.bin`,
  );
}

/** Loads and runs the CommonJS file `bundle` as Node's loader would, with the code cache. */
export function runCached(bundle: string, env: NodeJS.ProcessEnv = process.env): CachedRun {
  const source = readFileSync(bundle, 'utf8');
  const enabled = env[NO_CACHE_ENV] !== '1';
  const file = cacheFile(bundle, source);
  let cachedData: Buffer | undefined;
  if (enabled) {
    try {
      cachedData = readFileSync(file);
    } catch {
      // No cache yet, or not readable: compile from source.
    }
  }
  // The same wrapper Node's CommonJS loader puts around a module, so the bundle sees require,
  // module, __filename and __dirname as usual.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.replace(/^#!.*/, '')}\n})`;
  const script = new Script(wrapped, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  let saved = used || !enabled;
  const save = () => {
    if (saved) return;
    saved = true;
    writeCache(file, script.createCachedData(), `${basename(bundle)}-`);
  };
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, used, save };
}

/** Writes atomically (a rename), so a run started meanwhile reads the whole cache or none; removes
 * the caches of other versions of the same bundle. Never fails the run. */
function writeCache(file: string, data: Buffer, prefix: string): void {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    for (const old of readdirSync(dir)) {
      if (old.startsWith(prefix) && old !== basename(file) && !old.endsWith('.tmp')) {
        rmSync(join(dir, old), { force: true });
      }
    }
  } catch {
    // A read-only install, a full disk: the next run compiles from source again.
  }
}
