// From command-line arguments to the sorted list of post files: paths, directories, globs;
// `.gitignore`, node_modules and the config's `ignores` honoured. Each file keeps the root it was
// found under (the directory or the glob's base named on the command line): it is read only when its
// real path is inside that root (./safe-read.ts). Directories are walked without entering symbolic
// links to directories; links to files are listed and then refused when they leave the root.
// `.gitignore` files are matched without backtracking (./gitignore.ts), and never hide a file git
// tracks: a pull request that adds `*.md` to .gitignore still has its posts checked.
import { execFileSync } from 'node:child_process';
import { type Dirent, existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { detectRecordKind } from '../parse/records/index.js';
import { GitignoreFile, MAX_GITIGNORE_BYTES } from './gitignore.js';
import { FileRefused, readFileInsideSync } from './safe-read.js';

export const POST_EXTENSIONS = ['md', 'markdown', 'mdx', 'html', 'htm', 'txt'];
/** Directories expand to these too, but only files that look like post records (see isPostRecordFile). */
export const RECORD_EXTENSIONS = ['json'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
/** A JSON file larger than this is not opened to see whether it is a post record. */
const MAX_RECORD_SNIFF_BYTES = 5 * 1024 * 1024;
/** A larger `.gitignore` is not honoured at all; of a smaller one, the first MAX_GITIGNORE_BYTES. */
const MAX_GITIGNORE_READ = 1024 * 1024;

export interface ExpandOptions {
  cwd: string;
  /** Glob patterns from the config's "ignores", relative to `ignoreBase`. */
  ignores?: string[];
  ignoreBase?: string;
  /** Extensions a directory expands to (default: POST_EXTENSIONS). */
  extensions?: string[];
}

export interface ExpandedFiles {
  files: string[];
  /** Arguments that matched nothing, for a clear message. */
  unmatched: string[];
  /** The root each file was found under: it is read only when it really lies inside it. */
  roots: Map<string, string>;
}

/** The root a file named on its own is read inside: the current directory, or its own folder. */
export function defaultRoot(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? cwd : dirname(file);
}

export async function expandPaths(args: string[], options: ExpandOptions): Promise<ExpandedFiles> {
  const { cwd } = options;
  const extensions = new Set(options.extensions ?? [...POST_EXTENSIONS, ...RECORD_EXTENSIONS]);
  const records = !options.extensions;
  const found = new Map<string, string>();
  const unmatched: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      found.set(abs, defaultRoot(abs, cwd));
      continue;
    }
    let root: string;
    let keep: (rel: string) => boolean = () => true;
    if (stat?.isDirectory()) root = abs;
    else if (isDynamicPattern(arg)) {
      const { base, glob } = picomatch.scan(arg.replace(/\\/g, '/'));
      root = resolve(cwd, base || '.');
      const matcher = picomatch(glob || '**', { dot: false });
      keep = (rel) => matcher(rel);
    } else {
      unmatched.push(arg);
      continue;
    }
    const posts = listTree(root, extensions).filter(
      (file) =>
        keep(toPosix(relative(root, file))) &&
        (!records || !isRecordCandidate(file) || isPostRecordFile(file, root)),
    );
    if (posts.length === 0) unmatched.push(arg);
    for (const file of posts) if (!found.has(file)) found.set(file, root);
  }
  const configIgnore = ignore().add(options.ignores ?? []);
  const base = options.ignoreBase ?? cwd;
  // The configuration's ignores apply to files named on the command line too (as in ESLint; the
  // check command says which it left out); .gitignore only hides what a walk finds.
  const files = [...found.keys()].filter((file) => {
    const rel = relative(base, file);
    const insideBase = rel && !rel.startsWith('..') && !isAbsolute(rel);
    return !(insideBase && configIgnore.ignores(toPosix(rel)));
  });
  files.sort();
  const roots = new Map(files.map((file) => [file, found.get(file)!]));
  return { files, unmatched, roots };
}

function isRecordCandidate(file: string): boolean {
  return file.toLowerCase().endsWith('.json');
}

/** JSON files that are never posts: package manifests, lock files, compiler and tool configs. */
const NOT_POSTS =
  /(^|[/\\])(package(-lock)?\.json|npm-shrinkwrap\.json|composer(\.lock)?\.json|(ts|js)config(\..+)?\.json|[^/\\]*\.config\.json|\.[^/\\]*rc\.json|biome\.jsonc?|deno\.json|manifest\.json|[^/\\]*\.schema\.json|[^/\\]*\.lock\.json)$/i;

/**
 * A `.json` file found by expanding a directory counts only when it looks like a post record. It is
 * read through the same guard as posts: a link out of `root` or anything but a regular file is
 * listed anyway (so the check reports it, unread), and a file over the sniffing budget is skipped.
 */
