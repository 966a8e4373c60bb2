// The YAML part: front matter and the position of a syntax error in a JSON record. ~30 KB gzip.
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';

export const yamlPart = { parseDocument, isMap, isScalar, isSeq, visit };

export type YamlPart = typeof yamlPart;
