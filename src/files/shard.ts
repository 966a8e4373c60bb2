// `--shard I/N`: split the file list between N CI jobs. Files are ordered by a hash of their
// repository-relative path (as Vitest does), so the split does not depend on the machine, the
// current directory or the order arguments were given in, and neighbouring folders of similar
// (slow or fast) posts spread over the shards; shard I takes the I-th of N contiguous slices
// whose sizes differ by at most one.
import { relative } from 'node:path';
import { hash64 } from '../engine/fingerprint.js';
import { toPosix } from './files.js';

export interface Shard {
  index: number;
  count: number;
}

/** Parses "I/N" (1 ≤ I ≤ N); returns an error message for anything else. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `--shard takes INDEX/COUNT, such as 1/4, not "${text}".`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) {
    return `--shard ${text}: the index must be between 1 and the count (1/${Math.max(count, 1)} … ${Math.max(count, 1)}/${Math.max(count, 1)}).`;
  }
  return { index, count };
}

/** The files of one shard, in their original (sorted) order. `root` anchors the relative paths. */
export function shardFiles(files: string[], shard: Shard, root: string): string[] {
  const keyed = files.map((file) => {
    const rel = toPosix(relative(root, file));
    return { file, key: `${hash64(rel)}\0${rel}` };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const start = Math.floor((keyed.length * (shard.index - 1)) / shard.count);
  const end = Math.floor((keyed.length * shard.index) / shard.count);
  const mine = new Set(keyed.slice(start, end).map((k) => k.file));
  return files.filter((f) => mine.has(f));
}
