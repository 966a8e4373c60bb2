// Text normalisation for matching word lists: Unicode NFC, case-folded, whitespace collapsed,
// and optionally without diacritics ("Więcej" and "wiecej" both match "więcej": editors type
// Polish without ogonki on phones, and checkers that only know "wiecej" miss the real word).

/** Case-folded, NFC, whitespace collapsed; keeps diacritics. */
export function foldCase(text: string, lang?: string): string {
  return text.normalize('NFC').toLocaleLowerCase(lang).replace(/\s+/g, ' ').trim();
}

/** Letters without their diacritics: "ł" → "l", "ß" → "ss", "œ" → "oe" as well as combining marks. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/ß/g, 'ss')
    .replace(/[œŒ]/g, (c) => (c === 'œ' ? 'oe' : 'OE'))
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .normalize('NFC');
}

/** The form word lists are compared in: folded, one script per word, without diacritics. */
export function matchKey(text: string, lang?: string): string {
  return stripDiacritics(foldScripts(foldCase(text, lang)));
}

// Latin letters that look like Cyrillic ones, as keyboards and OCR mix them into Cyrillic words
// ("фотo" with a Latin o, "зображення" typed with a Latin i for "і").
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};

/** The Cyrillic letter a Latin one stands for in a word written mostly in Cyrillic (see foldScripts). */
export function cyrillicLookalike(latin: string): string | undefined {
  return LATIN_TO_CYRILLIC[latin];
}

/** A word written mostly in Cyrillic gets its look-alike Latin letters in Cyrillic, so a word
 * typed with one stray Latin letter still matches. Words of one script are left alone. */
export function foldScripts(text: string): string {
  if (!/\p{Script=Cyrillic}/u.test(text) || !/[a-z]/.test(text)) return text;
  return text.replace(/[\p{L}]+/gu, (word) => {
    const cyrillic = word.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
    if (cyrillic === 0 || cyrillic * 2 < word.length) return word;
    return word.replace(/[a-z]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c);
  });
}

/** Trims punctuation and symbols around a text ("„Więcej…”" → "Więcej"). */
export function trimPunctuation(text: string): string {
  // A scan from both ends, not /^[…]+|[…]+$/: that regex backtracks quadratically on a long run
  // of punctuation in the middle of an alt text.
  const chars = Array.from(text);
  let start = 0;
  let end = chars.length;
  while (start < end && EDGE_CHAR.test(chars[start]!)) start++;
  while (end > start && EDGE_CHAR.test(chars[end - 1]!)) end--;
  return start === 0 && end === chars.length ? text : chars.slice(start, end).join('');
}

const EDGE_CHAR = /^[\p{P}\p{S}\s]$/u;

/** Removes characters in `chars` from the end, with a loop: a regex like /[…]*$/ backtracks
 * polynomially on long runs of those characters. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Removes characters in `chars` from the start. */
export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return text.slice(start);
}
