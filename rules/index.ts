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
import headingAllCaps from './heading-all-caps.js';
import headingEmpty from './heading-empty.js';
import headingFake from './heading-fake.js';
import headingFirstLevel from './heading-first-level.js';
import headingH1InBody from './heading-h1-in-body.js';
import headingLevelSkip from './heading-level-skip.js';
import headingTooLong from './heading-too-long.js';
import imgAltMissing from './img-alt-missing.js';
import langInvalid from './lang-invalid.js';
import langMismatch from './lang-mismatch.js';
import langMissing from './lang-missing.js';
import linkEmpty from './link-empty.js';
import linkUrlText from './link-url-text.js';
import linkVague from './link-vague.js';
import listFake from './list-fake.js';
import parseError from './parse-error.js';
import ruleError from './rule-error.js';
import tableNoHeader from './table-no-header.js';
import titleMissing from './title-missing.js';

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
  headingAllCaps,
  headingEmpty,
  headingFake,
  headingFirstLevel,
  headingH1InBody,
  headingLevelSkip,
  headingTooLong,
  imgAltMissing,
  langInvalid,
  langMismatch,
  langMissing,
  linkEmpty,
  linkUrlText,
  linkVague,
  listFake,
  parseError,
  ruleError,
  tableNoHeader,
  titleMissing,
];
