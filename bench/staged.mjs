// Bench row 4: the pre-commit path — `content-a11y check --staged` with 3 staged posts in a
// temporary repository, wall time of the whole process including Node's start-up.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export default async function stagedRows({ bin, files, RUNS }) {
  const repo = mkdtempSync(join(tmpdir(), 'content-a11y-staged-'));
  const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
  git('init', '-q');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'user.name', 'bench');
  const picks = [files[10], files[Math.floor(files.length / 2)], files[files.length - 10]];
  for (const f of picks) copyFileSync(f, join(repo, basename(f)));
  git('add', '.');
  const wall = (args) => {
    const times = [];
    for (let i = 0; i < Math.max(RUNS, 5); i++) {
      const t = performance.now();
      spawnSync(process.execPath, [bin, 'check', '--staged', ...args], { cwd: repo, encoding: 'utf8' });
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  };
  const withAxe = wall([]);
  const noAxe = wall(['--no-axe']);
  rmSync(repo, { recursive: true, force: true });
  const med = (xs) => xs[Math.floor(xs.length / 2)];
  const spread = (xs) => `${xs[0].toFixed(0)}–${xs[xs.length - 1].toFixed(0)}`;
  return [
    {
      what: '4a. `check --staged`, 3 staged posts, with axe (whole process)',
      med: med(withAxe),
      spread: spread(withAxe),
      unit: 'ms',
      note: `target < 1000 ms: ${med(withAxe) < 1000 ? 'met' : 'missed'}`,
    },
    {
      what: '4b. `check --staged --no-axe`, 3 staged posts (whole process)',
      med: med(noAxe),
      spread: spread(noAxe),
      unit: 'ms',
      note: `target < 400 ms: ${med(noAxe) < 400 ? 'met' : 'missed'}`,
    },
  ];
}
