// The rendered-DOM stage: the post rendered as the page a browser would get (./rendered-html.ts),
// parsed by jsdom's own parser in the shared window, axe-core run with the rules in ./axe-rules.ts,
// each result mapped back to the source position of the element it names, and merged with the
// native findings element by element (./twins.ts says how).
import type { ResolvedConfig } from '../config/types.js';
import type { Draft } from '../engine/finalize.js';
import { localize } from '../engine/messages.js';
import { limitDraft, messageLocale, type RunContext } from '../engine/pipeline.js';
import { engineDraft, ruleSettings } from '../engine/run.js';
import { trimEndChars } from '../lang/normalize.js';
import type { Post, Severity, SeveritySetting, SourceRange } from '../types.js';
import { AXE_RULE_IDS, AXE_RULES } from './axe-rules.js';
import { type RenderedPage, renderPage } from './rendered-html.js';
import { AXE_NATIVE_TWINS, type AxeTwin, draftStart } from './twins.js';
import { type AxeResults, type AxeRuleResult, type AxeWindow, withAxeWindow } from './window.js';

const EXCERPT_MAX = 200;

/** The axe rules to run on this post with this configuration. */
export function axeRulesFor(config: ResolvedConfig, registered: ReadonlySet<string>): string[] {
  return AXE_RULE_IDS.filter((id) => {
    if (config.axeRules.get(`axe/${id}`) === 'off') return false;
    const twin = AXE_NATIVE_TWINS[id];
    if (!twin) return true;
    if (twin.native.some((n) => config.off.has(n))) return false;
    return !(twin.unit === 'owned' && twin.native.some((n) => registered.has(n)));
  });
}

/** One element axe named in a violation, already traced back to the post. */
interface Flagged {
  rule: AxeRuleResult;
  html: string;
  impact?: string | null;
  /** Where the element (or its nearest ancestor from the post) was written; none: our page wrapper. */
  range?: SourceRange;
}

/** What axe said about the post, with every element already traced back to the source. */
interface Verdicts {
  flagged: Flagged[];
  /** Per axe rule, where it said "needs review": undecided, so a native twin finding stays. */
  undecided: Map<string, Set<string>>;
  /** Rules that threw, with the first line of the error. */
  errors: Array<{ id: string; reason: string }>;
  /** Start of every element axe saw that came from the post: a native finding elsewhere was not judged. */
  /** Tag names of the elements axe saw, by where each starts in the post. */
  seen: Map<string, Set<string>>;
}

/**
 * The rendered-DOM stage: runs axe-core on the post and returns the post's drafts — the native ones
 * axe did not overrule, and axe's own where no native twin reported the element. A twin only counts
 * when its native rule is in the run's registry.
 */
export async function axeStage(post: Post, context: RunContext, native: readonly Draft[]): Promise<Draft[]> {
  const { config } = context;
  const rules = axeRulesFor(config, new Set(context.registry.rules.map((r) => r.id)));
  if (rules.length === 0) return [...native];
  const locale = messageLocale(context, post.lang);
  const elements = post.index.elements.length;
  if (elements > config.limits.maxAxeElements) {
    // axe's cost grows faster than the post: 40,000 links took minutes. The native rules ran.
    const breach = {
      limit: 'maxAxeElements',
      actual: elements,
      max: config.limits.maxAxeElements,
      skipped: 'axe',
    } as const;
    return [...native, limitDraft(breach, locale, 'maxAxeElements', String(rules.length))];
  }
  const settings = ruleSettings(post, config, context.now);
  const page = renderPage(post, {
    lang: post.meta.lang?.value ?? config.lang,
    title: post.meta.title?.value,
    titleAsH1: settings.titleAsH1,
  });
  let verdicts: Verdicts;
  try {
    verdicts = await withAxeWindow(async (w) => {
      w.load(page.html);
      w.useLocale(locale);
      const results = await w.axe.run(w.document, {
        runOnly: { type: 'rule', values: rules },
        resultTypes: ['violations', 'incomplete'],
        iframes: false,
        elementRef: true,
        selectors: false,
        ancestry: false,
        xpath: false,
        preload: false,
        performanceTimer: false,
      });
      // Inside the task: the next post replaces this document.
      return readVerdicts(results, w, page);
    });
  } catch (error) {
    return [...native, ruleError('axe', error, locale)];
  }
  return merge(post, config, native, verdicts, rules, page, locale);
}

