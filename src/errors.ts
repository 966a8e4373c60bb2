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

/** What each part of the checker reads (src/parts/registry.ts), for PartNotLoadedError's message. */
const PART_PURPOSES: Record<string, string> = {
  html: 'HTML, and raw HTML inside Markdown',
  yaml: 'YAML front matter',
  toml: 'TOML front matter',
  detect: 'the language of a text of 250 characters or more',
  micromark: 'Markdown in the forms @lezer/markdown leaves to micromark',
  'pl-grammar': 'the Polish grammar that words a suggestion for an alt',
  templates: "a site's template tags and attribute lists",
  schema: 'a configuration, to validate it',
};

/**
 * checkSync in the browser met a post that needs a part of the checker not loaded yet. The post is
 * not checked at all (never checked in part): load the part and check it again, or use check().
 */
export class PartNotLoadedError extends ApiMisuseError {
  override name = 'PartNotLoadedError';
  constructor(readonly part: string) {
    super(
      `This post needs the "${part}" part of content-a11y (it reads ${PART_PURPOSES[part] ?? part}), which is not loaded. ` +
        `Call \`await loadParts(['${part}'])\` (or \`await loadParts()\` for every part) before checkSync, or use the async check(), which loads what a post needs.`,
    );
  }
}
