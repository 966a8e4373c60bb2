import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// Table tests of pure functions (a post in, findings out) share one module registry: loading the
// engine, its parsers and word lists again for each of these files cost ~1.5 s a file, most of
// the time they took. Everything else keeps a fresh registry per file: tests that prove a module
// loads lazily, swap a global (regex-safety wraps RegExp while the engine loads), spawn processes
// or change the environment need one.
const SHARED = [
  'tests/rules/**/*.test.ts',
  'tests/lang/**/*.test.ts',
  'tests/dates/**/*.test.ts',
  'tests/parse/**/*.test.ts',
  'tests/docs/**/*.test.ts',
  'tests/config/**/*.test.ts',
  'tests/engine/directives.test.ts',
  'tests/engine/fix.test.ts',
  'tests/engine/locale.test.ts',
  'tests/engine/mdx-directives.test.ts',
  'tests/engine/rule-contract.test.ts',
];

export default defineConfig({
  // examples/ import the package by name, as a CMS would; tests run them against the sources.
  resolve: {
    alias: [
      { find: /^content-a11y\/browser$/, replacement: src('browser.ts') },
      { find: /^content-a11y$/, replacement: src('index.ts') },
    ],
  },
  test: {
    testTimeout: 30_000,
    setupFiles: ['tests/setup/all-parts.ts'],
    projects: [
      { extends: true, test: { name: 'tables', include: SHARED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['tests/**/*.test.ts'], exclude: SHARED } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'rules/**/*.ts'],
      exclude: ['src/cli/bin.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 80, functions: 80, statements: 80, branches: 70 },
    },
  },
});
