// The date catalogue: the ways people really write dates in each supported language, each form
// with a post the date rules must flag and one they must leave alone, and the source of the form.
// The data lives in `<lang>.yaml` beside this file; this module turns each case into a post, runs
// every date rule on it, and scores recall and false alarms per rule and language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allRules } from '../../../rules/index.js';
import { checkSync } from '../../../src/check-sync.js';
import type { UserConfig } from '../../../src/config/types.js';
import { applyFixes } from '../../../src/engine/fix.js';
import type { Finding, PostFormat } from '../../../src/types.js';

export const LANGS = ['en', 'pl', 'de', 'fr', 'es'] as const;

/** Short names used in the data files, and the rule each one probes. */
export const PROBES = {
  weekday: 'date-weekday-mismatch',
  invalid: 'date-invalid',
  ambiguous: 'date-ambiguous',
  title: 'date-numeric-in-title',
  range: 'date-range-format',
  monthform: 'date-month-form',
  missing: 'date-missing',
  inconsistent: 'date-inconsistent',
  modified: 'date-modified-before-published',
  machine: 'date-not-machine-readable',
  /** "Looks like a date but is not": only a `good` text, on which no date rule may speak. */
  none: '',
} as const;

export type Probe = keyof typeof PROBES;

/** Where the text goes in the post. */
export type Place = 'text' | 'heading' | 'title' | 'alt' | 'html' | 'plain';

export interface CatalogueCase {
  lang: string;
  /** The form, in CLDR pattern letters where it has them ("d MMMM y", "EEE, MMM d, y"). */
  form: string;
  /** Key into the file's `sources`. */
  src: string;
  rule: Probe;
  /** Text a rule must flag (absent for `none`). */
  bad?: string;
  /** The same form written right, or a text that only looks like a date. */
  good?: string;
  /** The post's full language tag when it matters (`de-AT`, `es-PE`). */
  tag?: string;
  place?: Place;
  /** The post has no publication date in its metadata (label cases). */
  nodate?: boolean;
  /** The `bad` text after applying every fix. */
  fixed?: string;
  /** Other date rules that rightly speak on the `bad` text too. */
  also?: Probe[];
}

export interface CatalogueFile {
  sources: Record<string, string>;
  forms: Array<Omit<CatalogueCase, 'lang'>>;
}

const here = import.meta.dirname;

export function loadCatalogue(lang: string): { sources: Record<string, string>; cases: CatalogueCase[] } {
  const file = parse(readFileSync(join(here, `${lang}.yaml`), 'utf8')) as CatalogueFile;
  return { sources: file.sources, cases: file.forms.map((c) => ({ ...c, lang })) };
}

const TITLES: Record<string, string> = {
  en: 'Notice',
  pl: 'Komunikat',
  de: 'Mitteilung',
  fr: 'Annonce',
  es: 'Aviso',
};
const FILLER: Record<string, string> = {
  en: 'Text.',
  pl: 'Treść.',
  de: 'Text.',
  fr: 'Texte.',
  es: 'Texto.',
};

/** The post a case's text is put in. */
export function postFor(c: CatalogueCase, text: string): { content: string; format: PostFormat } {
  const tag = c.tag ?? c.lang;
  const place = c.place ?? 'text';
  if (place === 'html') return { content: text, format: 'html' };
  if (place === 'plain') return { content: text, format: 'text' };
  const title = place === 'title' ? JSON.stringify(text) : TITLES[c.lang];
  const header = [`title: ${title}`, c.nodate ? undefined : 'date: 2024-03-14', `lang: ${tag}`]
    .filter(Boolean)
    .join('\n');
  const filler = FILLER[c.lang] ?? 'Text.';
  const body =
    place === 'heading'
      ? `## ${text}\n\n${filler}\n`
      : place === 'alt'
        ? `![${text}](photo.jpg)\n`
        : place === 'title'
          ? `${filler}\n`
          : `${text}\n`;
  return { content: `---\n${header}\n---\n\n${body}`, format: 'markdown' };
}

const dateRuleIds = allRules.filter((r) => r.id.startsWith('date-')).map((r) => r.id);

function dateRulesOnly(): UserConfig {
  const rules: NonNullable<UserConfig['rules']> = {};
  for (const rule of allRules)
    if (!('engine' in rule)) rules[rule.id] = rule.id.startsWith('date-') ? rule.severity : 'off';
  return { rules };
}
const config = dateRulesOnly();