function readVerdicts(results: AxeResults, w: AxeWindow, page: RenderedPage): Verdicts {
  const rangeOf = (el: globalThis.Node): SourceRange | undefined => {
    const at = w.locationOf(el);
    return at ? page.locate(at.startOffset, at.endOffset) : undefined;
  };
  const traced = (el: globalThis.Element | undefined): SourceRange | undefined => {
    for (let node: globalThis.Node | null | undefined = el; node; node = node.parentNode) {
      const range = rangeOf(node);
      if (range) return range;
    }
    return undefined;
  };
  const flagged: Flagged[] = [];
  for (const rule of results.violations) {
    for (const node of rule.nodes) {
      if (isMarkdownArtifact(rule.id, node.element)) continue;
      flagged.push({
        rule,
        html: node.html,
        impact: node.impact,
        range: traced(node.element),
      });
    }
  }
  const undecided = new Map<string, Set<string>>();
  const errors: Verdicts['errors'] = [];
  for (const rule of results.incomplete) {
    if (rule.error) {
      errors.push({ id: rule.id, reason: firstLine(rule.error.message ?? String(rule.error)) });
      continue;
    }
    const keys = new Set<string>();
    for (const node of rule.nodes) {
      const range = traced(node.element);
      if (range) keys.add(keyOf(range.start));
    }
    undecided.set(rule.id, keys);
  }
  const seen = new Map<string, Set<string>>();
  for (const el of w.document.getElementsByTagName('*')) {
    const range = rangeOf(el);
    if (range) addTo(seen, keyOf(range.start), el.localName);
  }
  return { flagged, undecided, errors, seen };
}

function merge(
  post: Post,
  config: ResolvedConfig,
  native: readonly Draft[],
  verdicts: Verdicts,
  rules: readonly string[],
  page: RenderedPage,
  locale: string,
): Draft[] {
  const ran = new Set(rules);
  const failed = new Set(verdicts.errors.map((e) => e.id));
  const judged = (id: string) => ran.has(id) && !failed.has(id);
  // Which axe twin judges each native finding, and where.
  const claims = new Map<Draft, { key: string; twins: string[] }>();
  for (const f of native) {
    for (const [id, twin] of Object.entries(AXE_NATIVE_TWINS)) {
      if (twin.unit === 'owned' || !twin.native.includes(f.ruleId)) continue;
      if (twin.covers && !twin.covers(f, post)) continue;
      if (twin.unit === 'page' && !page.fullDocument) continue; // Around a fragment the page is ours.
      const key = twin.unit === 'page' ? PAGE : keyOf(draftStart(f));
      const claim = claims.get(f) ?? { key, twins: [] };
      claim.twins.push(id);
      claims.set(f, claim);
    }
  }

  // axe's findings, one per rule and place; those a native twin also reported are the native's.
  const nativeAt = new Map<string, Set<string>>();
  for (const claim of claims.values()) for (const id of claim.twins) addTo(nativeAt, id, claim.key);
  const places = new Set<string>();
  const flaggedAt = new Map<string, Set<string>>();
  const out: Draft[] = [];
  for (const flag of verdicts.flagged) {
    const id = flag.rule.id;
    const twin = AXE_NATIVE_TWINS[id];
    const aboutPage = twin?.unit === 'page';
    if (aboutPage && !page.fullDocument) continue; // It judged our page around a fragment.
    const range = flag.range ?? (page.fullDocument ? pageRange(post) : undefined);
    if (!range) continue; // Markup of our page around a fragment, not the author's.
    const key = aboutPage ? PAGE : keyOf(range.start);
    addTo(flaggedAt, id, key);
    if (twin?.better !== 'axe' && nativeAt.get(id)?.has(key)) continue;
    const ruleId = `axe/${id}`;
    // One finding per rule and place: the parser may build two elements from one tag (a formatting
    // element it reopens after a block), and both come from the same source.
    const place = `${ruleId}\u0000${keyOf(range.start)}`;
    if (places.has(place)) continue;
    places.add(place);
    const severity = severityOf(config.axeRules.get(ruleId), flag.impact ?? flag.rule.impact);
    if (!severity) continue;
    out.push(axeDraft(flag, ruleId, severity, range, twin, locale));
  }

  // Native findings: kept unless every axe twin judged the element and found nothing.
  const nativeTags = new Map<string, Set<string>>();
  for (const el of post.index.elements)
    if (el.position) addTo(nativeTags, keyOf(el.position.start), el.tagName);
  const kept = native.filter((f) => {
    const claim = claims.get(f);
    if (!claim) return true;
    if (claim.key !== PAGE && !sawSameElement(verdicts.seen, nativeTags, claim.key)) return true; // axe never saw it.
    for (const id of claim.twins) {
      if (!judged(id)) return true;
      if (flaggedAt.get(id)?.has(claim.key)) return AXE_NATIVE_TWINS[id]?.better !== 'axe';
      if (verdicts.undecided.get(id)?.has(claim.key)) return true;
    }
    const twins = claim.twins.map((id) => AXE_NATIVE_TWINS[id] as AxeTwin);
    return twins.some((t) => t.nativeKnowsBetter?.(f, post));
  });
  const errors = verdicts.errors.map((e) => ruleError(`axe/${e.id}`, new Error(e.reason), locale));
  return [...kept, ...out, ...errors];
}

