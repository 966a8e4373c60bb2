// What an alt text says besides the image: an opening a screen reader already announces, or a
// photo credit. Shared by the image rules (and the cover-image checks) so each reads the same way.

import { trimEndChars } from '../normalize.js';
import { capitalise, type LanguageWords, type PhraseMatch, type PrefixEffect, tokenize } from './index.js';

export interface RedundantPrefix {
  /** The prefix as written ("Widok", "Image of"). */
  prefix: string;
  /** The words after it, as written ("sali obrad"). */
  rest: string;
  /** The case the prefix leaves the rest in, when dropping it alone would break the grammar. */
  leaves?: PrefixEffect;
  /** The alt without the prefix, grammatical and first letter re-capitalised; absent when the
   * language needs the rest reworded and its pack cannot do so reliably. */
  suggestion?: string;
}

const LEADING_QUOTE = /^[\s]*["'„“”«‚‘’»]/u;
/** Between prefix and rest: spaces and punctuation; a colon or dash makes the rest a phrase of
 * its own ("Widok: sala obrad"), whatever case the prefix governs. */
const SEPARATOR = /^[\s.:：,;'’\-–—]+/u;

export function redundantPrefix(alt: string, words: LanguageWords): RedundantPrefix | undefined {
  const found = prefixMatch(alt, words);
  if (!found) return undefined;
  const { m, separator, rest } = found;
  const standsAlone = /[:：\-–—]/u.test(separator);
  const leaves = standsAlone ? undefined : words.prefixEffect(m.entry);
  if (!leaves) {
    const replaced = m.entry.replaceWith && !standsAlone ? `${m.entry.replaceWith} ${rest}` : rest;
    return { prefix: found.prefix, rest, suggestion: capitalise(replaced, words.lang) };
  }
  const nominative = leaves === 'unknown' ? undefined : words.nominative?.(rest, leaves);
  return { prefix: found.prefix, rest, leaves, suggestion: nominative };
}

/** The text without a prefix a screen reader already says ("Photo of the mayor" → "the mayor"),
 * or the text as it is: what a reader hears beside the image, to compare with a caption. */
export function withoutRedundantPrefix(text: string, words: LanguageWords): string {
  return prefixMatch(text, words)?.rest ?? text;
}

function prefixMatch(alt: string, words: LanguageWords) {
  const text = alt.trim();
  // An alt that opens with a quoted title ("„Widok” – obraz Chełmońskiego") names a work.
  if (LEADING_QUOTE.test(text)) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens[0]!.start !== 0) return undefined;
  const credit = findCredit(text, words);
  if (credit && credit.start === 0) return undefined;
  const m = words.matchAt(text, tokens, 0, 'redundantPrefixes');
  if (!m) return undefined;
  const separator = SEPARATOR.exec(text.slice(m.end))?.[0] ?? '';
  const rest = text.slice(m.end + separator.length);
  if (!/\p{L}/u.test(rest)) return undefined;
  return { prefix: text.slice(0, m.end), m, separator, rest };
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

export function findCredit(alt: string, words: LanguageWords): Credit | undefined {
  const text = alt.trim();
  const marker: PhraseMatch | undefined = words.findPhrase(text, 'creditMarkers');
  const symbol = SYMBOL.exec(text);
  let start: number;
  if (marker && (!symbol || marker.start < symbol.index)) {
    if (!tokenize(text.slice(marker.end)).length) return undefined;
    start = marker.start;
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
