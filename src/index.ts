// content-a11y's public API.

export { allRules as rules } from '../rules/index.js';
export { check } from './check.js';
export { type CheckOptions, type CheckResult, checkSync } from './check-sync.js';
export { loadConfig } from './config/load.js';
export { configForPath, describeConfig, type ResolveOptions, resolveConfig } from './config/resolve.js';
export { configSchema } from './config/schema.js';
export type { ResolvedConfig, RuleSetting, UserConfig } from './config/types.js';
export { ConfigError } from './config/types.js';
export { type AppliedFixes, applyFixes } from './engine/fix.js';
export { FIX_TYPES, type FixType } from './engine/rule.js';
export { type CheckFilesOptions, type CheckFilesResult, checkFiles } from './files/check-files.js';
export * from './host/publish-gate.js';
export {
  type AssetInfo,
  type AssetRef,
  detectRecordKind,
  RECORD_KINDS,
  type RecordKind,
} from './parse/record.js';
export { FORMATTERS as formatters, loadFormatter } from './report/index.js';
export { REPORT_SCHEMA_VERSION } from './report/json.js';
export type { Formatter, PostOverview, ReportContext } from './report/types.js';
export type * from './types.js';
