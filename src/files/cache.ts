// `--cache`: remember each file's findings under a hash of its content, and forget everything when
// the tool version or the resolved configuration changes. Content hashes, not mtimes: a CI checkout
// gives every file a new mtime. The file is written to a temporary name then renamed (a reader
// never sees half of it), and entries another run wrote in the meantime are kept.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { Finding } from '../types.js';
import { toPosix } from './files.js';

export const DEFAULT_CACHE_FILE = '.content-a11y-cache';
const FORMAT = 1;

interface CacheEntry {
  hash: string;
  messages: Finding[];
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
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /**
   * Opens the cache at `location` (a file, or a directory to put `.content-a11y-cache` in).
   * `key` covers the tool version and the resolved configuration; a different key starts afresh.
   */
  static async open(location: string, key: string): Promise<ResultCache> {
    let file = location;
    try {
      if ((await stat(location)).isDirectory()) file = resolve(location, DEFAULT_CACHE_FILE);
    } catch {
      // Does not exist yet: a file name.
    }
    const data = await readCacheFile(file);
    return new ResultCache(file, key, data?.key === key ? data.entries : {});
  }

  private id(path: string): string {
    return toPosix(relative(dirname(this.file), path));
  }

  get(path: string, hash: string): Finding[] | undefined {
    const entry = this.updated.get(this.id(path)) ?? this.entries[this.id(path)];
    if (entry?.hash === hash) {
      this.hits++;
      return entry.messages;
    }
    this.misses++;
    return undefined;
  }

  set(path: string, hash: string, messages: Finding[]): void {
    this.updated.set(this.id(path), { hash, messages });
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

async function readCacheFile(file: string): Promise<CacheData | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as CacheData;
    return data.format === FORMAT && typeof data.entries === 'object' ? data : undefined;
  } catch {
    return undefined; // missing or damaged: start afresh, never fail the run over a cache
  }
}
