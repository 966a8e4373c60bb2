// lang-missing once per site in a run: a Markdown or fragment post that declares no language, on a
// site that declares none either, is the site's omission, not each post's. A run turns those
// per-post findings into one per site — on the site's config file, where the fix goes, naming the
// count and the setting — and leaves a full HTML page's own finding alone.
import { SITE_SUMMARY_MESSAGES } from '../../rules/lang-missing.js';
import type { ResolvedConfig } from '../config/types.js';
import { finalize } from '../engine/finalize.js';
import { hash64 } from '../engine/fingerprint.js';
import { fillTemplate, localize, MESSAGE_LOCALES } from '../engine/messages.js';
import { helpUrl } from '../engine/run.js';
import type { FileResult, Finding } from '../types.js';
import { UNDECLARED_KEY } from './lang-summary-key.js';
import type { SiteProfile } from './types.js';

/** The fingerprint lang-missing gives an undeclared fragment post at `path` (rules/lang-missing.ts),
 * by finalize's recipe (src/engine/finalize.ts): rule, path, key, occurrence. */
export function undeclaredFingerprint(path: string): string {
  return hash64(`lang-missing\u0000${path}\u0000${UNDECLARED_KEY}\u00000`);
}

export interface SiteGroup {
  /** Identity of the site (its directory). */
  key: string;
  profile: SiteProfile;
  /** The site's config file as shown in results (`hugo.toml`, `site/_config.yml`). */
  configFile?: string;
  /** The first line with a setting in that file: where a new top-level key goes. */
  configLine?: number;
}

/** The setting that declares a site's language, per generator ({lang} is filled in). */
const LANG_SETTING: Record<SiteProfile['generator'], string> = {
  hugo: 'languageCode = "{lang}"',
  jekyll: 'lang: {lang}',
  octopress: 'lang: {lang} (and lang="{{ site.lang }}" on <html> in source/_includes/head.html)',
  zola: 'default_language = "{lang}"',
  eleventy: '<html lang="{lang}"> to the base layout',
  astro: '<html lang="{lang}"> to the base layout',
  docusaurus: "i18n: { defaultLocale: '{lang}' }",
  hexo: 'language: {lang}',
  mkdocs: 'theme: { language: {lang} }',
  plain: '"lang": "{lang}"',
};

export function summarizeUndeclaredLanguage(
  files: FileResult[],
  groupOf: (path: string) => SiteGroup | undefined,
  context: { config: ResolvedConfig; locale?: string; configFile?: string },
): FileResult[] {
  const groups = new Map<
    string,
    { group: SiteGroup; found: Array<{ file: FileResult; finding: Finding }> }
  >();
  for (const file of files) {
    const fingerprint = undeclaredFingerprint(file.path);
    const finding = file.messages.find((m) => m.ruleId === 'lang-missing' && m.fingerprint === fingerprint);
    if (!finding) continue;
    const group = groupOf(file.path);
    if (!group) continue;
    const entry = groups.get(group.key) ?? { group, found: [] };
    entry.found.push({ file, finding });
    groups.set(group.key, entry);
  }
  const rule = context.config.registry.get('lang-missing');
  if (!rule) return files;
  const severity = context.config.rules.get('lang-missing')?.severity ?? rule.severity;
  const extra: FileResult[] = [];
  for (const { group, found } of groups.values()) {
    // One post alone keeps its own finding: it already says all there is.
    if (found.length < 2) continue;
    for (const { file, finding } of found) file.messages = file.messages.filter((m) => m !== finding);
    const detected = majority(found.map((f) => f.finding.suggestion));
    const lang = detected ?? 'en';
    const plain = group.profile.generator === 'plain';
    const target = plain ? context.configFile : group.configFile;
    let finding: Finding;
    let holderPath = target;
    // Messages speak the posts' language when content-a11y has it, as per-post messages do.
    const locale =
      context.locale ?? (detected && MESSAGE_LOCALES.includes(detected as never) ? detected : 'en');
    const message = (id: string, data: Record<string, string | number>) =>
      fillTemplate(localize(rule.messages[id]!, locale), data);
    if (target) {
      const line = group.configLine ?? 1;
      // The config file is not a post: no directives, no record paths, only the one recipe.
      [finding] = finalize(
        [
          {
            ruleId: 'lang-missing',
            messageId: SITE_SUMMARY_MESSAGES.site,
            severity,
            message: message(SITE_SUMMARY_MESSAGES.site, {
              count: found.length,
              generator: plain ? 'content-a11y' : group.profile.generator,
              file: target,
              detected: detected ?? '?',
              setting: fillTemplate(LANG_SETTING[group.profile.generator], { lang }),
            }),
            range: { start: { line, column: 1 }, end: { line, column: 1 } },
            wcag: rule.wcag,
            ...(detected ? { suggestion: detected } : {}),
            key: `undeclared-site\u0000${group.key}`,
          },
        ],
        { path: target, helpUrl: () => rule.docsUrl ?? helpUrl('lang-missing') },
      ) as [Finding];
    } else {
      // The finding goes on a post with front matter, where "lang" would be added (not a README).
      const first = found.find((f) => f.finding.suggestions?.length) ?? found[0]!;
      holderPath = first.file.path;
      finding = {
        ...first.finding,
        messageId: SITE_SUMMARY_MESSAGES.posts,
        message: message(SITE_SUMMARY_MESSAGES.posts, {
          others: found.length - 1,
          detected: detected ?? '?',
        }),
        severity,
        fingerprint: hash64(`lang-missing\u0000${first.file.path}\u0000undeclared-site\u0000${group.key}`),
      };
      if (detected) finding.suggestion = detected;
      delete finding.suggestions;
    }
    const holder = files.find((f) => f.path === holderPath);
    if (holder) holder.messages = [finding, ...holder.messages];
    else extra.push({ path: holderPath!, messages: [finding] });
  }
  return extra.length > 0 ? [...files, ...extra] : files;
}

/**
 * The findings of a post checked again (after `--fix`), with the run's per-site decision kept: its
 * own undeclared-language finding stays folded into the site's when the run folded it, and the
 * site's finding it held stays on it. A fix never declares a language, so the decision stands.
 */
export function withSiteSummary(before: Finding[], recheck: Finding[], path: string): Finding[] {
  const fingerprint = undeclaredFingerprint(path);
  const own = (m: Finding) => m.ruleId === 'lang-missing' && m.fingerprint === fingerprint;
  const summaries = new Set<string>(Object.values(SITE_SUMMARY_MESSAGES));
  const held = before.filter((m) => m.ruleId === 'lang-missing' && summaries.has(m.messageId));
  const folded = !before.some(own);
  return [...held, ...recheck.filter((m) => !(folded && own(m)))];
}

function majority(values: Array<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
