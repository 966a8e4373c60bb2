// The native stage: runs the enabled rules on one Post, turning each report into a draft finding.
// A rule that throws becomes a `rule-error` on this file; the other rules still run. Directives,
// fingerprints, JSON paths and order are finalize's (./finalize.ts), the same for every stage.

import type { ResolvedConfig } from '../config/types.js';
import { PartNotLoadedError } from '../errors.js';
import { wordsFor } from '../lang/words/index.js';
import { effectiveTitleLevel, startLevelBelow } from '../site/title-level.js';
import type { Finding, Post, Severity, SourceRange } from '../types.js';
import { type Draft, finalize } from './finalize.js';
import { fillTemplate, localize } from './messages.js';
import { builtinRegistry, type RuleRegistry } from './registry.js';
import {
  type AnyRule,
  type EditInput,
  isEngineRule,
  type ReportInput,
  type Rule,
  type RuleSettings,
} from './rule.js';

export const DOCS_BASE_URL = 'https://github.com/content-a11y/content-a11y/blob/main/docs/rules/';

export function helpUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId.startsWith('axe/') ? 'axe' : ruleId}.md`;
}

export interface RunOptions {
  now?: Date;
  /** Message language, decided once by the pipeline (messageLocale). */
  locale: string;
  /** The rules to run (default: the built-in ones). */
  registry?: RuleRegistry;
  /** Rules not to run on this post (a limit was exceeded); they are named in its finding. */
  skip?: (rule: AnyRule) => boolean;
}

export function ruleSettings(post: Post, config: ResolvedConfig, now: Date): RuleSettings {
  const titleLevel = effectiveTitleLevel(post, config);
  return {
    titleAsH1: titleLevel === 1,
    titleLevel,
    startLevel: config.startLevel ?? startLevelBelow(titleLevel),
    now,
  };
}

export function runRules(post: Post, config: ResolvedConfig, options: RunOptions): Draft[] {
  const settings = ruleSettings(post, config, options.now ?? new Date());
  const { locale } = options;
  const drafts: Draft[] = [];
  const words = wordsFor(post.lang, config.words);
  for (const rule of (options.registry ?? config.registry ?? builtinRegistry()).rules) {
    if (isEngineRule(rule) || options.skip?.(rule)) continue;
    const setting = config.rules.get(rule.id);
    if (!setting) continue;
    try {
      (rule as Rule).check({
        post,
        index: post.index,
        options: setting.options,
        settings,
        lang: post.lang,
        words,
        locale,
        report: reporter(rule, post, setting.severity, locale, drafts),
      });
    } catch (error) {
      // A part of the checker the browser has not loaded: the post is checked again once it is.
      if (error instanceof PartNotLoadedError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      drafts.push(engineDraft('rule-error', 'crashed', { rule: rule.id, reason }, locale));
    }
  }
  return drafts;
}

function reporter(rule: AnyRule, post: Post, severity: Severity, locale: string, out: Draft[]) {
  return (input: ReportInput) => {
    const template = rule.messages[input.messageId];
    if (!template) throw new Error(`Rule ${rule.id} has no message "${input.messageId}".`);
    // As ESLint's "fixable rules must set meta.fixable": --fix applies a fix only by its type, so a
    // fix from a rule without one would never be applied, and nobody would know why.
    if (input.fix && !rule.fixType)
      throw new Error(
        `Rule ${rule.id} reports a fix but declares no fixType (typography, wording or markup).`,
      );
    const draft: Draft = {
      ruleId: rule.id,
      messageId: input.messageId,
      severity: input.severity ?? severity,
      message: fillTemplate(localize(template, locale), input.data),
      wcag: rule.wcag,
      range: input.position ?? positionOf(input.node),
      key: input.fingerprintKey ?? input.excerpt ?? input.messageId,
    };
    if (input.excerpt !== undefined) draft.excerpt = input.excerpt;
    if (input.suggestion !== undefined) draft.suggestion = input.suggestion;
    const fix = input.fix && toFix(input.fix, post);
    if (fix) draft.fix = fix;
    const suggestions = input.suggestions?.flatMap((s) => {
      const edit = toFix(s, post);
      return edit ? [{ desc: s.desc, fix: edit }] : [];
    });
    if (suggestions?.length) draft.suggestions = suggestions;
    if (input.field) draft.field = input.field;
    if (input.about) draft.about = input.about;
    if (input.jsonPath !== undefined) draft.jsonPath = input.jsonPath;
    out.push(draft);
  };
}

/** An edit on exact source offsets, or nothing: a fix must never land on text the rule did not see. */
function toFix(edit: EditInput, post: Post): Draft['fix'] {
  const start = edit.position.start.offset;
  const end = edit.position.end.offset;
  if (start === undefined || end === undefined || start > end || end > post.source.length) return undefined;
  if (edit.expected !== undefined && post.source.slice(start, end) !== edit.expected) return undefined;
  return { range: [start, end], text: edit.text };
}

function positionOf(node: ReportInput['node']): SourceRange | undefined {
  const p = node?.position;
  if (!p?.start || !p.end) return undefined;
  return { start: p.start, end: p.end };
}

/** The engine's own rules: a post it could not read, a rule that failed, a limit, a directive's mistake. */
export type EngineRuleId =
  | 'parse-error'
  | 'rule-error'
  | 'limit-exceeded'
  | 'directive-unknown'
  | 'directive-unused';

/** A finding the engine itself reports (parse-error, rule-error, limit-exceeded, directive-*). */
export function engineDraft(
  ruleId: EngineRuleId,
  messageId: string,
  data: Record<string, string | number>,
  locale: string,
  range?: SourceRange,
): Draft {
  const rule = builtinRegistry().get(ruleId)!;
  const template = rule.messages[messageId] ?? Object.values(rule.messages)[0]!;
  const draft: Draft = {
    ruleId,
    messageId: rule.messages[messageId] ? messageId : Object.keys(rule.messages)[0]!,
    severity: rule.severity,
    message: fillTemplate(localize(template, locale), data),
    wcag: rule.wcag,
    key: `${messageId}\u0000${data.rule ?? ''}`,
    unsuppressable: ruleId !== 'rule-error',
  };
  if (range) draft.range = range;
  return draft;
}

/** An engine finding for a file with no post (unreadable, over the byte limit), finalized. */
export function engineFinding(
  ruleId: EngineRuleId,
  messageId: string,
  data: Record<string, string | number>,
  locale: string,
  path: string | undefined,
  range?: SourceRange,
): Finding {
  return finalize([engineDraft(ruleId, messageId, data, locale, range)], { path, helpUrl })[0]!;
}
