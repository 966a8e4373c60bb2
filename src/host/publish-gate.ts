// Turning a check result into what CMS hosts act on: a thrown error with a readable summary
// (WordPress `editor.preSavePost`, Decap `preSave`, Strapi lifecycle hooks), Sanity-style
// `{ message, paths }` validation markers, and dismissals kept by fingerprint. Browser-safe.
import type { CheckResult } from '../check-sync.js';
import { countSeverity } from '../i18n/strings.js';
import type { Counts, Finding, Severity } from '../types.js';

type Locale = 'pl' | 'en';

const TEXT: Record<Locale, { blocked: string; ok: string; and: string; line: string; more: string }> = {
  en: {
    blocked: 'Publishing blocked by accessibility problems:',
    ok: 'No accessibility problems block publishing:',
    and: 'and',
    line: 'line',
    more: 'more',
  },
  pl: {
    blocked: 'Publikacja wstrzymana z powodu problemów z dostępnością:',
    ok: 'Żaden problem z dostępnością nie blokuje publikacji:',
    and: 'i',
    line: 'wiersz',
    more: 'więcej',
  },
};

/** How `formatSummary` and `assertPublishable` word and limit their summary. */
export interface SummaryOptions {
  /** Language of the summary's own words (the findings already speak the post's language). */
  locale?: string;
  /** Lowest severity that blocks publishing (default `error`). */
  blockOn?: Severity;
  /** How many findings to list (default 10). */
  max?: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function pickLocale(result: CheckResult, locale: string | undefined): Locale {
  const tag = (locale ?? result.post?.lang ?? 'en').toLowerCase().split(/[-_]/)[0];
  return tag === 'pl' ? 'pl' : 'en';
}

/** "3 błędy", "1 warning": the one catalogue's words, as in the CLI and the HTML report. */
function counted(n: number, kind: Severity, locale: Locale): string {
  return countSeverity(n, kind, locale);
}

/** Findings at or above the blocking severity. */
export function blockingFindings(result: CheckResult, blockOn: Severity = 'error'): Finding[] {
  return result.messages.filter((m) => RANK[m.severity] <= RANK[blockOn]);
}

/** Where a finding is, for a person: a record field by name, or a line of the body. */
export function findingLocation(finding: Finding, locale: string = 'en'): string {
  const atStart =
    finding.line === 1 && finding.column === 1 && finding.endLine === 1 && finding.endColumn === 1;
  if (atStart && finding.jsonPath) return finding.jsonPath.replace(/^\$\.?/, '');
  return `${TEXT[locale === 'pl' ? 'pl' : 'en'].line} ${finding.line}`;
}

/** A readable, multi-line summary: counts first, then the findings that matter most. */
export function formatSummary(result: CheckResult, options: SummaryOptions = {}): string {
  const locale = pickLocale(result, options.locale);
  const t = TEXT[locale];
  const blocking = blockingFindings(result, options.blockOn).length > 0;
  const { counts } = result;
  const parts = [counted(counts.errors, 'error', locale), counted(counts.warnings, 'warning', locale)];
  if (counts.infos) parts.push(counted(counts.infos, 'info', locale));
  const head = `${blocking ? t.blocked : t.ok} ${parts.slice(0, -1).join(', ')} ${t.and} ${parts.at(-1)}.`;
  const max = options.max ?? 10;
  const shown = [...result.messages].sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, max);
  const lines = shown.map((m) => {
    // A finding about the whole record (a field it lacks, such as Decap's unset date) has no place.
    const where = findingLocation(m, locale);
    return `• ${where ? `${where}: ` : ''}${m.message} [${m.ruleId}]`;
  });
  if (result.messages.length > max) lines.push(`… ${result.messages.length - max} ${t.more}`);
  return [head, ...lines].join('\n');
}

/** Thrown to stop a save: its message is the summary; hosts show it as the save error. */
export class PublishBlockedError extends Error {
  readonly findings: Finding[];
  readonly counts: Counts;

  constructor(
    readonly result: CheckResult,
    options: SummaryOptions = {},
  ) {
    super(formatSummary(result, options));
    this.name = 'PublishBlockedError';
    this.findings = blockingFindings(result, options.blockOn);
    this.counts = result.counts;
  }

  // Hosts show String(error) to the person (Decap: „Nie udało się zapisać pozycji: …”): the
  // summary alone reads as the reason, the class name would not.
  override toString(): string {
    return this.message;
  }
}

/** Throws PublishBlockedError when the result has findings at or above `blockOn` (default errors). */
export function assertPublishable(result: CheckResult, options: SummaryOptions = {}): void {
  if (blockingFindings(result, options.blockOn).length > 0) throw new PublishBlockedError(result, options);
}

/** One step of a Sanity-style path: a field name, an array index or a `{ _key }`. */
export type PathSegment = string | number | { _key: string };

/** `$.body[?(@._key=="a1b2")].alt` → `['body', { _key: 'a1b2' }, 'alt']` (Sanity's path form). */
export function jsonPathToSegments(jsonPath: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[\?\(@\._key=="([^"]*)"\)\]|\["([^"]*)"\]/g;
  for (const m of jsonPath.replace(/^\$/, '').matchAll(pattern)) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else if (m[3] !== undefined) segments.push({ _key: m[3] });
    else if (m[4] !== undefined) segments.push(m[4]);
  }
  return segments;
}

/** A finding as CMS validation APIs (Sanity) take it: level, message and the path of the field. */
export interface ValidationMarker {
  level: Severity;
  message: string;
  /** Paths into the document, Sanity-style: `[['body', { _key: 'a1b2' }]]`. */
  paths: PathSegment[][];
  ruleId: string;
  fingerprint: string;
}

/** Sanity-style validation markers: `{ message, paths }`, one per finding. */
export function toValidationMarkers(result: CheckResult): ValidationMarker[] {
  return result.messages.map((m) => ({
    level: m.severity,
    message: `${m.message} (${m.ruleId})`,
    paths: m.jsonPath ? [jsonPathToSegments(m.jsonPath)] : [],
    ruleId: m.ruleId,
    fingerprint: m.fingerprint,
  }));
}

/** The result without findings a person dismissed (by fingerprint, which survives edits). */
export function withoutDismissed(result: CheckResult, dismissed: Iterable<string>): CheckResult {
  const skip = new Set(dismissed);
  const messages = result.messages.filter((m) => !skip.has(m.fingerprint));
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const m of messages) {
    if (m.severity === 'error') counts.errors++;
    else if (m.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return {
    ...result,
    ok: counts.errors === 0,
    messages,
    counts,
    summary: { ...result.summary, ...counts },
  };
}
