// Reading a file of the checked tree, which may come from a pull request: `x.json -> /dev/zero`,
// `leak.md -> ~/.ssh/id_rsa`, a FIFO that blocks forever. The file is resolved (symbolic links
// included) and must lie inside the root the user named; it is opened once, without following a
// last-moment link and without blocking, and that open descriptor is checked (a regular file, not
// over the size budget) before a single byte is read — and no more than the budget is ever read.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';

export type RefusalReason = 'outside' | 'not-a-file' | 'too-large';

/** Why a file of the tree was not read; `size` for `too-large`. */
export class FileRefused extends Error {
  override name = 'FileRefused';
  constructor(
    readonly reason: RefusalReason,
    readonly size = 0,
  ) {
    super(reason);
  }
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** True when `path` is `root` or inside it (both already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

const realRoots = new Map<string, string>();

function realRootSync(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realpathSync(root);
    realRoots.set(root, real);
  }
  return real;
}

async function realRoot(root: string): Promise<string> {
  const known = realRoots.get(root);
  if (known !== undefined) return known;
  const real = await realpath(root);
  realRoots.set(root, real);
  return real;
}

/** The file's bytes, or a FileRefused; other failures (ENOENT, EACCES) are thrown as they are. */
export async function readFileInside(
  path: string | Buffer,
  root: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const [real, base] = await Promise.all([realpath(path), realRoot(root)]);
  if (!isInside(base, real)) throw new FileRefused('outside');
  const handle = await open(real, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileRefused('not-a-file');
    if (info.size > maxBytes) throw new FileRefused('too-large', info.size);
    // Read what fstat promised, at most the budget plus one byte (a file still growing).
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw new FileRefused('too-large', filled);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** The synchronous twin of readFileInside, for code that cannot wait (thumbnails, JSON sniffing). */
export function readFileInsideSync(path: string | Buffer, root: string, maxBytes: number): Uint8Array {
  const real = realpathSync(path);
  if (!isInside(realRootSync(root), real)) throw new FileRefused('outside');
  const fd = openSync(real, OPEN_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new FileRefused('not-a-file');
    if (info.size > maxBytes) throw new FileRefused('too-large', info.size);
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw new FileRefused('too-large', filled);
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}
