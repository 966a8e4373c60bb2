// Bench rows 3: the axe path (one reused jsdom window per worker, axe evaluated once) against the
// naive way (a new JSDOM and a full axe.run for every post), on the same sample of posts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export default async function axeRows({ root, files, RUNS: runs = 3 }) {
  const { checkSync } = await import(join(root, 'dist/src/check-sync.js'));
  const { check } = await import(join(root, 'dist/src/check.js'));
  const { renderPage } = await import(join(root, 'dist/src/dom/rendered-html.js'));
  const step = Math.max(1, Math.floor(files.length / 40));
  const posts = files
    .filter((_, i) => i % step === 0)
    .slice(0, 40)
    .map((path) => ({ path, content: readFileSync(path) }));
  // Each post's time is its median over `runs` passes over the sample: one pass put the median
  // post wherever the garbage of the axe posts before it was collected (row 3b moved from 7.3× to
  // 9.2× between two runs of the same commit). Both ways are measured alike.
  const perPost = async (fn) => {
    await fn(posts[0]); // the first post in a process pays for loading jsdom and axe
    const passes = posts.slice(1).map(() => []);
    for (let run = 0; run < runs; run++) {
      for (const [i, post] of posts.slice(1).entries()) {
        const t = performance.now();
        await fn(post);
        passes[i].push(performance.now() - t);
      }
    }
    return passes.map((xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]).sort((a, b) => a - b);
  };
  const reused = await perPost((p) => check({ content: p.content, path: p.path }));
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const axeSource = (await import('axe-core')).default.source;
  const naive = await perPost(async (p) => {
    const { post } = checkSync({ content: p.content, path: p.path });
    if (!post) return;
    const page = renderPage(post, {
      lang: post.meta.lang?.value,
      title: post.meta.title?.value,
      titleAsH1: false,
    });
    const dom = new JSDOM(page.html, { runScripts: 'outside-only', virtualConsole: new VirtualConsole() });
    dom.window.eval(axeSource);
    await dom.window.axe.run(dom.window.document);
    dom.window.close();
  });
  const { axeCanChange } = await import(join(root, 'dist/src/dom/axe-needed.js'));
  const judged = posts.slice(1).filter((p) => {
    const { post, messages } = checkSync({ content: p.content, path: p.path, config: { axe: false } });
    // The drafts axe-needed reads are the native findings; their rule ids are what it looks at.
    return post && axeCanChange(post, messages);
  }).length;
  const med = (xs) => xs[Math.floor(xs.length / 2)];
  const spread = (xs) => `${xs[0].toFixed(0)}–${xs[xs.length - 1].toFixed(0)}`;
  const ratio = med(naive) / med(reused);
  return [
    {
      what: `3a. naive: new JSDOM + full \`axe.run\` per post (${posts.length - 1} posts)`,
      med: med(naive),
      spread: spread(naive),
      unit: 'ms/post',
      note: '',
    },
    {
      what: `3b. content-a11y \`check()\` with axe (native + axe, reused window)`,
      med: med(reused),
      spread: spread(reused),
      unit: 'ms/post',
      note: `${ratio.toFixed(2)}× faster than naive (must reach ≥ 10×: ${ratio >= 10 ? 'met' : 'missed'}); axe ran on ${judged} of these posts (the others it provably cannot change, row 3c)`,
    },
  ];
}
