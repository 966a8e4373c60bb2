// Bench rows 9a and 9b: the proof behind reading Markdown with @lezer/markdown
// (src/parse/lezer-mdast.ts). 9a: every corpus post through both readers; the trees are compared
// node by node (src/parse/mdast-difference.ts), and each reader's time is the sum over the corpus.
// 9b: the whole corpus through the CLI twice, once with micromark reading every post
// (CONTENT_A11Y_MICROMARK=1), and the findings compared: what the faster reader changes for users.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export default async function parserRows({ root, bin, corpus, files }) {
  const dist = (p) => import(join(root, 'dist/src', p));
  const { lezerMdast } = await dist('parse/lezer-mdast.js');
  const { micromarkMdast } = await dist('parse/markdown.js');
  const { mdastDifference } = await dist('parse/mdast-difference.js');
  const syntax = { autolink: true, footnotes: true, definitionLists: false };
  let lezerMs = 0;
  let micromarkMs = 0;
  let read = 0;
  let identical = 0;
  const differing = [];
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    let t = performance.now();
    const ours = lezerMdast(text, syntax);
    lezerMs += performance.now() - t;
    t = performance.now();
    const reference = micromarkMdast(text);
    micromarkMs += performance.now() - t;
    if (!ours) continue;
    read++;
    const difference = mdastDifference(ours, reference);
    if (difference) differing.push(`${path.slice(corpus.length + 1)}: ${difference.slice(0, 160)}`);
    else identical++;
  }
  for (const line of differing.slice(0, 8)) console.error(`  9a differs: ${line}`);

  const findings = (env) => {
    const result = spawnSync(process.execPath, [bin, 'check', corpus, '--format', 'json', '--no-axe'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      maxBuffer: 512 * 1024 * 1024,
    });
    const set = new Map();
    for (const file of JSON.parse(result.stdout).files)
      for (const m of file.messages)
        set.set(JSON.stringify([file.path, m.ruleId, m.line, m.column, m.message]), m);
    return set;
  };
  const fast = findings({});
  const reference = findings({ CONTENT_A11Y_MICROMARK: '1' });
  const gained = [...fast.keys()].filter((k) => !reference.has(k));
  const lost = [...reference.keys()].filter((k) => !fast.has(k));
  for (const k of lost.slice(0, 6)) console.error(`  9b only with micromark: ${k}`);
  for (const k of gained.slice(0, 6)) console.error(`  9b only with lezer: ${k}`);
  return [
    {
      what: '9a. Markdown read by @lezer/markdown, every corpus post: time, both readers',
      med: lezerMs,
      spread: '—',
      unit: 'ms',
      note: `micromark ${micromarkMs.toFixed(0)} ms (${(micromarkMs / lezerMs).toFixed(1)}×); ${read} of ${files.length} posts read by it (the rest left to micromark), ${identical} trees identical to micromark's, ${differing.length} not`,
    },
    {
      what: '9b. same change, whole CLI run: findings that differ from a micromark-only run',
      med: gained.length + lost.length,
      spread: '—',
      unit: 'findings',
      note: `${reference.size} findings with micromark, ${fast.size} with the fast reader: ${lost.length} only with micromark, ${gained.length} only with it (a changed message counts in both)`,
    },
  ];
}
