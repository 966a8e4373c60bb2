// Which language a post is checked in: what the post declares, else what its site declares (the
// site profile, a CMS's settings), else the config's `lang`, else what its text looks like — and
// when that is a guess from a short text, the post says so.
import { detectTextLanguage, type LanguageDetection } from './detect.js';
import { primaryLanguage } from './language-tags.js';

export type LanguageSource = 'declared' | 'site' | 'config' | 'detected' | 'default';

export interface LanguageDecision {
  /** Primary subtag (`de` for `de-AT`): what word lists and messages are chosen by. */
  lang: string;
  /** The full BCP 47 tag as declared (`de-AT`, canonical case), or the detected primary subtag. */
  tag: string;
  source: LanguageSource;
  /** What detection found, when the language came from the text (or nothing did). */
  detection?: LanguageDetection;
}

export interface LanguageClaims {
  /** The post's own declaration (front matter, `<html lang>`, CMS field, path convention). */
  declared?: string;
  /** The site's language for this post (site profile, CMS settings). */
  site?: string;
  /** The config's (or `--lang`) default. */
  config?: string;
}

/** English when nothing is declared and the text says nothing either. */
export const DEFAULT_LANGUAGE = 'en';

/** The first valid claim, in order; undefined when detection has to decide. */
export function declaredLanguage(claims: LanguageClaims): LanguageDecision | undefined {
  for (const source of ['declared', 'site', 'config'] as const) {
    const tag = claims[source]?.trim();
    const lang = primaryLanguage(tag);
    if (tag && lang) return { lang, tag: canonicalTag(tag), source };
  }
  return undefined;
}

/** Detection's decision on a post's readable text. */
export function detectedLanguage(text: string): LanguageDecision {
  const detection = detectTextLanguage(text);
  if (!detection) return { lang: DEFAULT_LANGUAGE, tag: DEFAULT_LANGUAGE, source: 'default' };
  return { lang: detection.lang, tag: detection.lang, source: 'detected', detection };
}

function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    // Grandfathered and private-use tags Intl rejects stay as written.
    return tag;
  }
}

/** The text detection reads: the title, the text blocks and the image descriptions together —
 * a short post's alts are often half its words. */
export function detectionSample(title: string | undefined, blocks: string[], alts: string[]): string {
  return [title ?? '', ...blocks, ...alts].join('\n');
}
