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
  /**
   * Path relative to the repository root, `/`-separated, as git spells it. A name that is not
   * UTF-8 keeps its other bytes as `\xNN` (see `exact`): it names the file in reports, but cannot
   * be opened, so such a file is checked from its blob.
   */
  path: string;
  /** Object id of the new blob (the index for `--staged`, the revision for `--changed-since`). */
  oid?: string;
  kind: EntryKind;
  /** False when the name is not valid UTF-8 and `path` spells its bytes as `\xNN`. */
  exact: boolean;
}

function kindOf(mode: string): EntryKind {
  if (mode === '160000') return 'submodule';
  if (mode === '120000') return 'symlink';
  return 'file';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file name as git gives it (bytes). Valid UTF-8 is decoded as it is; any byte that is not part
 * of a valid sequence is written `\xNN`, so two names never read alike and none is silently lost.
 */
export function decodeGitPath(bytes: Uint8Array): { path: string; exact: boolean } {
  try {
    return { path: utf8.decode(bytes), exact: true };
  } catch {
    // Below: byte by byte.
  }
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      out += utf8.decode(bytes.subarray(i, i + length));
      i += length;
    } else {
      out += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return { path: out, exact: false };
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length =
    lead < 0x80
      ? 1
      : lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
  if (length <= 1) return length;
  if (i + length > bytes.length) return 0;
  try {
    utf8.decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}

/** The NUL-separated fields of `-z` output, as bytes. */
function splitNul(out: Buffer): Buffer[] {
  const fields: Buffer[] = [];
  let start = 0;
  for (let end = out.indexOf(0); end >= 0; end = out.indexOf(0, start)) {
    fields.push(out.subarray(start, end));
    start = end + 1;
  }
  if (start < out.length) fields.push(out.subarray(start));
  return fields;
}

/**
 * Parses `git diff --raw -z` output: `:<src mode> <dst mode> <src oid> <dst oid> <status>\0<path>\0`
 * (a second path after renames and copies — the new name is the one that counts).
 */
export function parseRawDiff(out: Buffer): ChangedEntry[] {
  const fields = splitNul(out);
  const entries: ChangedEntry[] = [];
  for (let i = 0; i < fields.length; i++) {
    const header = fields[i]!.toString('latin1');
    if (!header.startsWith(':')) continue;
    const [, dstMode = '', , dstOid = '', status = ''] = header.slice(1).split(' ');
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const bytes = twoPaths ? fields[i + 2] : fields[i + 1];
    i += twoPaths ? 2 : 1;
    if (!bytes || bytes.length === 0) continue;
    const oid = /^0+$/.test(dstOid) ? undefined : dstOid;
    entries.push({ ...decodeGitPath(bytes), kind: kindOf(dstMode), ...(oid ? { oid } : {}) });
  }
  return entries;
}

/**
 * What a run checks: added, copied, modified, renamed and type-changed (T: a symbolic link that
 * became a file, or the other way round) entries. Deleted ones have nothing left to check.
 */
const CHECKED_CHANGES = '--diff-filter=ACMRT';

/**
 * Staged files that were added, copied, modified, renamed or changed type, with `--raw` so each
 * name comes with its index blob id and mode (symlinks and submodules are told apart without
 * another process).
 */
export async function stagedEntries(root: string): Promise<ChangedEntry[]> {
  const out = await git(
    ['diff', '--cached', '-z', '--raw', '--no-abbrev', '--no-relative', CHECKED_CHANGES, '--no-ext-diff'],
    { cwd: root },
  );
  return parseRawDiff(out);
}

/** Entries changed on this branch since it left REF (`REF...HEAD`), each with its blob at HEAD. */
export async function changedSince(root: string, ref: string): Promise<ChangedEntry[]> {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git revision.`);
  const out = await git(
    [
      'diff',
      '-z',
      '--raw',
      '--no-abbrev',
      '--no-relative',
      CHECKED_CHANGES,
      '--no-ext-diff',
      `${ref}...HEAD`,
      '--',
    ],
    { cwd: root },
  );
  return parseRawDiff(out);
}

/** A blob over the size budget: measured by `cat-file --batch-check`, never read. */
export interface BlobTooLarge {
  tooLarge: number;
}

/**
 * Reads many blobs with two `git cat-file` processes: `--batch-check` first gives every size, then
 * `--batch` reads only the blobs within `maxBytes` — a 400 MB blob someone staged is measured, not
 * loaded. Returns each object id's content, a BlobTooLarge, or undefined for a missing object (a
 * submodule's commit) or one that is not a blob.
 */
export async function readBlobs(
  root: string,
  oids: string[],
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<Map<string, Buffer | BlobTooLarge | undefined>> {
  const result = new Map<string, Buffer | BlobTooLarge | undefined>();
  const unique = [...new Set(oids)];
  if (unique.length === 0) return result;
  const check = await git(['cat-file', '--batch-check'], { cwd: root, input: `${unique.join('\n')}\n` });
  const wanted: string[] = [];
  const lines = check.toString('latin1').split('\n');
  unique.forEach((oid, i) => {
    const match = /^(\S+) (\S+) (\d+)$/.exec(lines[i] ?? '');
    if (match?.[2] !== 'blob') result.set(oid, undefined);
    else if (Number(match[3]) > maxBytes) result.set(oid, { tooLarge: Number(match[3]) });
    else wanted.push(oid);
  });
  if (wanted.length === 0) return result;
  const out = await git(['cat-file', '--batch'], { cwd: root, input: `${wanted.join('\n')}\n` });
  let pos = 0;
  for (const oid of wanted) {
    const eol = out.indexOf(0x0a, pos);
    if (eol < 0) break;
    const header = out.subarray(pos, eol).toString('latin1');
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
