// What a document's folder decides about how its posts are checked: the configuration found upward
// from it (and, once issue 14's site profile lands, the site it belongs to). Loaded once per folder,
// kept until one of the files it was read from — or could have been read from — changes.
import { dirname, isAbsolute, relative, sep } from 'node:path';
import ignore from 'ignore';
import { CONFIG_FILES, loadConfig } from '../config/load.js';
import { resolveConfig } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { toPosix } from '../files/files.js';

export interface FolderContext {
  dir: string;
  /** The resolved configuration, or why it could not be used. */
  config: ResolvedConfig;
  configFile?: string;
  /** Directory that `ignores` patterns are relative to. */
  baseDir: string;
  /** Set when the configuration file exists but cannot be used: the posts are checked with defaults. */
  error?: { file?: string; message: string };
  /** True for a file the configuration's `ignores` exclude. */
  isIgnored(file: string): boolean;
}

/**
 * Names of the files a folder context is read from, in the folder or any folder above it. A change
 * to any of them (created, edited, deleted) drops the contexts of the folders below. The site
 * profile's files (generator configs) join this list when the profile is loaded here.
 */
export const CONTEXT_FILE_NAMES: readonly string[] = CONFIG_FILES;

export function isContextFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf(sep) + 1);
  return CONTEXT_FILE_NAMES.includes(name);
}

async function loadFolderContext(dir: string): Promise<FolderContext> {
  let config: ResolvedConfig;
  let configFile: string | undefined;
  let baseDir = dir;
  let error: FolderContext['error'];
  try {
    const loaded = await loadConfig({ cwd: dir });
    configFile = loaded.filepath;
    baseDir = loaded.baseDir;
    config = resolveConfig(loaded.config);
  } catch (caught) {
    if (!(caught instanceof ConfigError)) throw caught;
    // A broken config must not leave the writer without any check: defaults, plus one diagnostic.
    error = { file: configFile, message: caught.message };
    config = resolveConfig({});
  }
  const ignores = ignore().add(config.ignores);
  return {
    dir,
    config,
    configFile,
    baseDir,
    error,
    isIgnored(file) {
      const rel = relative(baseDir, file);
      return Boolean(rel) && !rel.startsWith('..') && !isAbsolute(rel) && ignores.ignores(toPosix(rel));
    },
  };
}

export class FolderContexts {
  private readonly contexts = new Map<string, Promise<FolderContext>>();
  /** Bumped on every invalidation: results computed under an older generation are stale. */
  generation = 0;

  get(dir: string): Promise<FolderContext> {
    let context = this.contexts.get(dir);
    if (!context) {
      context = loadFolderContext(dir);
      this.contexts.set(dir, context);
      // A crash while loading must not be cached: the next check tries again.
      context.catch(() => {
        if (this.contexts.get(dir) === context) this.contexts.delete(dir);
      });
    }
    return context;
  }

  /** A context file changed: forgets every folder at or below its folder. Returns those folders. */
  invalidate(changedFile: string): string[] {
    const root = dirname(changedFile);
    const dropped: string[] = [];
    for (const dir of this.contexts.keys()) {
      const rel = relative(root, dir);
      if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
        this.contexts.delete(dir);
        dropped.push(dir);
      }
    }
    this.generation++;
    return dropped;
  }

  /** Folders with a loaded context (for the server-side watcher). */
  folders(): string[] {
    return [...this.contexts.keys()];
  }
}
