// Every part, imported eagerly: what Node's entry points provide (src/check-sync.ts).
import { detectPart } from './detect.js';
import { htmlPart } from './html.js';
import { micromarkPart } from './micromark.js';
import { plGrammarPart } from './pl-grammar.js';
import type { Parts } from './registry.js';
import { schemaPart } from './schema.js';
import { templatesPart } from './templates.js';
import { tomlPart } from './toml.js';
import { yamlPart } from './yaml.js';

export const allParts: Parts = {
  html: htmlPart,
  yaml: yamlPart,
  toml: tomlPart,
  detect: detectPart,
  micromark: micromarkPart,
  'pl-grammar': plGrammarPart,
  templates: templatesPart,
  schema: schemaPart,
};
