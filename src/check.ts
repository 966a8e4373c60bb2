// check(): the native rules plus the rendered-DOM stage (axe-core in jsdom). Kept apart from
// check.ts so that the browser build, which imports check.ts, never reaches jsdom or axe-core —
// not even through a dynamic import a bundler would follow.
import {
  type CheckOptions,
  type CheckResult,
  checkSync,
  isResolvedConfig,
  result,
  withinFindingBudget,
  withResolvedAssets,
} from './check-sync.js';
import { resolveConfig } from './config/resolve.js';

/** Checks one post. Async because rendered-DOM checks (axe-core) are; the pure core is `checkSync`. */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const config = isResolvedConfig(options.config) ? options.config : resolveConfig(options.config);
  const native = checkSync({ ...(await withResolvedAssets(options)), config });
  if (!native.post || options.axe === false || !config.axe) return native;
  // Loaded on first use only: jsdom and axe-core never load for checkSync() or --no-axe.
  const { axeFindings } = await import('./dom/axe-check.js');
  const dom = await axeFindings(native.post, config, native.messages, {
    locale: options.locale,
    now: options.now,
  });
  if (dom.length === 0) return native;
  const post = native.post;
  if (post.jsonPathOf) for (const m of dom) m.jsonPath ??= post.jsonPathOf(m);
  const locale = options.locale ?? config.locale ?? 'en';
  return {
    ...result(withinFindingBudget([...native.messages, ...dom], config.limits, locale, post.path)),
    post,
  };
}
