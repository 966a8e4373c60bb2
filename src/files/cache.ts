// `--cache`: remember each file's findings under a hash of its content, and forget everything when
// the tool version, the resolved configuration, --input, the locale or (for date rules) the day
// changes. Content hashes, not mtimes: a CI checkout gives every file a new mtime. The file is
// written to a temporary name then renamed (a reader never sees half of it), and entries another
// run wrote in the meantime are kept.
//
// The cache is data, not trust: it lives outside the work tree by default (node_modules/.cache, or
// the user's cache directory), and every entry is signed (HMAC-SHA256) with a secret kept in the
// user's cache directory, never in the checkout. An entry that is unsigned, signed with another
// secret, damaged, or not a valid list of findings is ignored and checked again: a committed or
// edited cache can neither hide an error nor put its own text into a report.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { reportProblem } from '../report/report-schema.js';
import type { Finding } from '../types.js';
import { toPosix } from './files.js';

/** The file name inside a `--cache-location` directory. */
export const DEFAULT_CACHE_FILE = '.content-a11y-cache';
const FORMAT = 2;
/** A cache file larger than this is not read (and is replaced). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

interface CacheEntry {
  hash: string;
  messages: Finding[];
  /** HMAC of the key, the entry's id, its hash and its findings. */
  mac: string;
}

/** The user's cache directory: $XDG_CACHE_HOME, else ~/.cache. */
function userCacheDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'content-a11y');
}

/**
 * Where `--cache` keeps its file when no `--cache-location` is given: the project's own
 * `node_modules/.cache/content-a11y/` when node_modules is a real directory there (not a link a
 * checkout could point elsewhere), else a file per project in the user's cache directory. Never a
 * file of the work tree itself, which a pull request could commit.
 */
export function defaultCacheFile(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    if (lstatSync(join(projectRoot, 'node_modules')).isDirectory()) {
      return join(projectRoot, 'node_modules', '.cache', 'content-a11y', 'results.json');
    }
  } catch {
    // No node_modules: the user's cache directory.
  }
  const id = createHash('sha256').update(resolve(projectRoot)).digest('hex').slice(0, 16);
  return join(userCacheDir(env), `results-${id}.json`);
}

/**
 * The secret that signs cache entries, made once per user (mode 0600) in the user's cache
 * directory. When it cannot be read or made, a secret for this run only: the cache then starts
 * afresh each run, which is slow but never wrong.
 */
export function cacheSecret(env: NodeJS.ProcessEnv = process.env): Buffer {
  const file = join(userCacheDir(env), 'secret');
  try {
    const info = lstatSync(file);
    if (info.isFile() && info.size === 32) return readFileSync(file);
  } catch {
    // Not made yet.
  }
  const secret = randomBytes(32);
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    // Another run made it first (read it), or the directory is not writable (this run's secret).
    try {
      const info = lstatSync(file);
      if (info.isFile() && info.size === 32) return readFileSync(file);
    } catch {
      // Unreadable.
    }
    return secret;
  }
}

interface CacheData {
  format: number;
  key: string;
  entries: Record<string, CacheEntry>;
}

/** A stable hash of anything JSON-like, Maps and Sets included (the resolved config has both). */
export function stableHash(value: unknown): string {
  const seen = (_key: string, v: unknown): unknown => {
    if (v instanceof Map)
      return { $map: [...v.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))) };
    if (v instanceof Set) return { $set: [...v].sort() };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    }
    return v;
  };
  return createHash('sha256')
    .update(JSON.stringify(value, seen) ?? '')
    .digest('hex');
}

export function contentHash(display: string, content: Uint8Array): string {
  // The displayed path is part of a finding's fingerprint, so it is part of what is cached.
  return createHash('sha256').update(display).update('\0').update(content).digest('hex');
}

export class ResultCache {
  hits = 0;
  misses = 0;
  private readonly entries: Record<string, CacheEntry>;
  private readonly updated = new Map<string, CacheEntry>();

