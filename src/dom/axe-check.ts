// The rendered-DOM stage: the post rendered into the shared jsdom window, axe-core run with the
// rules in ./axe-rules.ts, each result mapped back to the source position of the element it names,
// and merged with the native findings (./twins.ts decides which one of a pair is shown).
import type { ResolvedConfig } from '../config/types.js';
import type { Draft } from '../engine/finalize.js';
import { localize } from '../engine/messages.js';
import { messageLocale, type RunContext } from '../engine/pipeline.js';
import { engineDraft, ruleSettings } from '../engine/run.js';
import type { Post, Severity, SeveritySetting, SourceRange } from '../types.js';
import { AXE_RULE_IDS, AXE_RULES } from './axe-rules.js';
import { type Positions, renderPost } from './render.js';
import { AXE_NATIVE_TWINS } from './twins.js';
import { type AxeResults, withAxeWindow } from './window.js';

const EXCERPT_MAX = 200;

/** The axe rules to run on this post with this configuration. */
export function axeRulesFor(config: ResolvedConfig, registered: ReadonlySet<string>): string[] {
  return AXE_RULE_IDS.filter((id) => {
    if (config.axeRules.get(`axe/${id}`) === 'off') return false;
    const twin = AXE_NATIVE_TWINS[id];
    if (!twin) return true;
    if (twin.native.some((n) => config.off.has(n))) return false;
    return !(twin.scope === 'owned' && twin.native.some((n) => registered.has(n)));
  });
}

/**
 * The rendered-DOM stage: runs axe-core on the post and returns only the findings native rules did
 * not already report (a twin only counts when it is in the run's registry).
 */
export async function axeStage(post: Post, context: RunContext, native: readonly Draft[]): Promise<Draft[]> {
  const { config } = context;
  const rules = axeRulesFor(config, new Set(context.registry.rules.map((r) => r.id)));
  if (rules.length === 0) return [];
  const locale = messageLocale(context, post.lang);
  const settings = ruleSettings(post, config, context.now);
  let results: AxeResults;
  let positions: Positions;
  try {
    ({ results, positions } = await withAxeWindow(async (w) => {
      const positions = renderPost(w.document, post.hast, {
        lang: post.meta.lang?.value ?? config.lang,
        title: post.meta.title?.value,
        titleAsH1: settings.titleAsH1,
      });
      const results = await w.axe.run(w.document, {
        runOnly: { type: 'rule', values: rules },
        resultTypes: ['violations'],
        iframes: false,
        elementRef: true,
        selectors: false,
        ancestry: false,
        xpath: false,
        preload: false,
        performanceTimer: false,
      });
      return { results, positions };
    }));
  } catch (error) {
    // First line only, and short: an error inside axe carries its whole minified source.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
    return [engineDraft('rule-error', 'crashed', { rule: 'axe', reason }, locale)];
  }
  const at = (d: Draft) => d.range?.start ?? d.field?.position?.start ?? { line: 1, column: 1 };
  const nativeAt = new Set(native.map((d) => `${d.ruleId}\u0000${at(d).line}:${at(d).column}`));
  const out: Draft[] = [];
  for (const violation of results.violations) {
    const ruleId = `axe/${violation.id}`;
    const summary = AXE_RULES[violation.id];
    const twin = AXE_NATIVE_TWINS[violation.id];
    const wcag = wcagFromTags(violation.tags);
    for (const node of violation.nodes) {
      if (isMarkdownArtifact(violation.id, node.element)) continue;
      const range = positionOf(node.element, positions) ?? post.meta.lang?.position;
      const start = range?.start ?? { line: 1, column: 1 };
      if (twin?.native.some((n) => nativeAt.has(`${n}\u0000${start.line}:${start.column}`))) continue;
      const severity = severityOf(config.axeRules.get(ruleId), node.impact ?? violation.impact);
      if (!severity) continue;
      const excerpt = truncate(node.html);
      const text = summary ? localize(summary, locale) : violation.help;
      const draft: Draft = {
        ruleId,
        messageId: violation.id,
        severity,
        message: `${text}. axe-core: ${violation.help}.`,
        wcag,
        excerpt,
        key: excerpt,
        helpUrl: violation.helpUrl,
      };
      if (range) draft.range = range;
      out.push(draft);
    }
  }
  return out;
}

/**
 * Markup Markdown generates and the author cannot change, which axe would blame on the post:
 * - GFM turns a bare address inside a raw `<a>` into a link of its own
 *   (`<a href="https://x.gov">www.x.gov</a>` → `<a href><a href>www.x.gov</a></a>`), and HTML's
 *   parser closes the outer link, leaving it empty right before the inner one. The author wrote a
 *   link with text.
 * - A GFM task list item (`- [ ] task`) renders a disabled checkbox with no label.
 */
export function isMarkdownArtifact(ruleId: string, element: globalThis.Element | undefined): boolean {
  if (!element) return false;
  if (ruleId === 'link-name') {
    return (
      element.localName === 'a' && element.childNodes.length === 0 && element.nextSibling?.nodeName === 'A'
    );
  }
  if (ruleId === 'label') {
    return (
      element.localName === 'input' &&
      element.getAttribute('type') === 'checkbox' &&
      element.hasAttribute('disabled') &&
      element.parentElement?.localName === 'li' &&
      element.parentElement.classList.contains('task-list-item')
    );
  }
  return false;
}

/** The element axe named, or its nearest ancestor that came from the post's source. */
function positionOf(element: globalThis.Element | undefined, positions: Positions): SourceRange | undefined {
  for (let el: globalThis.Node | null | undefined = element; el; el = el.parentNode) {
    const range = positions.get(el);
    if (range) return range;
  }
  return undefined;
}

/** `wcag111` → `1.1.1`, `wcag1410` → `1.4.10`; level tags (`wcag2a`, `wcag21aa`) are not criteria. */
export function wcagFromTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
    if (m) out.push(`${m[1]}.${m[2]}.${m[3]}`);
  }
  return out;
}

/** critical/serious → error, moderate/minor → warning; a configured severity wins, `off` drops it. */
export function severityOf(
  setting: SeveritySetting | undefined,
  impact: string | null | undefined,
): Severity | undefined {
  if (setting === 'off') return undefined;
  if (setting) return setting;
  return impact === 'critical' || impact === 'serious' ? 'error' : 'warning';
}

function truncate(html: string): string {
  const flat = html.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_MAX ? `${flat.slice(0, EXCERPT_MAX - 1)}…` : flat;
}
