// The rule registry: every rule, one file each. Adding a rule = a file here + its test table.
import type { AnyRule } from '../src/engine/rule.js';
import dateAmbiguous from './date-ambiguous.js';
import dateFuture from './date-future.js';
import dateInconsistent from './date-inconsistent.js';
import dateInvalid from './date-invalid.js';
import dateMissing from './date-missing.js';
import dateModifiedBeforePublished from './date-modified-before-published.js';
import dateMonthForm from './date-month-form.js';
import dateNotMachineReadable from './date-not-machine-readable.js';
import dateNumericInTitle from './date-numeric-in-title.js';
import dateRangeFormat from './date-range-format.js';
import dateWeekdayMismatch from './date-weekday-mismatch.js';
import directiveUnknown from './directive-unknown.js';
import directiveUnused from './directive-unused.js';
import headingAllCaps from './heading-all-caps.js';
import headingEmpty from './heading-empty.js';
import headingFake from './heading-fake.js';
import headingFirstLevel from './heading-first-level.js';
import headingH1InBody from './heading-h1-in-body.js';
import headingLevelSkip from './heading-level-skip.js';
import headingTooLong from './heading-too-long.js';
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
import langMismatch from './lang-mismatch.js';
import langMissing from './lang-missing.js';
import limitExceeded from './limit-exceeded.js';
import linkEmpty from './link-empty.js';
import linkUrlText from './link-url-text.js';
import linkVague from './link-vague.js';
import listFake from './list-fake.js';
import parseError from './parse-error.js';
import ruleError from './rule-error.js';
import tableNoHeader from './table-no-header.js';
import titleMissing from './title-missing.js';

/** Every rule content-a11y has, with its metadata (id, severity, WCAG criteria, messages, options). */
export const allRules: readonly AnyRule[] = [
  dateAmbiguous,
  dateFuture,
  dateInconsistent,
  dateInvalid,
  dateMissing,
  dateModifiedBeforePublished,
  dateMonthForm,
  dateNotMachineReadable,
  dateNumericInTitle,
  dateRangeFormat,
  dateWeekdayMismatch,
  directiveUnknown,
  directiveUnused,
  headingAllCaps,
  headingEmpty,
  headingFake,
  headingFirstLevel,
  headingH1InBody,
  headingLevelSkip,
  imgAltCredit,
  imgAltDuplicate,
  imgAltDuplicatesCaption,
  imgAltEmpty,
  imgAltFilename,
  imgAltGalleryUniform,
  headingTooLong,
  imgAltMissing,
  imgAltPlaceholder,
  imgAltRedundantPrefix,
  imgAltTooLong,
  imgComplexNeedsDescription,
  imgCoverAltMissing,
  imgLinkNoName,
  langInvalid,
  langMismatch,
  langMissing,
  limitExceeded,
  linkEmpty,
  linkUrlText,
  linkVague,
  listFake,
  parseError,
  ruleError,
  tableNoHeader,
  titleMissing,
];
