// Language of a post's text, from trigram statistics (franc-min, 82 languages). Only trusted
// with enough text: short posts are left undetected rather than guessed.
import { franc, francAll } from 'franc-min';
import { iso6393To1 } from './language-codes.js';

export const MIN_DETECTION_LENGTH = 200;

export function detectLanguage(text: string, minLength = MIN_DETECTION_LENGTH): string | undefined {
  const sample = text.replace(/\s+/g, ' ').trim();
  if (sample.length < minLength) return undefined;
  // 2,000 characters are plenty for trigram statistics and bound the cost on long posts.
  const code = franc(sample.slice(0, 2000), { minLength });
  if (code === 'und') return undefined;
  return iso6393To1[code] ?? code;
}

export interface LanguageGuess {
  /** ISO 639-1 code where one exists (`pl`), else ISO 639-3. */
  lang: string;
  /** Highest franc score of the declared language over the samples (1 = as likely as the best). */
  declaredScore: number;
}

/** franc's scores depend on the sample's length, so every sample has the same length. */
export const COMPARE_WINDOW = 1000;

/** The language `text` is written in and the best score `declared` reached, judged on up to five
 * samples of COMPARE_WINDOW characters. Undefined when the text is shorter than one sample, when the
 * samples disagree (a post in two languages), or when franc-min does not know `declared`. */
export function compareLanguage(text: string, declared: string, maxSamples = 5): LanguageGuess | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length < COMPARE_WINDOW) return undefined;
  const toCode = (code: string) => iso6393To1[code] ?? code;
  let lang: string | undefined;
  let declaredScore = 0;
  for (
    let i = 0;
    i + COMPARE_WINDOW <= clean.length && i < maxSamples * COMPARE_WINDOW;
    i += COMPARE_WINDOW
  ) {
    const scores = francAll(clean.slice(i, i + COMPARE_WINDOW), { minLength: 10 });
    const best = scores[0];
    if (!best || best[0] === 'und') return undefined;
    const bestLang = toCode(best[0]);
    if (lang !== undefined && bestLang !== lang) return undefined;
    lang = bestLang;
    const entry = scores.find(([code]) => toCode(code) === declared || code === declared);
    if (!entry) return undefined;
    declaredScore = Math.max(declaredScore, entry[1]);
  }
  return lang === undefined ? undefined : { lang, declaredScore };
}
