// Image word lists per language and the small API rules match them with. Text is compared word by
// word on `matchKey` (case-folded, without diacritics), so "ZDJĘCIE", "zdjecie" and "Zdjęcie" are
// one word, and a phrase matches only whole words: "photographer" is not "photo".
import { matchKey } from '../normalize.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pl } from './pl.js';
import type { ImageWordList, WordEntry } from './types.js';

export type { ImageWordList, WordEntry } from './types.js';

const LISTS: Record<string, ImageWordList> = { en, pl, de, fr, es };
export const IMAGE_WORD_LANGUAGES = Object.keys(LISTS);

export type ImageWordKind = keyof ImageWordList;

export interface Token {
  /** The word as compared (matchKey). */
  key: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

/** Words and numbers; apostrophes split ("d'illustration" → "d", "illustration"). */
const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ key: matchKey(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

interface Phrase {
  keys: string[];
  entry: WordEntry;
  unlessNext?: Set<string>;
}

const compiled = new Map<string, Phrase[]>();

/** The phrases of one list for a post's language: English plus the post's language (each list is
 * small; an English alt in a Polish post is common). Longest phrases first. */
export function phrases(kind: ImageWordKind, lang: string): Phrase[] {
  const cacheKey = `${kind}:${lang}`;
  let list = compiled.get(cacheKey);
  if (list) return list;
  const langs = lang in LISTS && lang !== 'en' ? ['en', lang] : ['en'];
  list = [];
  for (const l of langs) {
    for (const entry of LISTS[l]![kind]) {
      for (const form of entry.text.split('|')) {
        const keys = tokenize(form).map((t) => t.key);
        if (keys.length === 0) continue;
        list.push({
          keys,
          entry,
          unlessNext: entry.unlessNext ? new Set(entry.unlessNext.map((w) => matchKey(w))) : undefined,
        });
      }
    }
  }
  list.sort((a, b) => b.keys.length - a.keys.length);
  compiled.set(cacheKey, list);
  return list;
}

export interface PhraseMatch {
  entry: WordEntry;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
  /** Offsets of the phrase in the text. */
  start: number;
  end: number;
}

/** Does a phrase of `kind` start at token `at`? Checks `colon`, `nameNext` and `unlessNext`. */
export function matchAt(
  text: string,
  tokens: Token[],
  at: number,
  kind: ImageWordKind,
  lang: string,
): PhraseMatch | undefined {
  for (const p of phrases(kind, lang)) {
    if (at + p.keys.length > tokens.length) continue;
    if (!p.keys.every((k, i) => tokens[at + i]!.key === k)) continue;
    const last = tokens[at + p.keys.length - 1]!;
    const next = tokens[at + p.keys.length];
    const between = text.slice(last.end, next?.start ?? text.length);
    if (p.entry.colon && !/^[.\s]*[:：]/.test(between)) continue;
    if (p.unlessNext && next && p.unlessNext.has(next.key)) continue;
    if (p.entry.nameNext && !looksLikeName(text, tokens, at + p.keys.length)) continue;
    return { entry: p.entry, from: at, to: at + p.keys.length, start: tokens[at]!.start, end: last.end };
  }
  return undefined;
}

/** A name or an agency follows: up to six words to the end of the text (or of a bracket), each
 * capitalised ("Jan Kowalski", "PAP", "NASA") or a joining word ("van", "de", "/"). German nouns
 * are capitalised too, so "Foto: Kinder im Park" fails on "im" and stays a description. */
function looksLikeName(text: string, tokens: Token[], from: number): boolean {
  const first = tokens[from];
  if (!first) return false;
  const close = text.slice(first.start).search(/[)\]]/);
  const end = close === -1 ? text.length : first.start + close;
  const words = tokens.slice(from).filter((t) => t.start < end);
  if (words.length === 0 || words.length > 6) return false;
  return words.every((t) => {
    const word = text.slice(t.start, t.end);
    return /^[\p{Lu}\p{N}]/u.test(word) || NAME_JOINERS.has(t.key);
  });
}

// biome-ignore format: a word list reads better on one line.
const NAME_JOINERS = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'la', 'le', 'du', 'i', 'y', 'and', 'und', 'et', 'for', 'of']);

/** First phrase of `kind` anywhere in the text. */
export function findPhrase(text: string, kind: ImageWordKind, lang: string): PhraseMatch | undefined {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(text, tokens, i, kind, lang);
    if (m) return m;
  }
  return undefined;
}

/** True when every word of the text is a placeholder or a filler and at least one is a placeholder
 * (numbers allowed: "image 1", "zdjęcie nr 3"). */
export function isOnlyPlaceholder(text: string, lang: string): boolean {
  const tokens = tokenize(text);
  let placeholder = false;
  for (let i = 0; i < tokens.length; ) {
    const m = matchAt(text, tokens, i, 'placeholders', lang);
    if (m) {
      placeholder = true;
      i = m.to;
      continue;
    }
    const filler = matchAt(text, tokens, i, 'placeholderFillers', lang);
    if (filler) {
      i = filler.to;
      continue;
    }
    if (/^\p{N}+$/u.test(tokens[i]!.key)) {
      i++;
      continue;
    }
    return false;
  }
  return placeholder;
}

/** Upper-cases the first letter, as a sentence starts ("planszy…" → "Planszy…"). */
export function capitalise(text: string, lang?: string): string {
  const first = text.match(/^\p{L}/u);
  if (!first) return text;
  return first[0].toLocaleUpperCase(lang) + text.slice(first[0].length);
}
