// Every error content-a11y throws on purpose, in one place. Each says who must act: the post's
// author (PostParseError, turned into a parse-error finding, never a crash), the person who wrote
// the configuration (ConfigError: the CLI exits 2 with its message), or the program calling the
// library (ApiMisuseError: thrown to the caller, never turned into a finding about the post).

/** A post that cannot be read or parsed: becomes one `parse-error` finding, never a crash. */
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

/** A configuration that cannot be used: the CLI exits 2 with this message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A mistake in how the library is called (not in the post): thrown to the caller, never turned
 * into a finding about the post. */
export class ApiMisuseError extends TypeError {
  override name = 'ApiMisuseError';
}