export function runCase(c: CatalogueCase, text: string): { findings: Finding[]; content: string } {
  const post = postFor(c, text);
  const result = checkSync({
    content: post.content,
    format: post.format,
    lang: c.tag ?? c.lang,
    config,
    now: new Date('2026-11-27T12:00:00Z'),
  });
  return { findings: result.messages.filter((m) => dateRuleIds.includes(m.ruleId)), content: post.content };
}

export interface CaseOutcome {
  c: CatalogueCase;
  /** The probed rule spoke on the bad text (undefined for `none`). */
  hit?: boolean;
  /** Rules that spoke where they should not: on the good text, or besides the target on the bad one. */
  falseAlarms: Finding[];
  badFindings: Finding[];
  goodFindings: Finding[];
  /** The bad post after its fixes, and what it should be. */
  fixedOutput?: { got: string; want: string };
}

export function scoreCase(c: CatalogueCase): CaseOutcome {
  const target = PROBES[c.rule];
  const allowed = new Set<string>([target, ...(c.also ?? []).map((p) => PROBES[p])]);
  const outcome: CaseOutcome = { c, falseAlarms: [], badFindings: [], goodFindings: [] };
  if (c.bad !== undefined) {
    const { findings, content } = runCase(c, c.bad);
    outcome.badFindings = findings;
    outcome.hit = findings.some((f) => f.ruleId === target);
    outcome.falseAlarms.push(...findings.filter((f) => !allowed.has(f.ruleId)));
    if (c.fixed !== undefined) {
      outcome.fixedOutput = {
        got: applyFixes(content, findings).output,
        want: postFor(c, c.fixed).content,
      };
    }
  }
  if (c.good !== undefined) {
    const { findings } = runCase(c, c.good);
    outcome.goodFindings = findings;
    outcome.falseAlarms.push(...findings);
  }
  return outcome;
}

export interface ScoreCell {
  flagged: number;
  found: number;
  falseAlarms: number;
}

/** Recall and false alarms per rule (rows) and language (columns), and the totals. */
export function scoreTable(outcomes: CaseOutcome[]): string {
  const cells = new Map<string, ScoreCell>();
  const cell = (rule: string, lang: string) => {
    const key = `${rule}|${lang}`;
    let c = cells.get(key);
    if (!c) {
      c = { flagged: 0, found: 0, falseAlarms: 0 };
      cells.set(key, c);
    }
    return c;
  };
  for (const o of outcomes) {
    if (o.c.rule !== 'none' && o.c.bad !== undefined) {
      const c = cell(PROBES[o.c.rule], o.c.lang);
      c.flagged++;
      if (o.hit) c.found++;
    }
    for (const f of o.falseAlarms) cell(f.ruleId, o.c.lang).falseAlarms++;
  }
  const rules = [...new Set([...cells.keys()].map((k) => k.split('|')[0]!))].sort();
  const pct = (c: ScoreCell | undefined) =>
    !c || c.flagged === 0 ? '—' : `${Math.round((100 * c.found) / c.flagged)} % (${c.found}/${c.flagged})`;
  const lines = [
    `| rule | ${LANGS.map((l) => `${l} recall | ${l} FA`).join(' | ')} | all recall | all FA |`,
    `|---|${LANGS.map(() => '---|---').join('|')}|---|---|`,
  ];
  const sum = (cs: Array<ScoreCell | undefined>): ScoreCell =>
    cs.reduce<ScoreCell>(
      (a, c) => ({
        flagged: a.flagged + (c?.flagged ?? 0),
        found: a.found + (c?.found ?? 0),
        falseAlarms: a.falseAlarms + (c?.falseAlarms ?? 0),
      }),
      { flagged: 0, found: 0, falseAlarms: 0 },
    );
  for (const rule of [...rules, 'all']) {
    const row = LANGS.map((l) =>
      rule === 'all' ? sum(rules.map((r) => cells.get(`${r}|${l}`))) : cells.get(`${rule}|${l}`),
    );
    const total = sum(row);
    lines.push(
      `| ${rule} | ${row.map((c) => `${pct(c)} | ${c?.falseAlarms ?? 0}`).join(' | ')} | ${pct(total)} | ${total.falseAlarms} |`,
    );
  }
  return lines.join('\n');
}