  private constructor(
    readonly file: string,
    readonly key: string,
    private readonly secret: Buffer,
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /**
   * Opens the cache at `location` (a file, or a directory to put `.content-a11y-cache` in).
   * `key` covers the tool version, the configuration and whatever else findings depend on; a
   * different key starts afresh. `secret` signs the entries (default: the user's, see cacheSecret).
   */
  static async open(location: string, key: string, secret = cacheSecret()): Promise<ResultCache> {
    let file = location;
    try {
      if ((await stat(location)).isDirectory()) file = resolve(location, DEFAULT_CACHE_FILE);
    } catch {
      // Does not exist yet: a file name.
    }
    const data = await readCacheFile(file);
    return new ResultCache(file, key, secret, data?.key === key ? data.entries : {});
  }

  private id(path: string): string {
    return toPosix(relative(dirname(this.file), path));
  }

  private mac(id: string, hash: string, messages: unknown): string {
    return createHmac('sha256', this.secret)
      .update(`${FORMAT}\0${this.key}\0${id}\0${hash}\0`)
      .update(JSON.stringify(messages) ?? '')
      .digest('hex');
  }

  /** A stored entry's findings when it is this cache's own, intact and valid; else undefined. */
  private trusted(id: string, entry: unknown, hash: string): Finding[] | undefined {
    if (typeof entry !== 'object' || entry === null) return undefined;
    const { hash: stored, messages, mac } = entry as Partial<CacheEntry>;
    if (stored !== hash || typeof mac !== 'string' || !Array.isArray(messages)) return undefined;
    const expected = Buffer.from(this.mac(id, hash, messages), 'hex');
    const given = Buffer.from(mac, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    // Signed by us, so written by us; checked all the same, as a report from another job would be.
    if (messages.some((m) => reportProblem('finding', m) !== undefined)) return undefined;
    return messages;
  }

  get(path: string, hash: string): Finding[] | undefined {
    const id = this.id(path);
    const fresh = this.updated.get(id);
    const messages =
      fresh?.hash === hash
        ? fresh.messages
        : Object.hasOwn(this.entries, id)
          ? this.trusted(id, this.entries[id], hash)
          : undefined;
    if (messages) {
      this.hits++;
      return messages;
    }
    this.misses++;
    return undefined;
  }

  set(path: string, hash: string, messages: Finding[]): void {
    const id = this.id(path);
    this.updated.set(id, { hash, messages, mac: this.mac(id, hash, messages) });
  }

  /**
   * Writes the cache atomically (temporary file, then rename), merged with what other runs have
   * written since it was opened. A lock file serialises the read-merge-write of concurrent runs;
   * if it cannot be had in time the write still happens (atomically), only their entries may be lost.
   */
  async save(): Promise<void> {
    if (this.updated.size === 0) return;
    await mkdir(dirname(this.file), { recursive: true });
    const release = await lock(`${this.file}.lock`);
    try {
      const current = await readCacheFile(this.file);
      const entries = { ...(current?.key === this.key ? current.entries : this.entries) };
      for (const [id, entry] of this.updated) entries[id] = entry;
      const data: CacheData = { format: FORMAT, key: this.key, entries };
      const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(tmp, JSON.stringify(data));
        await rename(tmp, this.file);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    } finally {
      await release();
    }
  }
}

const LOCK_WAIT_MS = 5000;
const LOCK_STALE_MS = 30_000;

async function lock(path: string): Promise<() => Promise<void>> {
  const started = Date.now();
  while (true) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return async () => {};
      const age = await stat(path).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > LOCK_STALE_MS)
        await rm(path, { force: true }); // left by a killed run
      else if (Date.now() - started > LOCK_WAIT_MS) return async () => {};
      else await new Promise((r) => setTimeout(r, 10 + Math.random() * 20));
    }
  }
}

/** The cache file when it is a regular file of sensible size holding this format; else undefined. */
async function readCacheFile(file: string): Promise<CacheData | undefined> {
  try {
    const info = lstatSync(file);
    if (!info.isFile() || info.size > MAX_CACHE_BYTES) return undefined;
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheData> | null;
    if (data?.format !== FORMAT || typeof data.key !== 'string') return undefined;
    const { entries } = data;
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return undefined;
    // Entries are looked up by own property only: a `__proto__` or `constructor` id finds nothing.
    return { format: FORMAT, key: data.key, entries: Object.assign(Object.create(null), entries) };
  } catch {
    return undefined; // missing or damaged: start afresh, never fail the run over a cache
  }
}
