// Language of a post's text, from trigram statistics (franc-min, 82 languages). Only trusted
// with enough text: short posts are left undetected rather than guessed.
import { franc, francAll } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

export const MIN_DETECTION_LENGTH = 200;

export function detectLanguage(text: string, minLength = MIN_DETECTION_LENGTH): string | undefined {
  const sample = text.replace(/\s+/g, ' ').trim();
  if (sample.length < minLength) return undefined;
  const code = franc(sample.slice(0, 5000), { minLength });
  if (code === 'und') return undefined;
  return iso6393To1[code] ?? code;
}

export interface LanguageGuess {
  /** ISO 639-1 code where one exists (`pl`), else ISO 639-3. */
  lang: string;
  /** franc's score of the declared language relative to the best (1 = as likely as the best). */
  declaredScore: number;
  /** Place of the declared language among franc's guesses (0 = the best guess). */
  declaredRank: number;
}

/** The detected language of `text` and how close `declared` came, or undefined when there is too
 * little text or the declared language is one franc-min does not know (then it cannot disagree). */
export function compareLanguage(
  text: string,
  declared: string,
  minLength = MIN_DETECTION_LENGTH,
): LanguageGuess | undefined {
  const sample = text.replace(/\s+/g, ' ').trim();
  if (sample.length < minLength) return undefined;
  const scores = francAll(sample.slice(0, 5000), { minLength });
  const best = scores[0];
  if (!best || best[0] === 'und') return undefined;
  const toCode = (code: string) => iso6393To1[code] ?? code;
  const rank = scores.findIndex(([code]) => toCode(code) === declared || code === declared);
  if (rank < 0) return undefined;
  return { lang: toCode(best[0]), declaredScore: scores[rank]![1], declaredRank: rank };
}