const PAGE = 'page';

function addTo(map: Map<string, Set<string>>, id: string, key: string): void {
  const keys = map.get(id) ?? new Set<string>();
  keys.add(key);
  map.set(id, keys);
}

/**
 * Whether axe saw the element a native finding is about: an element that starts where it does, and
 * of the same tag when the post has an element there (a site's image tag is an <img> for the
 * native rules, but the DOM axe checks has the paragraph of template text that starts there).
 */
function sawSameElement(
  seen: Map<string, Set<string>>,
  native: Map<string, Set<string>>,
  key: string,
): boolean {
  const tags = seen.get(key);
  if (!tags) return false;
  const ours = native.get(key);
  return !ours || [...ours].some((tag) => tags.has(tag));
}

function keyOf(p: { line: number; column: number }): string {
  return `${p.line}:${p.column}`;
}

/** The page itself: its `<html>` element, else the declared language, else the first line. */
function pageRange(post: Post): SourceRange {
  const html = post.hast.children.find((c) => c.type === 'element' && c.tagName === 'html');
  const p = html?.position ?? post.meta.lang?.position;
  const start = p?.start ?? { line: 1, column: 1, offset: 0 };
  return { start, end: start };
}

function axeDraft(
  flag: Flagged,
  ruleId: string,
  severity: Severity,
  range: SourceRange,
  twin: AxeTwin | undefined,
  locale: string,
): Draft {
  const summary = AXE_RULES[flag.rule.id];
  const help = trimEndChars(flag.rule.help, ' .。');
  const excerpt = truncate(flag.html);
  const text = summary ? localize(summary, locale) : help;
  const draft: Draft = {
    ruleId,
    messageId: flag.rule.id,
    severity,
    message: `${text}. axe-core: ${help}.`,
    wcag: wcagFromTags(flag.rule.tags),
    range,
    excerpt,
    key: excerpt,
    helpUrl: flag.rule.helpUrl,
  };
  // A directive that silences the native twin silences its axe twin too.
  if (twin) draft.silencedWith = twin.native;
  return draft;
}

function ruleError(rule: string, error: unknown, locale: string): Draft {
  const reason = firstLine(error instanceof Error ? error.message : String(error));
  return engineDraft('rule-error', 'crashed', { rule, reason }, locale);
}

/** First line only, and short: an error inside axe carries its whole minified source. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.slice(0, 200);
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
