// The corrected text of a found date, in words, in the post's language.
import type { DateMention } from './find.js';
import { formatDate, formatRange } from './format.js';

/** "28.04- 29.04.2021 r." → "28–29 kwietnia 2021 r."; "04/05/2021" → "April 5, 2021". */
export function inWords(mention: DateMention, lang: string): string | undefined {
  if (mention.date.day === undefined) return undefined;
  if (mention.to) return formatRange(mention.date, mention.to, lang, mention.yearSuffix, mention.monthFirst);
  return formatDate(mention.date, lang, mention.yearSuffix);
}
