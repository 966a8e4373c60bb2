// Bundles the CLI (and its worker-thread entry) with esbuild into dist/cli/, run by `npm run
// build` after tsc. Why: the unbundled CLI resolves, reads and compiles ~460 modules on every
// start, which is most of a pre-commit hook's time for a few posts. The bundle is one file per
// entry plus shared chunks; what only some runs need (axe and jsdom, the report formats) is split
// into chunks loaded on first use. jsdom, axe-core and piscina stay external: jsdom and axe-core
// are loaded only with axe and read their own files at run time, and piscina starts workers from
// its own files.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

rmSync(join(root, 'dist/cli'), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: {
    // check-files.ts starts workers from './check-worker.js' beside the code that asks for them.
    'content-a11y': 'dist/src/cli/bin.js',
    'check-worker': 'dist/src/files/check-worker.js',
  },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  // The language server's packages are external too: loaded only by `content-a11y lsp`, and
  // jsonc-parser's UMD build requires its own files by computed paths.
  external: [
    'jsdom',
    'axe-core',
    'piscina',
    'jsonc-parser',
    'vscode-languageserver',
    'vscode-languageserver-textdocument',
  ],
  // Bundled CommonJS dependencies (picocolors…) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: 'warning',
});