export function isPostRecordFile(path: string, root = dirname(path)): boolean {
  if (NOT_POSTS.test(path)) return false;
  let bytes: Uint8Array;
  try {
    bytes = readFileInsideSync(path, root, MAX_RECORD_SNIFF_BYTES);
  } catch (error) {
    return error instanceof FileRefused && error.reason !== 'too-large';
  }
  try {
    const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    return detectRecordKind(data as Record<string, unknown>) !== undefined;
  } catch {
    return false;
  }
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * The files under `root` with one of `extensions`: what a walk finds that no `.gitignore` hides,
 * plus every file git tracks there (ignore rules never apply to tracked files). Hidden files and
 * folders (`.github/`), node_modules and symbolic links to directories are not entered.
 */
export function listTree(root: string, extensions: ReadonlySet<string>): string[] {
  const wanted = (name: string) =>
    !name.startsWith('.') && extensions.has(extname(name).slice(1).toLowerCase());
  const out = new Set<string>();
  for (const file of trackedFiles(root)) {
    const rel = relative(root, file);
    if (rel.split(sep).some((part) => part.startsWith('.') || SKIPPED_DIRECTORIES.has(part))) continue;
    if (!wanted(file.slice(file.lastIndexOf(sep) + 1))) continue;
    try {
      if (!lstatSync(file).isDirectory()) out.add(file);
    } catch {
      // Deleted in the working tree: nothing to check.
    }
  }
  const stack: Array<{ dir: string; ignores: IgnoreLevel[] }> = [{ dir: root, ignores: parentIgnores(root) }];
  while (stack.length > 0) {
    const { dir, ignores } = stack.pop()!;
    const own = readGitignore(dir, root);
    const levels = own ? [...ignores, { base: dir, file: own }] : ignores;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || SKIPPED_DIRECTORIES.has(name)) continue;
      const path = join(dir, name);
      if (entry.isDirectory()) {
        if (!isIgnored(levels, path, true)) stack.push({ dir: path, ignores: levels });
      } else if (wanted(name) && !isIgnored(levels, path, false)) {
        // Links out of the tree, FIFOs and devices are listed too: reading them reports why they were
        // not read, instead of a post silently missing from the run. Links to directories are not entered.
        if (!entry.isSymbolicLink() || !isLinkToDirectory(path)) out.add(path);
      }
    }
  }
  return [...out];
}

function isLinkToDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

interface IgnoreLevel {
  base: string;
  file: GitignoreFile;
}

/** Deepest `.gitignore` first; within one, the last matching line decides (gitignore(5)). */
function isIgnored(levels: IgnoreLevel[], path: string, isDirectory: boolean): boolean {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i]!;
    const decision = level.file.decide(toPosix(relative(level.base, path)), isDirectory);
    if (decision !== undefined) return decision;
  }
  return false;
}

/** `.gitignore` files between the repository root (else the walked root) and the walked root. */
function parentIgnores(root: string): IgnoreLevel[] {
  const top = findUp(root, '.git') ?? root;
  // The repository's own exclude file (.git/info/exclude) applies from its top, below every .gitignore.
  const exclude = findUp(root, '.git') ? readGitExclude(top) : undefined;
  const levels: IgnoreLevel[] = exclude ? [{ base: top, file: new GitignoreFile(exclude) }] : [];
  const dirs: string[] = [];
  for (
    let dir = dirname(root);
    top !== root && (dir === top || dir.startsWith(top + sep));
    dir = dirname(dir)
  ) {
    dirs.push(dir);
    if (dir === top || dirname(dir) === dir) break;
  }
  for (const dir of dirs.reverse()) {
    const file = readGitignore(dir, top);
    if (file) levels.push({ base: dir, file });
  }
  return levels;
}

/** A directory's `.gitignore`: only a regular file inside `root`, at most MAX_GITIGNORE_BYTES read. */
function readGitignore(dir: string, root: string): GitignoreFile | undefined {
  const path = join(dir, '.gitignore');
  let bytes: Uint8Array;
  try {
    bytes = readFileInsideSync(path, root, MAX_GITIGNORE_READ);
  } catch {
    return undefined;
  }
  return new GitignoreFile(new TextDecoder().decode(bytes.subarray(0, MAX_GITIGNORE_BYTES)));
}

/** Files git tracks under `dir` (absolute paths), or none outside a repository. */
function trackedFiles(dir: string): string[] {
  if (!findUp(dir, '.git')) return [];
  try {
    const out = execFileSync('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached'], {
      cwd: dir,
      encoding: 'buffer',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 512 * 1024 * 1024,
    });
    return out
      .toString('utf8')
      .split('\0')
      .filter((p) => p.length > 0 && !p.includes('\ufffd'))
      .map((p) => resolve(dir, p));
  } catch {
    return [];
  }
}

/** `info/exclude` of the repository at `root` (a worktree's `.git` file points to its git folder). */
function readGitExclude(root: string): string | undefined {
  try {
    let gitDir = join(root, '.git');
    if (statSync(gitDir).isFile()) {
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(gitDir, 'utf8'))?.[1]?.trim();
      if (!pointer) return undefined;
      gitDir = resolve(root, pointer);
      let common: string | undefined;
      try {
        common = readFileSync(join(gitDir, 'commondir'), 'utf8');
      } catch {}
      if (common) gitDir = resolve(gitDir, common.trim());
    }
    return readFileSync(join(gitDir, 'info', 'exclude'), 'utf8').slice(0, MAX_GITIGNORE_BYTES);
  } catch {
    return undefined;
  }
}

export function findUp(from: string, name: string): string | undefined {
  let dir = resolve(from);
  while (true) {
    if (existsSync(join(dir, name))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
