// content-a11y/browser: the core without Node — no file system, no built-ins, no jsdom — for
// editors that run in the browser (WordPress's block editor, Sanity Studio, Decap CMS). The native
// rules run synchronously, fast enough for every keystroke.
import { type CheckOptions, type CheckResult, checkSync, withResolvedAssets } from './check-sync.js';

export { allRules as rules } from '../rules/index.js';
export { type CheckOptions, type CheckResult, checkPostSync, checkSync } from './check-sync.js';
export { resolveConfig } from './config/resolve.js';
export type { ResolvedConfig, RuleSetting, UserConfig } from './config/types.js';
export { type AppliedFixes, applyFixes } from './engine/fix.js';
export type { Plugin } from './engine/registry.js';
export { defineRule, type Rule, type RuleContext, type RuleMeta } from './engine/rule.js';
export * from './host/publish-gate.js';
export {
  type AssetInfo,
  type AssetRef,
  detectRecordKind,
  RECORD_KINDS,
  type RecordKind,
} from './parse/records/index.js';
export type * from './types.js';

/** Same as checkSync, with `resolveAsset` allowed to be async (media records fetched from the CMS). */
export async function check(options: CheckOptions): Promise<CheckResult> {
  return checkSync(await withResolvedAssets(options));
}
