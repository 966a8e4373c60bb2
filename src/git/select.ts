// Which files a git-aware run checks: what is staged (with its staged content), or what changed
// since a revision. Only post extensions; the config's `ignores` honoured; symlinks and
// submodules skipped (a symlink's blob is its target's name, a submodule is another repository);
// type changes included (a link that became a file is a new post). Blobs over limits.maxBytes are
// measured and reported, never read.
// Inside a hook git passes GIT_INDEX_FILE (a temporary index for `git commit -a` or
// `git commit PATH`); the git processes started here inherit it, so they see what will be committed.
import { existsSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { isDynamicPattern } from 'tinyglobby';
import { POST_EXTENSIONS, toPosix } from '../files/files.js';
import { FileRefused, readFileInside } from '../files/safe-read.js';
import { type ChangedEntry, changedSince, GitError, readBlobs, repoRoot, stagedEntries } from './git.js';

export interface SelectOptions {
  cwd: string;
  /** Config `ignores` patterns, relative to `ignoreBase`. */
  ignores?: string[];
  ignoreBase?: string;
  extensions?: string[];
  /** Paths given on the command line (a hook tool's file list): only files at or under them. */
  only?: string[];
  /** Blobs larger than this are measured, never read (limits.maxBytes). */
  maxBytes?: number;
}

export interface SelectedFiles {
  root: string;
  /** Absolute paths, sorted. */
  files: string[];
  /** Blob content by absolute path: every file for `--staged`, names that are not UTF-8 otherwise. */
  contents?: Map<string, Buffer>;
  /** Blobs over the byte budget, by absolute path: their size, never their content. */
  tooLarge?: Map<string, number>;
  /** Files without a blob here are read from disk (`--changed-since`), or are missing (`--staged`). */
  diskFallback: boolean;
}

async function requireRoot(cwd: string, flag: string): Promise<string> {
  const root = await repoRoot(cwd);
  if (!root) throw new GitError(`${flag} needs a git repository, and ${cwd} is not inside one.`);
  return root;
}

function makeFilter(options: SelectOptions) {
  const extensions = new Set((options.extensions ?? POST_EXTENSIONS).map((e) => e.toLowerCase()));
  const configIgnore = ignore().add(options.ignores ?? []);
  const base = options.ignoreBase ?? options.cwd;
  // Paths narrow by prefix; quoted globs ('content/**/*.md') match paths relative to cwd.
  // A name that exists is a path even with glob characters in it (`are-you-next?.md`).
  const isGlob = (p: string) => isDynamicPattern(p) && !existsSync(resolve(options.cwd, p));
  const globs = options.only?.filter(isGlob);
  const globMatch = globs?.length ? ignore().add(globs) : undefined;
  const only = options.only?.filter((p) => !isGlob(p)).map((p) => resolve(options.cwd, p));
  const underOnly = (abs: string) => {
    if (only?.some((o) => abs === o || abs.startsWith(o.endsWith(sep) ? o : o + sep))) return true;
    const rel = relative(options.cwd, abs);
    return Boolean(globMatch && rel && !rel.startsWith('..') && globMatch.ignores(toPosix(rel)));
  };
  return (abs: string) => {
    if (!extensions.has(extname(abs).slice(1).toLowerCase())) return false;
    const rel = relative(base, abs);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel) && configIgnore.ignores(toPosix(rel))) return false;
    if (options.only && !underOnly(abs)) return false;
    return true;
  };
}

/** `--staged`: the staged posts and their staged content (not what is on disk). */
export async function selectStaged(options: SelectOptions): Promise<SelectedFiles> {
  const root = await requireRoot(options.cwd, '--staged');
  const keep = makeFilter(options);
  const entries = (await stagedEntries(root)).filter(
    (e) => e.kind === 'file' && e.oid && keep(resolve(root, e.path)),
  );
  return { root, ...(await fromBlobs(root, entries, options.maxBytes)), diskFallback: false };
}

/**
 * `--changed-since REF`: posts added, copied, modified, renamed or changed type since REF, read
 * from disk; a name that is not UTF-8 cannot be opened by that name, so its blob at HEAD is read.
 */
export async function selectChangedSince(ref: string, options: SelectOptions): Promise<SelectedFiles> {
  const root = await requireRoot(options.cwd, '--changed-since');
  const keep = makeFilter(options);
  const entries = (await changedSince(root, ref)).filter((e) => keep(resolve(root, e.path)));
  const onDisk = entries
    .filter((e) => e.exact)
    .map((e) => resolve(root, e.path))
    .filter((abs) => {
      try {
        return statSync(abs).isFile(); // not a submodule's directory
      } catch {
        return false;
      }
    });
  const blobs = await fromBlobs(
    root,
    entries.filter((e) => !e.exact && e.kind === 'file' && e.oid),
    options.maxBytes,
  );
  return { ...blobs, root, files: [...onDisk, ...blobs.files].sort(), diskFallback: true };
}

/** The blobs of `entries`, by absolute path: read when within `maxBytes`, else only measured. */
async function fromBlobs(root: string, entries: ChangedEntry[], maxBytes?: number) {
  const blobs = await readBlobs(
    root,
    entries.map((e) => e.oid!),
    maxBytes,
  );
  const contents = new Map<string, Buffer>();
  const tooLarge = new Map<string, number>();
  for (const entry of entries) {
    const blob = blobs.get(entry.oid!);
    const abs = resolve(root, entry.path);
    if (Buffer.isBuffer(blob)) contents.set(abs, blob);
    else if (blob) tooLarge.set(abs, blob.tooLarge);
  }
  return { files: [...contents.keys(), ...tooLarge.keys()].sort(), contents, tooLarge };
}

/**
 * How checkFiles reads a selected file: its blob when the selection holds one; a FileRefused with
 * the size for a blob over the budget (reported as limit-exceeded, unread); else, for
 * `--changed-since`, the file on disk, inside the repository only.
 */
export function selectedReader(selected: SelectedFiles, maxBytes: number) {
  return async (path: string): Promise<Uint8Array> => {
    const content = selected.contents?.get(path);
    if (content) return content;
    const size = selected.tooLarge?.get(path);
    if (size !== undefined) throw new FileRefused('too-large', size);
    if (!selected.diskFallback) throw Object.assign(new Error('not staged'), { code: 'ENOENT' });
    return readFileInside(path, selected.root, maxBytes);
  };
}
