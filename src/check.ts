// check(): the native rules plus the rendered-DOM stage (axe-core in jsdom). Kept apart from
// check.ts so that the browser build, which imports check.ts, never reaches jsdom or axe-core —
// not even through a dynamic import a bundler would follow.
import {
  type CheckOptions,
  type CheckResult,
  checkNative,
  isResolvedConfig,
  result,
  withResolvedAssets,
} from './check-sync.js';
import { configForPath, resolveConfig } from './config/resolve.js';
import { directiveFindings } from './engine/directives.js';
import { directiveReporter, recordJsonPath } from './engine/run.js';

/** Checks one post. Async because rendered-DOM checks (axe-core) are; the pure core is `checkSync`. */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const resolved = isResolvedConfig(options.config) ? options.config : resolveConfig(options.config);
  const config = configForPath(resolved, options.path);
  const axe = options.axe !== false && config.axe;
  const native = checkNative({ ...(await withResolvedAssets(options)), config }, axe);
  if (!native.post || !axe) return native;
  // Loaded on first use only: jsdom and axe-core never load for checkSync() or --no-axe.
  const { axeFindings } = await import('./dom/axe-check.js');
  const dom = await axeFindings(native.post, config, native.messages, {
    locale: options.locale,
    now: options.now,
  });
  const post = native.post;
  const locale = options.locale ?? config.locale ?? post.lang;
  // Directives naming axe rules, or no rule, are judged once axe has had its say.
  dom.push(
    ...directiveFindings(
      post,
      { config, ran: () => true, final: true, report: directiveReporter(post, config, locale) },
      'axe',
    ),
  );
  if (dom.length === 0) return native;
  for (const m of dom) m.jsonPath ??= recordJsonPath(post, { range: m });
  return { ...result([...native.messages, ...dom]), post };
}
