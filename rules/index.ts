// The rule registry: every rule, one file each. Adding a rule = a file here + its test table.
import type { AnyRule } from '../src/engine/rule.js';
import dateMissing from './date-missing.js';
import headingEmpty from './heading-empty.js';
import headingLevelSkip from './heading-level-skip.js';
import imgAltCredit from './img-alt-credit.js';
import imgAltDuplicate from './img-alt-duplicate.js';
import imgAltDuplicatesCaption from './img-alt-duplicates-caption.js';
import imgAltEmpty from './img-alt-empty.js';
import imgAltFilename from './img-alt-filename.js';
import imgAltGalleryUniform from './img-alt-gallery-uniform.js';
import imgAltMissing from './img-alt-missing.js';
import imgAltPlaceholder from './img-alt-placeholder.js';
import imgAltRedundantPrefix from './img-alt-redundant-prefix.js';
import imgAltTooLong from './img-alt-too-long.js';
import imgComplexNeedsDescription from './img-complex-needs-description.js';
import imgCoverAltMissing from './img-cover-alt-missing.js';
import imgLinkNoName from './img-link-no-name.js';
import langInvalid from './lang-invalid.js';
import langMissing from './lang-missing.js';
import parseError from './parse-error.js';
import ruleError from './rule-error.js';
import titleMissing from './title-missing.js';

export const allRules: readonly AnyRule[] = [
  dateMissing,
  headingEmpty,
  headingLevelSkip,
  imgAltCredit,
  imgAltDuplicate,
  imgAltDuplicatesCaption,
  imgAltEmpty,
  imgAltFilename,
  imgAltGalleryUniform,
  imgAltMissing,
  imgAltPlaceholder,
  imgAltRedundantPrefix,
  imgAltTooLong,
  imgComplexNeedsDescription,
  imgCoverAltMissing,
  imgLinkNoName,
  langInvalid,
  langMissing,
  parseError,
  ruleError,
  titleMissing,
];
