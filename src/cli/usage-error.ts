/** A bad flag or argument: exit code 2 with a one-line explanation and where to read the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose --help to point at (undefined: the program's). */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** A file or folder the run needed could not be read, written or created: exit 2, one line. */
export class FileSystemError extends Error {
  override name = 'FileSystemError';
  constructor(
    readonly action: 'read' | 'write' | 'create',
    readonly path: string,
    readonly code: string,
  ) {
    super(`Cannot ${action} ${path} (${code}).`);
  }
}

/** Node's errors from the file system carry a code such as ENOENT and the path concerned. */
export function isErrnoError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!)
  );
}
