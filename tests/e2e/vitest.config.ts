// The end-to-end suites (tests/e2e/*.e2e.ts) against real CMSs started by scripts/e2e.sh; kept
// out of `npm test` (its include is tests/**/*.test.ts) because they need WordPress and Decap.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^content-a11y\/browser$/, replacement: src('browser.ts') },
      { find: /^content-a11y$/, replacement: src('index.ts') },
    ],
  },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/*.e2e.ts'],
    // They compare the real editors' findings with checkSync in Node, which needs every part.
    setupFiles: ['tests/setup/all-parts.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
