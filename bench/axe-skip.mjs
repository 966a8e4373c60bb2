// Bench row 3c: the proof behind skipping axe (src/dom/axe-needed.ts). For every corpus post the
// skip applies to, axe runs anyway and its verdict is compared with the native findings the skip
// keeps: any finding added, dropped or changed is counted and printed. Zero, or the skip is wrong.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export default async function axeSkipRows({ root, files }) {
  const dist = (p) => import(join(root, 'dist/src', p));
  const { withResolvedAssets } = await dist('check-sync.js');
  const { runContext, prepare, nativeStage, finish } = await dist('engine/pipeline.js');
  const { axeCanChange } = await dist('dom/axe-needed.js');
  const { axeStage } = await dist('dom/axe-check.js');
  const { closeAxeWindow } = await dist('dom/window.js');
  const { resolveConfig } = await dist('config/resolve.js');
  const config = resolveConfig({});
  let skipped = 0;
  let differing = 0;
  const examples = [];
  const t = performance.now();
  for (const path of files) {
    const options = { content: readFileSync(path), path: relative(root, path), config };
    const context = runContext(options);
    const prepared = prepare(await withResolvedAssets(options), context);
    if (!prepared.post) continue;
    const native = nativeStage(prepared.post, context, prepared.skip);
    if (axeCanChange(prepared.post, native)) continue;
    skipped++;
    const run = { dom: true, skip: prepared.skip };
    const kept = finish(prepared.post, [...prepared.drafts, ...native], context, run).messages;
    const judged = await axeStage(prepared.post, context, native);
    const full = finish(prepared.post, [...prepared.drafts, ...judged], context, run).messages;
    const a = new Set(kept.map((m) => JSON.stringify(m)));
    const b = new Set(full.map((m) => JSON.stringify(m)));
    const lost = [...b].filter((m) => !a.has(m));
    const gained = [...a].filter((m) => !b.has(m));
    if (lost.length + gained.length > 0) {
      differing++;
      if (examples.length < 5) examples.push({ path: options.path, lost, gained });
    }
  }
  await closeAxeWindow();
  for (const e of examples) console.error('axe-skip differs:', JSON.stringify(e).slice(0, 2000));
  return [
    {
      what: `3c. axe skipped where it provably changes nothing: posts skipped of ${files.length}`,
      med: skipped,
      spread: '—',
      unit: 'posts',
      note: `axe run anyway on each: ${differing} posts with a finding lost, added or changed (must be 0); ${((performance.now() - t) / 1000).toFixed(0)} s`,
    },
  ];
}
