// Language of a post's text, from trigram statistics (franc-min, 82 languages). Only trusted
// with enough text: short posts are left undetected rather than guessed.
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

export const MIN_DETECTION_LENGTH = 200;

export function detectLanguage(text: string, minLength = MIN_DETECTION_LENGTH): string | undefined {
  const sample = text.replace(/\s+/g, ' ').trim();
  if (sample.length < minLength) return undefined;
  // 2,000 characters are plenty for trigram statistics and bound the cost on long posts.
  const code = franc(sample.slice(0, 2000), { minLength });
  if (code === 'und') return undefined;
  return iso6393To1[code] ?? code;
}
