// Bundles the extension and the language client it uses into one file (VS Code loads CommonJS).
// The engine is not bundled: the server is the workspace's own content-a11y (see README.md).
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('./src/extension.mjs', import.meta.url).pathname],
  outfile: new URL('./dist/extension.cjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});
