// Talking to git: where the repository is, what is staged or changed, and the staged content of
// files. File names always travel NUL-separated (-z), so spaces, non-ASCII letters, `:` and `?`
// survive; blobs are read through ONE `git cat-file --batch` process, not one process per file.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export class GitError extends Error {
  override name = 'GitError';
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Runs git with the given arguments; rejects with GitError when it cannot start or fails. */
export function git(args: string[], options: { cwd: string; input?: Buffer | string } = { cwd: '.' }) {
  return new Promise<Buffer>((resolvePromise, reject) => {
    // core.quotepath=off: human-readable names in any message git prints; -z output is raw anyway.
    const child = spawn('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new GitError(`Cannot run git: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolvePromise(Buffer.concat(out));
      else {
        const message = Buffer.concat(err).toString('utf8').trim().split('\n')[0] || `exit code ${code}`;
        reject(new GitError(`git ${args[0]} failed: ${message}`));
      }
    });
    child.stdin.on('error', () => {
      // git may exit before reading all of stdin (it then reports its own error).
    });
    child.stdin.end(options.input ?? '');
  });
}

/** The working tree's top directory, or undefined when `cwd` is not inside a git work tree. */
export async function repoRoot(cwd: string): Promise<string | undefined> {
  try {
    const out = (await git(['rev-parse', '--show-toplevel'], { cwd })).toString('utf8').trim();
    return out ? resolve(out) : undefined;
  } catch {
    return undefined;
  }
}

export type EntryKind = 'file' | 'symlink' | 'submodule';

export interface ChangedEntry {
  /** Path relative to the repository root, `/`-separated, as git spells it. */
  path: string;
  /** Object id of the staged (index) blob; undefined when listing against the working tree. */
  oid?: string;
  kind: EntryKind;
}

function kindOf(mode: string): EntryKind {
  if (mode === '160000') return 'submodule';
  if (mode === '120000') return 'symlink';
  return 'file';
}

/**
 * Parses `git diff --raw -z` output: `:<src mode> <dst mode> <src oid> <dst oid> <status>\0<path>\0`
 * (a second path after renames and copies — the new name is the one that counts).
 */
export function parseRawDiff(out: Buffer): ChangedEntry[] {
  const fields = out.toString('utf8').split('\0');
  const entries: ChangedEntry[] = [];
  for (let i = 0; i < fields.length; i++) {
    const header = fields[i];
    if (!header?.startsWith(':')) continue;
    const [, dstMode = '', , dstOid = '', status = ''] = header.slice(1).split(' ');
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const path = twoPaths ? fields[i + 2] : fields[i + 1];
    i += twoPaths ? 2 : 1;
    if (!path) continue;
    const oid = /^0+$/.test(dstOid) ? undefined : dstOid;
    entries.push({ path, kind: kindOf(dstMode), ...(oid ? { oid } : {}) });
  }
  return entries;
}

/**
 * Staged files that were added, copied, modified or renamed: the same list as
 * `git diff --cached -z --name-only --diff-filter=ACMR`, with `--raw` so each name comes with its
 * index blob id and mode (symlinks and submodules are told apart without another process).
 */
export async function stagedEntries(root: string): Promise<ChangedEntry[]> {
  const out = await git(
    [
      'diff',
      '--cached',
      '-z',
      '--raw',
      '--no-abbrev',
      '--no-relative',
      '--diff-filter=ACMR',
      '--no-ext-diff',
    ],
    { cwd: root },
  );
  return parseRawDiff(out);
}

/** Files changed on this branch since it left REF: `git diff -z --name-only --diff-filter=ACMR REF...HEAD`. */
export async function changedSince(root: string, ref: string): Promise<string[]> {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git revision.`);
  const out = await git(
    ['diff', '-z', '--name-only', '--no-relative', '--diff-filter=ACMR', `${ref}...HEAD`, '--'],
    { cwd: root },
  );
  return out
    .toString('utf8')
    .split('\0')
    .filter((p) => p.length > 0);
}

/**
 * Reads many blobs with one `git cat-file --batch` process. Returns the content of each object id
 * (undefined for a missing object, such as a submodule's commit).
 */
export async function readBlobs(root: string, oids: string[]): Promise<Map<string, Buffer | undefined>> {
  const result = new Map<string, Buffer | undefined>();
  const unique = [...new Set(oids)];
  if (unique.length === 0) return result;
  const out = await git(['cat-file', '--batch'], { cwd: root, input: `${unique.join('\n')}\n` });
  let pos = 0;
  for (const oid of unique) {
    const eol = out.indexOf(0x0a, pos);
    if (eol < 0) break;
    const header = out.subarray(pos, eol).toString('utf8');
    pos = eol + 1;
    const match = /^(\S+) (\S+) (\d+)$/.exec(header);
    if (!match) {
      result.set(oid, undefined); // "<oid> missing"
      continue;
    }
    const size = Number(match[3]);
    result.set(oid, match[2] === 'blob' ? Buffer.from(out.subarray(pos, pos + size)) : undefined);
    pos += size + 1; // content, then a newline
  }
  return result;
}
