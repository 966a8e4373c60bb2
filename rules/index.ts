// The rule registry: every rule, one file each. Adding a rule = a file here + its test table.
import type { AnyRule } from '../src/engine/rule.js';
import dateMissing from './date-missing.js';
import dateNumericInTitle from './date-numeric-in-title.js';
import dateRangeFormat from './date-range-format.js';
import headingEmpty from './heading-empty.js';
import headingLevelSkip from './heading-level-skip.js';
import imgAltMissing from './img-alt-missing.js';
import langInvalid from './lang-invalid.js';
import langMissing from './lang-missing.js';
import parseError from './parse-error.js';
import ruleError from './rule-error.js';
import titleMissing from './title-missing.js';

export const allRules: readonly AnyRule[] = [
  dateMissing,
  dateNumericInTitle,
  dateRangeFormat,
  headingEmpty,
  headingLevelSkip,
  imgAltMissing,
  langInvalid,
  langMissing,
  parseError,
  ruleError,
  titleMissing,
];
