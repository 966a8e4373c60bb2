// Output formats, loaded only when asked for so start-up stays small.
import type { Formatter } from './types.js';

/** The output formats by name (`--format`), each loaded on first use: `await formatters.stylish()` gives the formatter. */
export const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).default,
  json: async () => (await import('./json.js')).default,
  html: async () => (await import('./html.js')).default,
  sarif: async () => (await import('./sarif.js')).default,
  github: async () => (await import('./github.js')).default,
  junit: async () => (await import('./junit.js')).default,
  codequality: async () => (await import('./codequality.js')).default,
};

/** Formats that draw posts (outline, images, code frames), not only findings. */
const NEEDS_OVERVIEWS = new Set(['html']);

export function wantsOverviews(formats: string[]): boolean {
  return formats.some((name) => NEEDS_OVERVIEWS.has(name));
}

/** A format name the tool knows (own keys only: `constructor` is not a format). */
export function isFormatName(name: string): boolean {
  return Object.hasOwn(FORMATTERS, name);
}

/** The formatter called `name` (stylish, json, html, sarif, github, junit, codequality), or undefined. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const load = isFormatName(name) ? FORMATTERS[name] : undefined;
  return load ? load() : undefined;
}
