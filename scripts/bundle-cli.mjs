// Bundles the CLI with esbuild into dist/cli/, run by `npm run build` after tsc. Why: the unbundled
// CLI resolves, reads and compiles ~460 modules on every start, which is most of a pre-commit
// hook's time for a few posts. Three outputs:
// - content-a11y.cjs: the whole CLI as one CommonJS file, so that V8 can keep its compiled code
//   between runs (src/cli/compile-cache.ts; Node 20 caches no ES module). What only some runs need
//   is still loaded on first use: jsdom and axe-core (axe), piscina (workers), the language server.
// - content-a11y.js: the package's `bin`, a small ES module that runs content-a11y.cjs with the cache.
// - check-worker.js (+ chunks): the worker-thread entry, an ES module bundle with split chunks.
// jsdom, axe-core and piscina stay external: jsdom and axe-core read their own files at run time,
// and piscina starts workers from its own files.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

rmSync(join(root, 'dist/cli'), { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: 'warning',
};

// Loaded on first use by the code that needs them; the language server's packages only by
// `content-a11y lsp`, and jsonc-parser's UMD build requires its own files by computed paths.
const external = [
  'jsdom',
  'axe-core',
  'piscina',
  'jsonc-parser',
  'vscode-languageserver',
  'vscode-languageserver-textdocument',
  '@babel/parser',
  'ajv',
];

await build({
  ...common,
  entryPoints: { 'content-a11y': 'dist/src/cli/bin.js' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external,
  // import() of a bundled module becomes a lazy require of its part of the file, and of an external
  // package (all of them CommonJS) a require on first use, as in the ES module build.
  supported: { 'dynamic-import': false },
  // The code asks for files beside itself (the worker entry, package.json) through import.meta.url.
  // (An injected module, not a banner: a banner would come before "use strict" and end it.)
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/import-meta-url.cjs.js'],
});

await build({
  ...common,
  entryPoints: { 'content-a11y': 'dist/src/cli/launch.js' },
  outdir: 'dist/cli',
  format: 'esm',
});

await build({
  ...common,
  // check-files.ts starts workers from './check-worker.js' beside the code that asks for them.
  entryPoints: { 'check-worker': 'dist/src/files/check-worker.js' },
  outdir: 'dist/cli',
  splitting: true,
  format: 'esm',
  external,
  // Bundled CommonJS dependencies (picocolors…) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});
