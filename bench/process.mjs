// Bench rows 2b, 2c and 6: the whole corpus through the CLI (`--no-axe`, default concurrency) as a
// whole process, against the floor as a whole process (bench/floor-child.mjs), interleaved so
// both see the same machine load; wall time, CPU time (user + system, all threads) and peak RSS.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export default async function processRows({ root, bin, corpus, RUNS }) {
  const child = join(root, 'bench/rss-child.mjs');
  const run = (args) => {
    const result = spawnSync(process.execPath, [child, ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    const figure = (name) => Number(new RegExp(`${name}=(\\d+)`).exec(result.stderr)?.[1] ?? Number.NaN);
    return { wall: figure('wall'), cpu: figure('cpu'), rssMb: figure('maxRSS') / 1024 };
  };
  const floor = [];
  const ours = [];
  for (let i = 0; i < Math.min(Math.max(RUNS, 1), 3); i++) {
    floor.push(run([join(root, 'bench/floor-child.mjs'), corpus]));
    ours.push(run([bin, 'check', corpus, '--format', 'json', '--no-axe']));
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const spread = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${s[0].toFixed(0)}–${s[s.length - 1].toFixed(0)}`;
  };
  const floorWall = floor.map((r) => r.wall);
  const floorCpu = floor.map((r) => r.cpu);
  const oursWall = ours.map((r) => r.wall);
  const oursCpu = ours.map((r) => r.cpu);
  const oursRss = ours.map((r) => r.rssMb);
  const wallRatio = med(oursWall) / med(floorWall);
  const cpuRatio = med(oursCpu) / med(floorCpu);
  const threads = availableParallelism();
  return [
    {
      what: '2a. floor as a whole process: read + `remark().parse()` every post, 1 thread',
      med: med(floorWall),
      spread: spread(floorWall),
      unit: 'ms wall',
      note: `${med(floorCpu).toFixed(0)} ms CPU`,
    },
    {
      what: `2b. CLI \`check --no-axe\` on the corpus, whole process, ${threads} threads: wall`,
      med: med(oursWall),
      spread: spread(oursWall),
      unit: 'ms wall',
      note: `${wallRatio.toFixed(2)}× the floor's wall (must reach ≤ 1.0×: ${wallRatio <= 1 ? 'met' : 'missed'})`,
    },
    {
      what: '2c. same run: CPU time, user + system, every thread',
      med: med(oursCpu),
      spread: spread(oursCpu),
      unit: 'ms CPU',
      note: `${cpuRatio.toFixed(2)}× the floor's CPU (must reach ≤ 1.5×: ${cpuRatio <= 1.5 ? 'met' : 'missed'})`,
    },
    {
      what: `6. same run: peak RSS, ${threads} threads`,
      med: med(oursRss),
      spread: spread(oursRss),
      unit: 'MB peak RSS',
      note: `target < 300 MB: ${med(oursRss) < 300 ? 'met' : 'missed'}`,
    },
  ];
}
