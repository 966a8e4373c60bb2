// The word lists of one post's language, as the rules match them: the language's pack plus
// English (an English alt in a Polish post is common), with the user's config additions and
// removals. Text is compared word by word on `matchKey` (case-folded, without diacritics), so
// "ZDJĘCIE", "zdjecie" and "Zdjęcie" are one word, and a phrase matches only whole words:
// "photographer" is not "photo".
import { matchKey, trimPunctuation } from '../normalize.js';
import type {
  GrammaticalCase,
  LanguagePack,
  NominativeFn,
  WordEntry,
  WordListName,
  WordListSetting,
  WordOverrides,
} from '../pack.js';
import { languagePack } from '../registry.js';

export type { WordEntry, WordListName } from '../pack.js';

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

export interface PhraseMatch {
  entry: WordEntry;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
  /** Offsets of the phrase in the text. */
  start: number;
  end: number;
}

/** A config phrase in a language whose prefixes change the case of what follows: its effect is
 * unknown, so the rule asks for a rewording instead of proposing text. */
export const UNKNOWN_CASE = 'unknown';
export type PrefixEffect = GrammaticalCase | typeof UNKNOWN_CASE;

export class LanguageWords {
  /** The pack of the post's language, when content-a11y has one. */
  readonly pack: LanguagePack | undefined;
  private readonly compiled = new Map<WordListName, Phrase[]>();
  private vagueKeys: Map<string, WordEntry> | undefined;

  constructor(
    /** Primary subtag of the post's language. */
    readonly lang: string,
    private readonly overrides: WordOverrides = {},
  ) {
    this.pack = languagePack(lang);
  }

  /** Puts the words after a prefix back into the nominative, where the language's pack can. */
  get nominative(): NominativeFn | undefined {
    return this.pack?.nominative;
  }

  /** The entries of one list: the post's language, then English, after the config's changes. */
  entries(kind: WordListName): WordEntry[] {
    const langs = this.lang === 'en' ? ['en'] : [this.lang, 'en'];
    return langs.flatMap((lang) => withOverrides(lang, kind, this.overrides[lang]?.[kind]));
  }

  /** The phrases of one list, longest first. */
  phrases(kind: WordListName): Phrase[] {
    let list = this.compiled.get(kind);
    if (list) return list;
    list = [];
    for (const entry of this.entries(kind)) {
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
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.compiled.set(kind, list);
    return list;
  }

  /** Does a phrase of `kind` start at token `at`? Checks `colon`, `nameNext` and `unlessNext`. */
  matchAt(text: string, tokens: Token[], at: number, kind: WordListName): PhraseMatch | undefined {
    for (const p of this.phrases(kind)) {
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

  /** First phrase of `kind` anywhere in the text. */
  findPhrase(text: string, kind: WordListName): PhraseMatch | undefined {
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(text, tokens, i, kind);
      if (m) return m;
    }
    return undefined;
  }

  /** True when every word of the text is a placeholder or a filler and at least one is a
   * placeholder (numbers allowed: "image 1", "zdjęcie nr 3"). */
  isOnlyPlaceholder(text: string): boolean {
    const tokens = tokenize(text);
    let placeholder = false;
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(text, tokens, i, 'placeholders');
      if (m) {
        placeholder = true;
        i = m.to;
        continue;
      }
      const filler = this.matchAt(text, tokens, i, 'placeholderFillers');
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

  /** The list entry a whole link text matches ("Więcej »", "wiecej" and "WIĘCEJ" are one). */
  vagueLink(text: string): WordEntry | undefined {
    if (!this.vagueKeys) {
      this.vagueKeys = new Map();
      for (const entry of this.entries('vagueLinks')) {
        for (const form of entry.text.split('|')) {
          const key = linkKey(form);
          if (key && !this.vagueKeys.has(key)) this.vagueKeys.set(key, entry);
        }
      }
    }
    const key = linkKey(text);
    return key ? this.vagueKeys.get(key) : undefined;
  }

  /** What dropping a prefix of this entry leaves: a case, "unknown" (a config phrase in a
   * language with cases), or undefined when the rest reads on its own. */
  prefixEffect(entry: WordEntry): PrefixEffect | undefined {
    if (entry.leaves) return entry.leaves;
    if (entry.source.startsWith(CONFIG_SOURCE) && this.marksCase()) return UNKNOWN_CASE;
    return undefined;
  }

  private marksCase(): boolean {
    const pack = this.pack;
    return !!pack && (!!pack.nominative || pack.words.redundantPrefixes.some((e) => e.leaves));
  }
}

/** Apostrophes vary (’ ' ʼ) and link texts carry arrows and quotes: one form for matching. */
function linkKey(text: string): string {
  return matchKey(trimPunctuation(text).replace(/[’ʼ`]/g, "'"));
}

const CONFIG_SOURCE = 'config';

/** A pack's list with the config's changes: phrases added, removed or the list replaced. */
function withOverrides(lang: string, kind: WordListName, setting: WordListSetting | undefined): WordEntry[] {
  const own = languagePack(lang)?.words[kind] ?? [];
  if (!setting) return own;
  const source = `${CONFIG_SOURCE}: words.${lang}.${kind}`;
  const asEntries = (texts: string[] = []) => texts.map((text) => ({ text, source }));
  if (Array.isArray(setting)) return [...own, ...asEntries(setting)];
  let list = setting.replace ? asEntries(setting.replace) : own;
  if (setting.remove?.length) {
    const removed = new Set(setting.remove.map((t) => matchKey(t)));
    list = list
      .map((entry) => {
        const forms = entry.text.split('|').filter((form) => !removed.has(matchKey(form)));
        return forms.length ? { ...entry, text: forms.join('|') } : undefined;
      })
      .filter((entry): entry is WordEntry => entry !== undefined);
  }
  return [...list, ...asEntries(setting.add)];
}

const cache = new WeakMap<WordOverrides, Map<string, LanguageWords>>();
const NO_OVERRIDES: WordOverrides = {};

/** The words for a post's language, built once per language and config. */
export function wordsFor(lang: string, overrides: WordOverrides = NO_OVERRIDES): LanguageWords {
  let byLang = cache.get(overrides);
  if (!byLang) {
    byLang = new Map();
    cache.set(overrides, byLang);
  }
  let words = byLang.get(lang);
  if (!words) {
    words = new LanguageWords(lang, overrides);
    byLang.set(lang, words);
  }
  return words;
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

/** Upper-cases the first letter, as a sentence starts ("planszy…" → "Planszy…"). */
export function capitalise(text: string, lang?: string): string {
  const first = text.match(/^\p{L}/u);
  if (!first) return text;
  return first[0].toLocaleUpperCase(lang) + text.slice(first[0].length);
}
