// The browser bundle finds what Node finds. src/browser.ts is bundled the way an editor would bundle
// `content-a11y/browser` (esbuild, platform browser: every package's browser build) and run in a
// fresh VM context that has no Node globals, only a DOM document — then compared, post by post,
// with Node's checkSync from src/ on every fixture and a few hundred real posts of the corpus. Any
// change that makes the bundle smaller (a lighter parser, generated data, a split module) must
// keep this equal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as BrowserApi from '../../src/browser.js';
import { checkSync } from '../../src/check-sync.js';
import { resolveConfig } from '../../src/config/resolve.js';
import type { UserConfig } from '../../src/config/types.js';
import { bundleForBrowser, runBundle } from './bundle.js';

const root = join(import.meta.dirname, '../..');
const CORPUS = '/work/shared/corpus';
/** Every n-th corpus file (sorted by path): a few hundred posts from every set. */
const CORPUS_STEP = 12;
const NOW = '2026-01-01T00:00:00Z';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

const fixtures = filesUnder(join(root, 'fixtures')).filter((f) => !f.endsWith('.expect'));
const corpus = corpusPresent()
  ? filesUnder(CORPUS)
      .filter((f) => /\.(md|markdown|html?)$/.test(f))
      .filter((_, i) => i % CORPUS_STEP === 0)
  : [];

function corpusPresent(): boolean {
  try {
    return statSync(CORPUS).isDirectory();
  } catch {
    return false;
  }
}

type Api = typeof BrowserApi;

/** What a check returns that a user sees, as plain JSON (the VM's objects are of another realm). */
function outcome(api: Pick<Api, 'checkSync'>, options: Parameters<Api['checkSync']>[0]): unknown {
  try {
    const { ok, messages, summary, counts } = api.checkSync(options);
    return JSON.parse(JSON.stringify({ ok, messages, summary, counts }));
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

/** The paths whose outcome differs, with the first difference spelled out by toEqual. */
function compare(api: Api, files: string[], base: string, config?: UserConfig): void {
  const differing: string[] = [];
  let first: { path: string; bundle: unknown; node: unknown } | undefined;
  for (const file of files) {
    const options = {
      path: relative(base, file),
      content: readFileSync(file, 'utf8'),
      now: new Date(NOW),
      ...(config ? { config } : {}),
    };
    const bundle = outcome(api, options);
    const node = outcome({ checkSync }, options);
    if (JSON.stringify(bundle) !== JSON.stringify(node)) {
      differing.push(options.path);
      first ??= { path: options.path, bundle, node };
    }
  }
  if (first) expect(first.bundle, first.path).toEqual(first.node);
  expect(differing).toEqual([]);
}

describe('the browser bundle, run without Node', () => {
  let api: Api;
  let context: object;

  beforeAll(async () => {
    const { code } = await bundleForBrowser(join(root, 'src/browser.ts'), 'ContentA11y');
    ({ api, context } = runBundle<Api>(code));
    // Every part at once, as an editor that checks synchronously does (tests/browser/parts.test.ts
    // proves what loading them on demand loads).
    await api.loadParts();
  }, 120_000);

  it('has no Node global to lean on', () => {
    expect(
      runInContext('[typeof process, typeof Buffer, typeof require, typeof setImmediate]', context),
    ).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
    expect(typeof api.checkSync).toBe('function');
  });

  it('finds what Node finds on every fixture post', () => {
    expect(fixtures.length).toBeGreaterThan(50);
    compare(api, fixtures, root);
  }, 300_000);

  it('finds what Node finds with a configuration: strict, a per-folder override, a locale', () => {
    compare(api, fixtures, root, {
      extends: 'strict',
      locale: 'pl',
      overrides: [{ files: 'fixtures/images/**', lang: 'pl', rules: { 'img-alt-too-long': 'off' } }],
    });
  }, 300_000);

  it('rejects a wrong configuration with the same message as Node', () => {
    const wrong: unknown[] = [
      { rules: { 'img-alt-missin': 'error' } },
      { rules: { 'img-alt-too-long': ['warn', { max: 'long' }] } },
      { extends: 'loose' },
      { limits: { maxBytes: -1 } },
      { overrides: [{ rules: {} }] },
      [],
    ];
    for (const config of wrong) {
      const inBundle = outcome(api, { content: '# Tytuł', config: config as UserConfig });
      let inNode: string | undefined;
      try {
        resolveConfig(config as UserConfig);
      } catch (error) {
        inNode = (error as Error).message;
      }
      expect(inNode, JSON.stringify(config)).toBeDefined();
      expect(inBundle, JSON.stringify(config)).toEqual({ threw: inNode });
    }
  });

  it.runIf(corpus.length > 0)(
    'finds what Node finds on a few hundred real posts of the corpus',
    () => {
      expect(corpus.length).toBeGreaterThan(200);
      compare(api, corpus, CORPUS);
    },
    600_000,
  );
});
