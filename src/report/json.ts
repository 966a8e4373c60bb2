// `--format json`: the report as data, its shape published as docs/schema/report.schema.json
// (`content-a11y/schema/report.json`). `schemaVersion` changes only when a field is removed or
// changes meaning; paths are relative to the current folder.
import type { Formatter } from './types.js';

/** The `schemaVersion` of `--format json` reports (docs/schema/report.schema.json). */
export const REPORT_SCHEMA_VERSION = 1;

const json: Formatter = (files, summary) =>
  `${JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, files, summary }, null, 2)}\n`;
export default json;
