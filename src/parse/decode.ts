// Bytes to text: UTF-8 (with or without BOM) and UTF-16 with BOM; binary and invalid UTF-8 are
// refused with the line where the problem is, so the user can find it.
import { PostParseError } from '../errors.js';

const SNIFF_BYTES = 8000;

export function decodeSource(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const bytes = input;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const sniff = bytes.subarray(start, Math.min(bytes.length, SNIFF_BYTES));
  if (sniff.includes(0)) {
    throw new PostParseError(
      'This is a binary file (it contains NUL bytes), not a post: remove it from the paths to check or add it to "ignores".',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const bad = firstInvalidUtf8(bytes, start);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(start, bad));
    const line = before.split(/\r\n|\r|\n/).length;
    throw new PostParseError(
      `The file is not valid UTF-8 (byte ${bad} on line ${line}). Save it as UTF-8 — most editors offer this under "Save with encoding".`,
      line,
      1,
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  for (let i = start; i < bytes.length; ) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
