// Which files a git-aware run checks: what is staged (with its staged content), or what changed
// since a revision. Only post extensions; the config's `ignores` honoured; symlinks and
// submodules skipped (a symlink's blob is its target's name, a submodule is another repository).
// Inside a hook git passes GIT_INDEX_FILE (a temporary index for `git commit -a` or
// `git commit PATH`); the git processes started here inherit it, so they see what will be committed.
import { existsSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { isDynamicPattern } from 'tinyglobby';
import { POST_EXTENSIONS, toPosix } from '../files/files.js';
import { changedSince, GitError, readBlobs, repoRoot, stagedEntries } from './git.js';

export interface SelectOptions {
  cwd: string;
  /** Config `ignores` patterns, relative to `ignoreBase`. */
  ignores?: string[];
  ignoreBase?: string;
  extensions?: string[];
  /** Paths given on the command line (a hook tool's file list): only files at or under them. */
  only?: string[];
}

export interface SelectedFiles {
  root: string;
  /** Absolute paths, sorted. */
  files: string[];
  /** Staged content by absolute path (only for `--staged`). */
  contents?: Map<string, Buffer>;
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
  const blobs = await readBlobs(
    root,
    entries.map((e) => e.oid!),
  );
  const contents = new Map<string, Buffer>();
  for (const entry of entries) {
    const blob = blobs.get(entry.oid!);
    if (blob) contents.set(resolve(root, entry.path), blob);
  }
  return { root, files: [...contents.keys()].sort(), contents };
}

/** `--changed-since REF`: posts added, copied, modified or renamed since REF, read from disk. */
export async function selectChangedSince(ref: string, options: SelectOptions): Promise<SelectedFiles> {
  const root = await requireRoot(options.cwd, '--changed-since');
  const keep = makeFilter(options);
  const files = (await changedSince(root, ref))
    .map((p) => resolve(root, p))
    .filter((abs) => {
      if (!keep(abs)) return false;
      try {
        return statSync(abs).isFile(); // not a submodule's directory
      } catch {
        return false;
      }
    })
    .sort();
  return { root, files };
}
