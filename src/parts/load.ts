// Loading parts on demand (the browser entry): each is a dynamic import with a literal specifier,
// so a bundler (esbuild, Rollup, webpack, Vite) makes it a chunk of its own, fetched the first
// time a post needs it.
import { ApiMisuseError, PartNotLoadedError } from '../errors.js';
import { type PartName, type Parts, partLoaded, provideParts } from './registry.js';

const LOADERS: { [K in PartName]: () => Promise<Parts[K]> } = {
  html: async () => (await import('./html.js')).htmlPart,
  yaml: async () => (await import('./yaml.js')).yamlPart,
  toml: async () => (await import('./toml.js')).tomlPart,
  detect: async () => (await import('./detect.js')).detectPart,
  micromark: async () => (await import('./micromark.js')).micromarkPart,
  'pl-grammar': async () => (await import('./pl-grammar.js')).plGrammarPart,
  templates: async () => (await import('./templates.js')).templatesPart,
  schema: async () => (await import('./schema.js')).schemaPart,
};

/** Every part's name: `loadParts(PART_NAMES)` (the default) makes checkSync ready for any post. */
export const PART_NAMES = Object.keys(LOADERS) as PartName[];

/** Loads the parts named (default: all) that are not loaded yet. */
export async function loadParts(names: readonly PartName[] = PART_NAMES): Promise<void> {
  const unknown = names.filter((name) => !PART_NAMES.includes(name));
  if (unknown.length > 0) {
    throw new ApiMisuseError(
      `loadParts: no part named ${unknown.map((n) => `"${n}"`).join(', ')}; the parts are ${PART_NAMES.join(', ')}.`,
    );
  }
  const missing = names.filter((name) => !partLoaded(name));
  const loaded = await Promise.all(missing.map(async (name) => [name, await LOADERS[name]()] as const));
  provideParts(Object.fromEntries(loaded));
}

/**
 * Runs `check` (a check of one post), loading each part it turns out to need and running it again:
 * the post is parsed anew each time, so nothing half-built is kept. A part that fails to load (the
 * network) rejects the check.
 */
export async function withParts<T>(check: () => T | Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await check();
    } catch (error) {
      const name = error instanceof PartNotLoadedError ? (error.part as PartName) : undefined;
      if (name === undefined || partLoaded(name)) throw error;
      await loadParts([name]);
    }
  }
}
