// The parts of the checker that are big and that only some posts need: parse5 for HTML, the YAML
// and TOML readers for front matter, franc-min's trigram data for language detection, micromark for
// the Markdown @lezer/markdown leaves to it, a site's template tags, the Polish grammar of
// suggestions and the validator of configurations. Nothing imports them directly: code asks
// `part('html')` here. Node's entry points provide every part at once (src/check.ts); the browser
// entry provides none until they are loaded (src/parts/load.ts), so an editor downloads the core
// first and a part only when a post needs it. A part that is asked for and not loaded is never
// skipped: `part()` throws PartNotLoadedError, and the browser's check() loads it and checks the
// post again — a post is always checked whole or not at all.
import { PartNotLoadedError } from '../errors.js';
import type { DetectPart } from './detect.js';
import type { HtmlPart } from './html.js';
import type { MicromarkPart } from './micromark.js';
import type { PlGrammarPart } from './pl-grammar.js';
import type { SchemaPart } from './schema.js';
import type { TemplatesPart } from './templates.js';
import type { TomlPart } from './toml.js';
import type { YamlPart } from './yaml.js';

/** Each part's implementation, by name (src/parts/<name>.ts). */
export interface Parts {
  html: HtmlPart;
  yaml: YamlPart;
  toml: TomlPart;
  detect: DetectPart;
  micromark: MicromarkPart;
  'pl-grammar': PlGrammarPart;
  templates: TemplatesPart;
  schema: SchemaPart;
}

/** The name of a part: `html`, `yaml`, `toml`, `detect`, `micromark`, `templates`, `pl-grammar`, `schema`. */
export type PartName = keyof Parts;

const provided: Partial<Parts> = {};

/** The part `name`; throws PartNotLoadedError when it has not been provided. */
export function part<K extends PartName>(name: K): Parts[K] {
  const found = provided[name];
  if (found === undefined) throw new PartNotLoadedError(name);
  return found as Parts[K];
}

/** Makes parts available to `part()` (Node's entry points: all of them; the browser: as loaded). */
export function provideParts(parts: Partial<Parts>): void {
  Object.assign(provided, parts);
}

/** Whether the part is loaded (checkSync can use it). */
export function partLoaded(name: PartName): boolean {
  return provided[name] !== undefined;
}
