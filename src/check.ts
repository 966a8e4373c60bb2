// check(): the native rules plus the rendered-DOM stage (axe-core in jsdom). Kept apart from
// check-sync.ts so that the browser build, which imports check-sync.ts, never reaches jsdom or
// axe-core — not even through a dynamic import a bundler would follow.
//
// Every Node entry point (the package's main module, the CLI and its workers, the language server,
// the unified plugin) checks through this module, so this is where Node gets every part of the
// checker at once (src/parts/registry.ts); the browser build loads them on demand instead.
import { withResolvedAssets } from './check-sync.js';
import type { ResolvedConfig, UserConfig } from './config/types.js';
import { axeCanChange } from './dom/axe-needed.js';
import type { Draft } from './engine/finalize.js';
import {
  type CheckOptions,
  type CheckResult,
  finish,
  nativeStage,
  prepare,
  type RunContext,
  runContext,
  type StagesRun,
} from './engine/pipeline.js';
import type { RuleRegistry } from './engine/registry.js';
import type { AnyRule } from './engine/rule.js';
import { allParts } from './parts/all.js';
import { provideParts } from './parts/registry.js';
import type { Post } from './types.js';

provideParts(allParts);

/** The stages a check can run: the native rules, and axe-core on the rendered DOM. */
export type Stage = 'native' | 'dom';

/** Options of `checkPost`: locale and clock, and which rules and stages to run. */
export interface CheckPostOptions extends Pick<CheckOptions, 'locale' | 'now'> {
  /** The rules to run (default: the configuration's registry). */
  rules?: RuleRegistry;
  /** Default: both, or only `native` when the configuration switches axe off. */
  stages?: readonly Stage[];
}

/** Checks one post. Async because rendered-DOM checks (axe-core) are; the pure core is `checkSync`. */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const context = runContext(options);
  const prepared = prepare(await withResolvedAssets(options), context);
  if (!prepared.post) return finish(undefined, prepared.drafts, context);
  const dom = options.axe !== false && context.config.axe;
  const { drafts, run } = await runStages(
    prepared.post,
    context,
    dom ? ['native', 'dom'] : ['native'],
    prepared.skip,
  );
  return finish(prepared.post, [...prepared.drafts, ...drafts], context, run);
}

/** Checks an already parsed post (a host that built the tree itself: the unified plugin, the LSP). */
export async function checkPost(
  post: Post,
  config: UserConfig | ResolvedConfig = {},
  options: CheckPostOptions = {},
): Promise<CheckResult> {
  const context = runContext({ config, locale: options.locale, now: options.now, path: post.path });
  if (options.rules) context.registry = options.rules;
  const stages = options.stages ?? (context.config.axe ? ['native', 'dom'] : ['native']);
  const { drafts, run } = await runStages(post, context, stages);
  return finish(post, drafts, context, run);
}

async function runStages(
  post: Post,
  context: RunContext,
  stages: readonly Stage[],
  skip?: (rule: AnyRule) => boolean,
): Promise<{ drafts: Draft[]; run: StagesRun }> {
  const native = stages.includes('native') ? nativeStage(post, context, skip) : [];
  if (!stages.includes('dom') || skip?.({ tags: ['dom'] } as unknown as AnyRule)) {
    return { drafts: native, run: { dom: false, skip } };
  }
  // A post axe provably cannot change (src/dom/axe-needed.ts) counts as judged by it: its
  // directives about axe rules are judged as if axe had run and found nothing.
  if (!axeCanChange(post, native)) return { drafts: native, run: { dom: true, skip } };
  // Loaded on first use only: jsdom and axe-core never load for checkSync() or --no-axe.
  const { axeStage } = await import('./dom/axe-check.js');
  // The native drafts axe did not overrule, plus axe's own: twins are decided per element (src/dom/twins.ts).
  return { drafts: await axeStage(post, context, native), run: { dom: true, skip } };
}
