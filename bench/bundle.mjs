// Bench row 8: the browser build of `content-a11y/browser`, bundled the way an editor integration
// would (esbuild, platform browser, minified, ES modules with code splitting, so each part of the
// checker that src/parts/load.ts imports on demand is a chunk of its own), gzip level 9 per file.
// 8a is the core: the entry and every chunk it imports statically, what an editor downloads
// before its first check. 8b says what the first check of a real post downloads beside it: the
// parts each corpus post needs (bench/parts-child.mjs records which parts its check asks for) and
// the core plus those parts, as the median and the 90th percentile over the corpus.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '/content-a11y-bench-out';

export default async function bundleRows({ root, corpus }) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'dist/src/browser.js')],
    bundle: true,
    write: false,
    splitting: true,
    outdir: OUT,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  const name = (path) => path.slice(path.indexOf(OUT) + OUT.length + 1);
  const files = new Map(result.outputFiles.map((f) => [name(f.path), f.contents]));
  const gz = new Map([...files].map(([file, code]) => [file, gzipSync(code, { level: 9 }).length / 1024]));
  const outputs = Object.fromEntries(Object.entries(result.metafile.outputs).map(([k, v]) => [name(k), v]));
  const staticClosure = (start) => {
    const seen = new Set();
    const stack = [start];
    while (stack.length > 0) {
      const file = stack.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      for (const i of outputs[file].imports) if (i.kind === 'import-statement') stack.push(name(i.path));
    }
    return seen;
  };
  const sum = (set) => [...set].reduce((n, f) => n + gz.get(f), 0);
  const entry = Object.keys(outputs).find((f) => outputs[f].entryPoint?.endsWith('dist/src/browser.js'));
  const core = staticClosure(entry);
  const coreKb = sum(core);
  const minKb = [...core].reduce((n, f) => n + files.get(f).length, 0) / 1024;
  // Each part: its chunk and what it imports that the core does not have.
  const parts = {};
  for (const [file, out] of Object.entries(outputs)) {
    const part = /dist\/src\/parts\/([a-z-]+)\.js$/.exec(out.entryPoint ?? '')?.[1];
    if (part) parts[part] = new Set([...staticClosure(file)].filter((f) => !core.has(f)));
  }
  const rows = [
    {
      what: '8a. browser core of `content-a11y/browser` (entry + static chunks), esbuild --minify --splitting, gzip',
      med: coreKb,
      spread: '—',
      unit: 'KB gzip',
      note:
        `${minKb.toFixed(0)} KB minified, ${core.size} files; target < 150 KB gzip: ${coreKb < 150 ? 'met' : 'missed'}. ` +
        `Parts on demand: ${Object.entries(parts)
          .map(([p, set]) => `${p} ${sum(set).toFixed(1)}`)
          .join(', ')} KB gzip`,
    },
  ];
  // Which parts each post's check asks for, in a process that provides them through recorders.
  const child = spawnSync(process.execPath, [join(root, 'bench/parts-child.mjs'), root, corpus], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench/parts-child.mjs failed: ${child.stderr}`);
  const needs = JSON.parse(child.stdout);
  const totals = needs
    .map((used) => coreKb + sum(new Set(used.flatMap((p) => [...parts[p]]))))
    .sort((a, b) => a - b);
  const share = (p) =>
    `${p} ${((100 * needs.filter((u) => u.includes(p)).length) / needs.length).toFixed(0)} %`;
  const at = (q) => totals[Math.min(totals.length - 1, Math.floor(q * totals.length))];
  rows.push({
    what: "8b. what a corpus post's first check downloads in the browser: core + the parts it needs (median; spread p10–p90)",
    med: at(0.5),
    spread: `${at(0.1).toFixed(0)}–${at(0.9).toFixed(0)}`,
    unit: 'KB gzip',
    note: `${needs.length} posts; posts needing each part: ${Object.keys(parts).map(share).join(', ')}; the full build (every part) ${(coreKb + Object.values(parts).reduce((n, set) => n + sum(set), 0)).toFixed(0)} KB`,
  });
  return rows;
}
