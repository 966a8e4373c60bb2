/** A bad flag or argument: exit code 2 with a one-line explanation. */
export class UsageError extends Error {
  override name = 'UsageError';
}
