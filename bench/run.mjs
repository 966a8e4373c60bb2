// `npm run bench`: content-a11y's speed and memory on the real posts in ../shared/corpus/, every
// number measured in this one run on this machine, as ratios to a floor measured beside it.
// Writes bench/results.md and prints it. Timings are medians over several runs, with the spread.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.CORPUS ?? join(root, '../shared/corpus');
// The binary users run (package.json `bin`: the esbuild bundle of the CLI).
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin['content-a11y']);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const { checkSync } = await import(join(root, 'dist/src/check-sync.js'));
const { check } = await import(join(root, 'dist/src/check.js'));
const { resolveConfig } = await import(join(root, 'dist/src/config/resolve.js'));

const files = globSync('**/*.md', { cwd: corpus, absolute: true }).sort();
const texts = files.map((f) => [f, readFileSync(f, 'utf8')]);
const bytes = texts.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);
console.error(`content-a11y bench: ${files.length} posts, ${(bytes / 1e6).toFixed(1)} MB, ${RUNS} runs each`);

/** Runs `fn` RUNS times (after one warm-up) and returns the sorted durations in ms. */
function measure(fn, runs = RUNS) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

async function measureAsync(fn, runs = RUNS) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

const median = (xs) => xs[Math.floor(xs.length / 2)];
const spread = (xs) => `${fmt(xs[0])}–${fmt(xs[xs.length - 1])}`;
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const rows = [];
const add = (what, times, unit, note) =>
  rows.push({ what, med: median(times), spread: spread(times), unit, note });

// 1. The floor: bare remark-parse on the same files.
const parser = unified().use(remarkParse);
const floor = measure(() => {
  for (const [, text] of texts) parser.parse(text);
});
add('1. floor: `remark().parse()` on every post', floor, 'ms', '');

// 2. Native rules only, in-process (the same engine as the CLI, without file reading).
const config = resolveConfig({ axe: false });
const native = measure(() => {
  for (const [path, text] of texts) checkSync({ content: text, path: relative(root, path), config });
});
const nativeRatio = median(native) / median(floor);
add(
  '2. content-a11y, native rules (`checkSync`)',
  native,
  'ms',
  `${nativeRatio.toFixed(2)}× the floor, in process, 1 thread (the whole-process targets are rows 2b, 2c)`,
);

// 5. check() on one typical post, per call (the CMS case).
const typical = texts.map(([p, t]) => [p, t]).sort((a, b) => a[1].length - b[1].length)[
  Math.floor(texts.length / 2)
];
const perCall = await measureAsync(async () => {
  for (let i = 0; i < 50; i++) await check({ content: typical[1], path: 'post.md', config });
});
const perCallMs = perCall.map((t) => t / 50);
add(
  `5. \`check()\` on a typical post (${(typical[1].length / 1024).toFixed(1)} KB), per call`,
  perCallMs,
  'ms',
  `target < 4 ms: ${median(perCallMs) < 4 ? 'met' : 'missed'}`,
);

// 5b. What row 5 cannot go below with this parser: the same post through bare remark-parse (the
// floor of row 1), then through the Markdown parse check() does (GFM and front matter, the mdast).
const { parse: parsePost } = await import(join(root, 'dist/src/parse/index.js'));
const parseOnly = measure(() => {
  for (let i = 0; i < 50; i++) parser.parse(typical[1]);
}).map((t) => t / 50);
add(
  "5b. the same post: bare `remark().parse()` (row 1's floor), per call",
  parseOnly,
  'ms',
  `row 5 is ${(median(perCallMs) / median(parseOnly)).toFixed(2)}× this; row 5's target is ${(4 / median(parseOnly)).toFixed(2)}× it`,
);
const ourParse = measure(() => {
  for (let i = 0; i < 50; i++) parsePost({ content: typical[1], path: 'post.md' });
}).map((t) => t / 50);
add(
  "5c. the same post: content-a11y's own parse (GFM, front matter, hast, indexes built on use), per call",
  ourParse,
  'ms',
  `${((100 * median(ourParse)) / median(perCallMs)).toFixed(0)} % of row 5`,
);

// 7. A peer: markdownlint-cli2 with three rules, against content-a11y's CLI on the same files.
const sample = files.slice(0, Math.min(files.length, 600));
const peerDir = mkdtempSync(join(tmpdir(), 'content-a11y-bench-'));
writeFileSync(
  join(peerDir, '.markdownlint-cli2.jsonc'),
  JSON.stringify({
    config: { default: false, 'heading-increment': true, 'single-h1': true, 'no-alt-text': true },
  }),
);
const listFile = join(peerDir, 'files.txt');
writeFileSync(listFile, sample.join('\n'));
const wall = (cmd, args, cwd) => {
  const t = performance.now();
  spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return performance.now() - t;
};
const peerBin = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const peerTimes = [];
const oursTimes = [];
for (let i = 0; i < Math.max(3, Math.min(RUNS, 5)); i++) {
  peerTimes.push(wall(process.execPath, [peerBin, ...sample.map((f) => relative(corpus, f))], corpus));
  oursTimes.push(
    wall(process.execPath, [bin, 'check', '--no-axe', '--format', 'json', '--files-from', listFile], root),
  );
}
peerTimes.sort((a, b) => a - b);
oursTimes.sort((a, b) => a - b);
const ruleCount = (await import(join(root, 'dist/rules/index.js'))).allRules.length;
add(`7a. markdownlint-cli2 (3 rules), ${sample.length} posts, whole process`, peerTimes, 'ms', '');
add(
  `7b. content-a11y CLI (${ruleCount} rules), same posts, whole process`,
  oursTimes,
  'ms',
  `${(median(oursTimes) / median(peerTimes)).toFixed(2)}× markdownlint-cli2 (must reach ≤ 1×: ${median(oursTimes) <= median(peerTimes) ? 'met' : 'missed'})`,
);
rmSync(peerDir, { recursive: true, force: true });

// 2a–2c and 6 (whole processes), 3 (axe), 4 (the pre-commit path), 8 (the browser bundle) and 9
// (the Markdown reader's proof) are
// measured by the modules in bench/; their rows are appended here.
for (const extra of ['process.mjs', 'axe.mjs', 'axe-skip.mjs', 'staged.mjs', 'bundle.mjs', 'parser.mjs']) {
  try {
    const mod = await import(join(root, 'bench', extra));
    for (const row of await mod.default({ root, bin, corpus, files, measure, measureAsync, RUNS }))
      rows.push(row);
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
}

rows.sort((a, b) => a.what.localeCompare(b.what, 'en', { numeric: true }));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const table = [
  `# content-a11y benchmark`,
  '',
  `content-a11y ${version}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${availableParallelism()}, ` +
    `${files.length} posts (${(bytes / 1e6).toFixed(1)} MB) from ../shared/corpus/, median of ${RUNS} runs (spread = min–max). ` +
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; every row was measured in the same run.`,
  '',
  '| measurement | median | spread | unit | result |',
  '|---|---:|---:|---|---|',
  ...rows.map((r) => `| ${r.what} | ${fmt(r.med)} | ${r.spread} | ${r.unit} | ${r.note} |`),
  '',
].join('\n');
// The hand-written analysis of missed targets travels with the numbers it explains.
const analysis = readFileSync(join(root, 'bench/analysis.md'), 'utf8');
writeFileSync(join(root, 'bench/results.md'), `${table}\n${analysis}`);
console.log(table);
