// content-a11y's public API.

export { allRules as rules } from '../rules/index.js';
export { type CheckPostOptions, check, checkPost, type Stage } from './check.js';
export { type CheckOptions, type CheckResult, checkPostSync, checkSync } from './check-sync.js';
export { loadConfig } from './config/load.js';
export { configForPath, describeConfig, type ResolveOptions, resolveConfig } from './config/resolve.js';
export { configSchema } from './config/schema.js';
export type { ResolvedConfig, RuleSetting, UserConfig } from './config/types.js';
export { renderRuleDoc } from './docs/rule-docs.js';
export { type AppliedFixes, applyFixes } from './engine/fix.js';
export type { Plugin } from './engine/registry.js';
export {
  defineRule,
  FIX_TYPES,
  type FixType,
  type Localized,
  type OptionSpec,
  type ReportInput,
  type Rule,
  type RuleContext,
  type RuleExample,
  type RuleMeta,
  type RuleSettings,
} from './engine/rule.js';
export { RULE_TAGS } from './engine/rule-contract.js';
export { ApiMisuseError, ConfigError, PartNotLoadedError, PostParseError } from './errors.js';
export { type CheckFilesOptions, type CheckFilesResult, checkFiles } from './files/check-files.js';
export * from './host/publish-gate.js';
export { type ParseInput, parse } from './parse/index.js';
export {
  type AssetInfo,
  type AssetRef,
  detectRecordKind,
  RECORD_KINDS,
  type RecordKind,
} from './parse/records/index.js';
export { FORMATTERS as formatters, loadFormatter } from './report/index.js';
export { REPORT_SCHEMA_VERSION } from './report/json.js';
export type { Formatter, PostOverview, ReportContext } from './report/types.js';
export type * from './types.js';
