// Bench row 8: the browser bundle of `content-a11y/browser` (checkSync and friends), bundled and
// minified by esbuild the way an editor integration would, and its gzip size.

import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export default async function bundleRows({ root }) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'dist/src/browser.js')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
  return [
    {
      what: '8. browser bundle of `content-a11y/browser`, esbuild --minify, gzip',
      med: gzipKb,
      spread: '—',
      unit: 'KB gzip',
      note: `${(code.length / 1024).toFixed(0)} KB minified; target < 150 KB gzip: ${gzipKb < 150 ? 'met' : 'missed'}`,
    },
  ];
}
