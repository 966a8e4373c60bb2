// Shared by the CI formats: paths relative to the repository root (where CI systems anchor their
// annotations), and fingerprints unique within a report.
import { isAbsolute, relative, resolve } from 'node:path';
import { hash64 } from '../engine/fingerprint.js';
import { toPosix } from '../files/files.js';
import type { FileResult, Finding } from '../types.js';
import type { ReportContext } from './types.js';

/** The result's path (relative to `cwd`) made relative to the repository root, `/`-separated. */
export function repoPath(path: string, context: Pick<ReportContext, 'cwd' | 'root'>): string {
  if (path === '<stdin>' || !context.root) return toPosix(path);
  const rel = relative(context.root, resolve(context.cwd, path));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? toPosix(rel) : toPosix(path);
}

/**
 * A finding's fingerprint, made unique where one file has two findings with the same one (two
 * identical images): the second gets `#2` hashed in. Still independent of line numbers.
 */
export function uniqueFingerprints(files: FileResult[]): Map<Finding, string> {
  const seen = new Map<string, number>();
  const out = new Map<Finding, string>();
  for (const file of files) {
    for (const m of file.messages) {
      const n = (seen.get(m.fingerprint) ?? 0) + 1;
      seen.set(m.fingerprint, n);
      out.set(m, n === 1 ? m.fingerprint : hash64(`${m.fingerprint}#${n}`));
    }
  }
  return out;
}
