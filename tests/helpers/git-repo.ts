// Real temporary git repositories for hook and CI tests (no network, local identity only).
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const CLEAN = '---\ntitle: Hours\ndate: 2024-01-02\nlang: en\n---\n\nText.\n';
/** An image without alt: img-alt-missing, an error. */
export const BROKEN = `${CLEAN}\n![](photo.jpg)\n`;

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(files: Record<string, string>): void;
}

export function tempRepo(files: Record<string, string> = {}): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  // Local identity and settings, written in one go rather than four `git config` processes.
  appendFileSync(
    join(dir, '.git/config'),
    '[user]\n\tname = Test\n\temail = test@example.com\n[commit]\n\tgpgsign = false\n[core]\n\thooksPath = .git/hooks\n',
  );
  const write = (more: Record<string, string>) => {
    for (const [name, content] of Object.entries(more)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
  };
  write(files);
  return { dir, git, write };
}
