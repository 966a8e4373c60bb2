// What an alt text says besides the image: an opening a screen reader already announces, or a
// photo credit. Shared by the image rules (and the cover-image checks) so each reads the same way.

import { trimEndChars } from '../normalize.js';
import { capitalise, findPhrase, matchAt, type PhraseMatch, tokenize } from './index.js';

export interface RedundantPrefix {
  /** The prefix as written ("Widok", "Image of"). */
  prefix: string;
  /** The alt without it, first letter re-capitalised. */
  suggestion: string;
}

const LEADING_QUOTE = /^[\s]*["'„“”«‚‘’»]/u;

export function redundantPrefix(alt: string, lang: string): RedundantPrefix | undefined {
  const text = alt.trim();
  // An alt that opens with a quoted title ("„Widok” – obraz Chełmońskiego") names a work.
  if (LEADING_QUOTE.test(text)) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens[0]!.start !== 0) return undefined;
  const credit = findCredit(text, lang);
  if (credit && credit.start === 0) return undefined;
  const m = matchAt(text, tokens, 0, 'redundantPrefixes', lang);
  if (!m) return undefined;
  const rest = text.slice(m.end).replace(/^[\s.:：,;'’\-–—]+/u, '');
  if (!/\p{L}/u.test(rest)) return undefined;
  return { prefix: text.slice(0, m.end), suggestion: capitalise(rest, lang) };
}

export interface Credit {
  /** The credit as written ("fot. Jan Kowalski", "© UM Kielce"). */
  credit: string;
  start: number;
  end: number;
  /** The alt without the credit; empty when the alt is only a credit. */
  rest: string;
}

const SYMBOL = /©|\(c\)(?=\s*\p{Lu})|\bcopyright\b/iu;

export function findCredit(alt: string, lang: string): Credit | undefined {
  const text = alt.trim();
  const words: PhraseMatch | undefined = findPhrase(text, 'creditMarkers', lang);
  const symbol = SYMBOL.exec(text);
  let start: number;
  if (words && (!symbol || words.start < symbol.index)) {
    if (!tokenize(text.slice(words.end)).length) return undefined;
    start = words.start;
  } else if (symbol) start = symbol.index;
  else return undefined;
  let end = text.length;
  // "(fot. Jan Kowalski)" or "[© PAP]": the credit is the bracketed part.
  const open = /[([]\s*$/.exec(text.slice(0, start));
  if (open) {
    start = open.index;
    const close = text.indexOf(text[start] === '(' ? ')' : ']', start);
    if (close !== -1) end = close + 1;
  } else {
    // A separator before the credit belongs to it: "Rynek w Kielcach | fot. UM".
    if (start > 0) start = trimEndChars(text.slice(0, start), SEPARATORS_AND_SPACE).length;
  }
  const credit = text
    .slice(start, end)
    .replace(/^[\s.,;:|/–—-]+/u, '')
    .trim();
  let rest = (text.slice(0, start) + text.slice(end)).replace(/\s+/g, ' ').trim();
  rest = trimEndChars(rest, ` \t\n,;:|/–—-`).trim();
  if (!/\p{L}/u.test(rest)) rest = '';
  return { credit, start, end, rest };
}

/** What separates a credit from the description before it: "Rynek w Kielcach | fot. UM". */
const SEPARATORS_AND_SPACE = ' \t\n\u00a0.,;:|/–—-';
