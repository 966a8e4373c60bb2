// The CLI's contact with the outside: its streams and environment (injected, so tests run it in
// process), and files written so that no reader ever sees half of one.
import { readFileSync, unlinkSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { FileSystemError, isErrnoError } from './usage-error.js';

/** What a command may touch: the working folder, the environment and the standard streams. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  readStdin: () => Promise<string>;
}

/** Temporary files being written now: removed if the run is interrupted (SIGINT). */
const pendingWrites = new Set<string>();

/** Writes then renames, so a reader never sees half a file. File-system failures name the path. */
export async function writeAtomically(path: string, text: string, mode?: number): Promise<void> {
  const tmp = resolve(dirname(path), `.${process.pid}.${Date.now()}.content-a11y.tmp`);
  pendingWrites.add(tmp);
  try {
    await writeFile(tmp, text, mode === undefined ? undefined : { mode });
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    if (isErrnoError(error)) throw new FileSystemError('write', path, error.code);
    throw error;
  } finally {
    pendingWrites.delete(tmp);
  }
}

/**
 * What an interrupted run does (SIGINT, Ctrl-C): removes half-written temporary files, so no report
 * is ever left half written (the previous one stays, since only a finished file is renamed), and
 * returns the exit code 130 (128 + SIGINT), as shells expect.
 */
export function abandonWrites(): number {
  for (const tmp of pendingWrites) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or never created.
    }
  }
  pendingWrites.clear();
  return 130;
}

/** Standard input as text (fd 0), read once. */
export function readStdinText(): Promise<string> {
  return Promise.resolve(readFileSync(0, 'utf8'));
}
