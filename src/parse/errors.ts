// A post that cannot be read or parsed: becomes one `parse-error` finding, never a crash.

export class PostParseError extends Error {
  constructor(
    message: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
    this.name = 'PostParseError';
  }
}
