// The rule registry: every rule, one file each. Adding a rule = a file here + its test table.
import type { AnyRule } from '../src/engine/rule.js';
import dateMissing from './date-missing.js';
import headingEmpty from './heading-empty.js';
import headingLevelSkip from './heading-level-skip.js';
import imgAltMissing from './img-alt-missing.js';
import langInvalid from './lang-invalid.js';
import langMissing from './lang-missing.js';
import limitExceeded from './limit-exceeded.js';
import parseError from './parse-error.js';
import ruleError from './rule-error.js';
import titleMissing from './title-missing.js';

export const allRules: readonly AnyRule[] = [
  dateMissing,
  headingEmpty,
  headingLevelSkip,
  imgAltMissing,
  langInvalid,
  langMissing,
  limitExceeded,
  parseError,
  ruleError,
  titleMissing,
];
