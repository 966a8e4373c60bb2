// content-a11y/browser: the core without Node — no file system, no built-ins, no jsdom — for
// editors that run in the browser (WordPress's block editor, Sanity Studio, Decap CMS). The native
// rules run synchronously, fast enough for every keystroke.
//
// The big parts of the checker (parse5 for HTML, the YAML and TOML readers, franc-min's language
// models, micromark, …: src/parts/registry.ts) are not in this module's graph: each is a chunk of
// its own, loaded the first time a post needs it. check() loads what a post needs by itself;
// checkSync throws PartNotLoadedError for a post that needs a part not loaded yet, so an editor
// that checks synchronously calls `await loadParts()` once (or names the parts its posts need).
import { type CheckOptions, type CheckResult, checkSync, withResolvedAssets } from './check-sync.js';
import { withParts } from './parts/load.js';

export { allRules as rules } from '../rules/index.js';
export { type CheckOptions, type CheckResult, checkPostSync, checkSync } from './check-sync.js';
export { resolveConfig } from './config/resolve.js';
export type { ResolvedConfig, RuleSetting, UserConfig } from './config/types.js';
export { type AppliedFixes, applyFixes } from './engine/fix.js';
export type { Plugin } from './engine/registry.js';
export { defineRule, type Rule, type RuleContext, type RuleMeta } from './engine/rule.js';
export { ApiMisuseError, ConfigError, PartNotLoadedError, PostParseError } from './errors.js';
export * from './host/publish-gate.js';
export {
  type AssetInfo,
  type AssetRef,
  detectRecordKind,
  RECORD_KINDS,
  type RecordKind,
} from './parse/records/index.js';
export { loadParts, PART_NAMES } from './parts/load.js';
export { type PartName, partLoaded } from './parts/registry.js';
export type * from './types.js';

/**
 * Same as checkSync, with `resolveAsset` allowed to be async (media records fetched from the CMS),
 * and the parts of the checker the post needs loaded first.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const resolved = await withParts(() => withResolvedAssets(options));
  return withParts(() => checkSync(resolved));
}
