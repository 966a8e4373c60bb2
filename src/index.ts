// content-a11y's public API.

export { allRules as rules } from '../rules/index.js';
export { check } from './check.js';
export { type CheckOptions, type CheckResult, checkSync } from './check-sync.js';
export { loadConfig } from './config/load.js';
export { resolveConfig } from './config/resolve.js';
export type { ResolvedConfig, RuleSetting, UserConfig } from './config/types.js';
export { ConfigError } from './config/types.js';
export { type AppliedFixes, applyFixes } from './engine/fix.js';
export { type CheckFilesOptions, type CheckFilesResult, checkFiles } from './files/check-files.js';
export * from './host/publish-gate.js';
export {
  type AssetInfo,
  type AssetRef,
  detectRecordKind,
  RECORD_KINDS,
  type RecordKind,
} from './parse/record.js';
export type * from './types.js';
