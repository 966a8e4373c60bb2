#!/usr/bin/env node
// Measures the rendered-DOM stage on real posts (../shared/corpus, or the directory given):
//   native   checkSync()                          — native rules only
//   reused   check()                              — native + axe in the one reused window
//   naive    new JSDOM + axe source + full axe.run per post (every axe rule, default options)
// Prints ms per post (median, mean) for each and the axe stage's share. Needs dist/ (npm run build).
// Usage: node scripts/measure-axe.mjs [dir] [count=50]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = process.argv[2] ?? join(root, '..', 'shared', 'corpus');
const count = Number(process.argv[3] ?? 50);
const { checkSync } = await import(join(root, 'dist/src/check.js'));
const { check } = await import(join(root, 'dist/src/check-async.js'));
const { renderPost } = await import(join(root, 'dist/src/dom/render.js'));

function list(d) {
  return readdirSync(d)
    .sort()
    .flatMap((name) => {
      const p = join(d, name);
      if (statSync(p).isDirectory()) return list(p);
      return /\.(md|html?|txt|json)$/.test(name) && !/README/.test(name) ? [p] : [];
    });
}
// Every k-th file, so all the corpus's sources (and languages) are in the sample.
const all = list(dir);
const step = Math.max(1, Math.floor(all.length / count));
// Posts the native stage itself cannot check (a parser crash is another issue's) are left out.
let crashed = 0;
const posts = all
  .filter((_, i) => i % step === 0)
  .map((path) => ({ path, content: readFileSync(path) }))
  .filter((p) => {
    try {
      checkSync({ content: p.content, path: p.path });
      return true;
    } catch {
      crashed++;
      return false;
    }
  })
  .slice(0, count);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms, mean ${mean(xs).toFixed(1)} ms`;

async function time(label, fn) {
  // CPU time (user + system) as well as wall time: on a busy machine wall time mostly measures the
  // other processes; CPU time is what the post costs.
  const times = [];
  const cpu = [];
  let first = 0;
  for (const [i, post] of posts.entries()) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await fn(post);
    const c = process.cpuUsage(c0);
    const t = performance.now() - t0;
    if (i === 0) first = t;
    else {
      times.push(t);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  console.log(
    `${label.padEnd(8)} first post ${first.toFixed(0)} ms; then wall ${fmt(times)}; cpu ${fmt(cpu)}; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
  return cpu;
}

console.log(
  `${posts.length} posts from ${dir} (${crashed} sampled posts left out: checkSync throws on them)`,
);
const native = await time('native', (p) => checkSync({ content: p.content, path: p.path }));
let axeFindings = 0;
const reused = await time('reused', async (p) => {
  const r = await check({ content: p.content, path: p.path });
  axeFindings += r.messages.filter((m) => m.ruleId.startsWith('axe/')).length;
});
const { JSDOM, VirtualConsole } = await import('jsdom');
const axeSource = (await import('axe-core')).default.source;
const naive = await time('naive', async (p) => {
  const { post } = checkSync({ content: p.content, path: p.path });
  if (!post) return;
  const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    virtualConsole: new VirtualConsole(),
  });
  renderPost(dom.window.document, post.hast, {
    lang: post.meta.lang?.value,
    title: post.meta.title?.value,
    titleAsH1: false,
  });
  dom.window.eval(axeSource);
  await dom.window.axe.run(dom.window.document);
  dom.window.close();
});
const axeReused = median(reused) - median(native);
const axeNaive = median(naive) - median(native);
console.log(
  `axe stage (cpu median minus native): reused ${axeReused.toFixed(1)} ms/post, naive ${axeNaive.toFixed(1)} ms/post (${(axeNaive / axeReused).toFixed(1)}× slower); axe findings on the sample: ${axeFindings}`,
);
