// Loads the W3C ACT test cases (../shared/act-cases) and judges each one two ways, wrapped the way
// ACT's own tooling does ("Evaluating a case the way ACT does" in their README): with the whole
// content-a11y engine, and with plain axe-core in a new jsdom per case — what a user gets from axe
// alone, the yardstick content-a11y must never fall below.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { JSDOM, VirtualConsole } from 'jsdom';
import { check } from '../../src/check.js';
import { ACT_TO_RULES } from './act-map.js';

export const ACT_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'act-cases');

export interface ActCase {
  ruleId: string;
  ruleName: string;
  outcome: 'passed' | 'failed' | 'inapplicable';
  file: string;
  example: string;
  language: string;
  fullDocument: boolean;
  needsReview: boolean;
  usesScript: boolean;
  usesCss: boolean;
}

/** The cases, or `undefined` when the folder is not there (a checkout without ../shared). */
export function loadActCases(): ActCase[] | undefined {
  const manifest = join(ACT_DIR, 'manifest.json');
  if (!existsSync(manifest)) return undefined;
  return JSON.parse(readFileSync(manifest, 'utf8')) as ActCase[];
}

export function wrapCase(c: ActCase, snippet: string): string {
  if (/<!doctype/i.test(snippet)) return snippet;
  if (/<html/i.test(snippet)) return `<!DOCTYPE html>\n${snippet}`;
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n\t<title>${c.example}</title>\n</head>\n<body>\n\t${snippet}\n</body>\n</html>`;
}

function caseHtml(c: ActCase): string {
  return wrapCase(c, readFileSync(join(ACT_DIR, c.file), 'utf8'));
}

/** Did content-a11y report the case as failing its ACT rule (a finding mapped to it, ./act-map.ts)? */
export async function engineFails(c: ActCase): Promise<{ fails: boolean; ruleIds: string[] }> {
  const { messages } = await check({
    content: caseHtml(c),
    path: `${c.file.replace(/\.\w+$/, '')}.html`,
    now: new Date('2026-01-01T00:00:00Z'),
  });
  const mapped = ACT_TO_RULES[c.ruleId] ?? [];
  const ruleIds = messages.map((m) => m.ruleId);
  return { fails: ruleIds.some((id) => mapped.includes(id)), ruleIds };
}

interface AxeRuleMeta {
  id: string;
  actIds?: string[];
}

/** ACT rule id → the axe rules whose own metadata (`actIds`) claims it: the rules with an automated check. */
export const AXE_RULES_BY_ACT: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  const rules = (axe as unknown as { _audit: { rules: AxeRuleMeta[] } })._audit.rules;
  for (const rule of rules) {
    for (const act of rule.actIds ?? []) out.set(act, [...(out.get(act) ?? []), rule.id]);
  }
  return out;
})();

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html',
  svg: 'image/svg+xml',
  xml: 'application/xml',
};

interface PlainAxe {
  run(
    context: unknown,
    options: unknown,
  ): Promise<Record<'violations' | 'passes' | 'incomplete' | 'inapplicable', { id: string }[]>>;
}

/**
 * The axe rules a default `axe.run` runs (its enabled rules, without the experimental ones): the
 * ids of every result of one run on an empty document, since each rule that runs reports once.
 */
let defaultRules: Promise<ReadonlySet<string>> | undefined;
function defaultAxeRules(): Promise<ReadonlySet<string>> {
  defaultRules ??= (async () => {
    const dom = new JSDOM(
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body></body></html>',
      {
        runScripts: 'outside-only',
        virtualConsole: new VirtualConsole(),
      },
    );
    try {
      dom.window.eval(axe.source);
      const r = await (dom.window as unknown as { axe: PlainAxe }).axe.run(dom.window.document, {});
      return new Set(
        [...r.violations, ...r.passes, ...r.incomplete, ...r.inapplicable].map((result) => result.id),
      );
    } finally {
      dom.window.close();
    }
  })();
  return defaultRules;
}

/**
 * Did plain axe-core, as a default run, in a fresh jsdom, report a violation of an axe rule claiming
 * the ACT rule? Only those rules run: axe rules judge a page independently of each other, and the
 * ~90 others took a third of plain axe's time to produce results nobody reads (the verdicts of all
 * 203 automated cases were compared, the same with and without them).
 */
export async function plainAxeFails(c: ActCase): Promise<boolean> {
  // axe-core cannot load into an SVG or XML document (it styles the HTML body): it finds nothing there.
  if (c.language !== 'html') return false;
  const byDefault = await defaultAxeRules();
  const claimed = (AXE_RULES_BY_ACT.get(c.ruleId) ?? []).filter((id) => byDefault.has(id));
  if (claimed.length === 0) return false;
  const dom = new JSDOM(caseHtml(c), {
    contentType: CONTENT_TYPES[c.language] ?? 'text/html',
    runScripts: 'outside-only',
    virtualConsole: new VirtualConsole(),
  });
  try {
    dom.window.eval(axe.source);
    const results = await (dom.window as unknown as { axe: PlainAxe }).axe.run(dom.window.document, {
      resultTypes: ['violations'],
      runOnly: { type: 'rule', values: claimed },
    });
    return results.violations.length > 0;
  } finally {
    dom.window.close();
  }
}
