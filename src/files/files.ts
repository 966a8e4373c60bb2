// From command-line arguments to the sorted list of post files: paths, directories, globs;
// `.gitignore`, node_modules and the config's `ignores` honoured.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { detectRecordKind } from '../parse/records/index.js';

export const POST_EXTENSIONS = ['md', 'markdown', 'mdx', 'html', 'htm', 'txt'];
/** Directories expand to these too, but only files that look like post records (see isPostRecordFile). */
export const RECORD_EXTENSIONS = ['json'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

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
}

export async function expandPaths(args: string[], options: ExpandOptions): Promise<ExpandedFiles> {
  const { cwd } = options;
  const extensions = options.extensions ?? POST_EXTENSIONS;
  const found = new Set<string>();
  const unmatched: string[] = [];
  const explicit = new Set<string>();
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      found.add(abs);
      explicit.add(abs);
      continue;
    }
    const pattern = stat?.isDirectory()
      ? `${toPosix(relative(cwd, abs)) || '.'}/**/*.{${[...extensions, ...(options.extensions ? [] : RECORD_EXTENSIONS)].join(',')}}`
      : isDynamicPattern(arg)
        ? arg
        : undefined;
    if (!pattern) {
      unmatched.push(arg);
      continue;
    }
    const matches = await glob(pattern, {
      cwd,
      absolute: true,
      dot: false,
      ignore: ALWAYS_IGNORED,
      expandDirectories: false,
    });
    const posts = matches.filter((m) => !m.toLowerCase().endsWith('.json') || isPostRecordFile(m));
    if (posts.length === 0) unmatched.push(arg);
    for (const m of posts) found.add(resolve(m));
  }
  const gitignored = await gitignoreFilter(cwd, [...found]);
  const configIgnore = ignore().add(options.ignores ?? []);
  const base = options.ignoreBase ?? cwd;
  const files = [...found].filter((file) => {
    const rel = relative(base, file);
    const insideBase = rel && !rel.startsWith('..') && !isAbsolute(rel);
    if (insideBase && configIgnore.ignores(toPosix(rel))) return false;
    return explicit.has(file) || !gitignored(file);
  });
  files.sort();
  return { files, unmatched };
}

/** JSON files that are never posts: package manifests, lock files, compiler and tool configs. */
const NOT_POSTS =
  /(^|[/\\])(package(-lock)?\.json|npm-shrinkwrap\.json|composer(\.lock)?\.json|(ts|js)config(\..+)?\.json|[^/\\]*\.config\.json|\.[^/\\]*rc\.json|biome\.jsonc?|deno\.json|manifest\.json|[^/\\]*\.schema\.json|[^/\\]*\.lock\.json)$/i;

/** A `.json` file found by expanding a directory counts only when it looks like a post record. */
export function isPostRecordFile(path: string): boolean {
  if (NOT_POSTS.test(path)) return false;
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    return detectRecordKind(data as Record<string, unknown>) !== undefined;
  } catch {
    return false;
  }
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** `.gitignore` files from the repository root (or cwd) down to each file's directory. */
async function gitignoreFilter(cwd: string, files: string[]): Promise<(file: string) => boolean> {
  const root = findUp(cwd, '.git') ?? cwd;
  const cache = new Map<string, Ignore | null>();
  const load = async (dir: string) => {
    if (cache.has(dir)) return cache.get(dir) ?? null;
    let ig: Ignore | null = null;
    try {
      ig = ignore().add(await readFile(join(dir, '.gitignore'), 'utf8'));
    } catch {
      ig = null;
    }
    // The repository's own exclude file (.git/info/exclude) applies from its root, as in git.
    const exclude = dir === root ? await readGitExclude(root) : undefined;
    if (exclude) ig = (ig ?? ignore()).add(exclude);
    cache.set(dir, ig);
    return ig;
  };
  const dirsOf = (file: string) => {
    const dirs: string[] = [];
    let dir = dirname(file);
    const stop = file.startsWith(root + sep) ? root : dirname(file);
    while (true) {
      dirs.push(dir);
      if (dir === stop || dirname(dir) === dir) break;
      dir = dirname(dir);
    }
    return dirs.reverse();
  };
  const ignoredFiles = new Set<string>();
  for (const file of files) {
    for (const dir of dirsOf(file)) {
      const ig = await load(dir);
      if (ig?.ignores(toPosix(relative(dir, file)))) {
        ignoredFiles.add(file);
        break;
      }
    }
  }
  return (file) => ignoredFiles.has(file);
}

/** `info/exclude` of the repository at `root` (a worktree's `.git` file points to its git folder). */
async function readGitExclude(root: string): Promise<string | undefined> {
  try {
    let gitDir = join(root, '.git');
    if (statSync(gitDir).isFile()) {
      const pointer = /^gitdir:\s*(.+)$/m.exec(await readFile(gitDir, 'utf8'))?.[1]?.trim();
      if (!pointer) return undefined;
      gitDir = resolve(root, pointer);
      const common = await readFile(join(gitDir, 'commondir'), 'utf8').catch(() => undefined);
      if (common) gitDir = resolve(gitDir, common.trim());
    }
    return await readFile(join(gitDir, 'info', 'exclude'), 'utf8');
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
