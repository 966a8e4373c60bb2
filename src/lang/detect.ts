// Language of a post's text. Long text: trigram statistics (franc-min, 82 languages). Short text
// — a Polish news item of two sentences, where trigrams guess English — is judged by what each
// language pack knows tells its language apart: its letters (ą ę ł; ř ů ě; і ї є) and its most
// frequent function words ("w", "się", "że"; "the", "of"). When the evidence is thin the guess
// says so (`sure: false`), and the post's messages say which language was assumed.
import type { LanguageDetection } from '../types.js';
import { iso6393To1 } from './language-codes.js';
import type { LanguagePack } from './pack.js';
import { allPacks } from './registry.js';
import { trigramScores } from './trigram-scores.js';

export type { LanguageDetection };

/** From this length franc-min's trigrams beat word lists (measured on corpus excerpts). */
export const TRIGRAM_LENGTH = 250;
/** The least score a guess needs: one word with the pack's own letter, or two function words. */
const MIN_EVIDENCE = 1.5;
/**
 * How much of a post's text detection reads. Detection was 37 % of checking a typical post that
 * declares no language, most of it franc-min's trigram distances, which grow with the sample; on
 * the 3,221 corpus posts without a declared language, 1,000 characters decide exactly what 2,000
 * did (language and certainty, every post) in 57 % of the time.
 */
const DETECTION_SAMPLE = 1000;
/** A language franc-min scores this close to its best is a plausible reading of the text. */
const CLOSE_SCORE = 0.95;
/** Below this many letters nothing is guessed: a title and an alt of three words tell nothing. */
export const MIN_LETTERS = 12;

/** The language of a post's text (title, body and alts together), or undefined when nothing in
 * it points anywhere (numbers, names, a few words shared by every language). */
export function detectTextLanguage(text: string): LanguageDetection | undefined {
  const sample = collapsedHead(text, DETECTION_SAMPLE);
  if (!hasLetters(sample, MIN_LETTERS)) return undefined;
  if (sample.length >= TRIGRAM_LENGTH) {
    const scores = trigramScores(sample, 10);
    const best = scores[0];
    if (best && best[0] !== 'und') {
      const lang = toCode(best[0]);
      // Trigrams mistake one close language for another (Czech for Slovak, Ukrainian for
      // Russian); where a pack's own letters decide and trigrams rate that language nearly as
      // high, the pack wins. Only a pack's own letters can decide, so text without any of them
      // (most English) needs no hints at all.
      if (!writesAny(sample.toLowerCase(), allPackLetters())) return { lang, sure: true, method: 'trigrams' };
      const hinted = fromHints(sample);
      const hintScore = scores.find(([code]) => toCode(code) === hinted?.lang)?.[1] ?? 0;
      if (hinted?.decisive && hinted.lang !== lang && hintScore >= CLOSE_SCORE) return strip(hinted);
      return { lang, sure: true, method: 'trigrams' };
    }
  }
  const hinted = fromHints(sample);
  return hinted && strip(hinted);
}

/**
 * `text.replace(/\s+/g, ' ').trim().slice(0, n)`, collapsing only as much of a long post as it
 * takes: detection reads 1,000 characters, and collapsing whole posts to get them was a quarter of
 * the memory detection allocates.
 */
export function collapsedHead(text: string, n: number): string {
  for (let take = n * 4; take < text.length; take *= 4) {
    const head = text.slice(0, take).replace(/\s+/g, ' ').trimStart();
    // Longer than n: what cutting at `take` changed (a whitespace run split, a surrogate pair
    // split, a trailing space the full text would trim) lies past the first n characters.
    if (head.length > n) return head.slice(0, n);
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, n);
}

/** `text` has at least `least` letters (code points of category L). */
function hasLetters(text: string, least: number): boolean {
  let n = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const letter = code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : /\p{L}/u.test(ch);
    if (letter && ++n >= least) return true;
  }
  return false;
}

let packLetters: Set<string> | undefined;

/** Every letter some pack counts as its own, lower case. */
function allPackLetters(): Set<string> {
  packLetters ??= new Set(compiledHints().flatMap((h) => [...h.letters]));
  return packLetters;
}

function toCode(code: string): string {
  return iso6393To1[code] ?? code;
}

function strip(d: HintDetection): LanguageDetection {
  return { lang: d.lang, sure: d.sure, method: 'hints' };
}

interface HintDetection extends LanguageDetection {
  /** The pack's own letters, not shared with the runner-up, carried the decision. */
  decisive: boolean;
}

interface CompiledHints {
  pack: LanguagePack;
  words: Set<string>;
  letters: Set<string>;
  foreign: Set<string>;
}

let hints: CompiledHints[] | undefined;

function compiledHints(): CompiledHints[] {
  if (hints) return hints;
  hints = allPacks().map((pack) => ({
    pack,
    // Function words keep their diacritics: "że" is Polish, "ze" is Czech too.
    words: new Set(
      pack.detection.functionWords.flatMap((e) => e.text.split('|').map((w) => w.toLowerCase())),
    ),
    letters: new Set(pack.detection.letters.flatMap((e) => [...e.text.toLowerCase()])),
    foreign: new Set((pack.detection.foreignLetters ?? []).flatMap((e) => [...e.text.toLowerCase()])),
  }));
  return hints;
}

const WORD = /[\p{L}]+/gu;

/** Scores every pack: a word with one of the pack's letters counts 2, a function word 1, each
 * divided by the number of packs that share it ("la" is French and Spanish, "á" Czech and
 * Spanish). The best pack is sure when it
 * scores 3 or more and at least twice the runner-up. */
function fromHints(sample: string): HintDetection | undefined {
  const words = (sample.toLowerCase().match(WORD) ?? []).filter((w) => w.length < 20);
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > latin;
  const all = compiledHints();
  const scores: Array<{ pack: LanguagePack; score: number; letterScore: number; foreign: boolean }> = [];
  for (const h of all) {
    if ((h.pack.script === 'Cyrl') !== cyrillic) continue;
    let score = 0;
    let letterScore = 0;
    let foreign = 0;
    // A word's weights are the same at each occurrence; adding them in text order keeps the sums
    // (and so every comparison below) exactly what they were before the weights were remembered.
    const weights = new Map<string, { letter: number; foreign: boolean }>();
    for (const w of words) {
      if (h.words.has(w)) score += 1 / sharedBy(w, all);
      let weight = weights.get(w);
      if (!weight) {
        weight = {
          letter: h.letters.size ? letterWeight(w, h, all) : 0,
          foreign: h.foreign.size > 0 && writesAny(w, h.foreign),
        };
        weights.set(w, weight);
      }
      if (h.letters.size) letterScore += weight.letter;
      if (weight.foreign) foreign++;
    }
    // Letters the language never writes ("ы" is Russian, not Ukrainian; "ô" Slovak, not Czech):
    // two such words, or one and none of its own letters, rule it out; one makes it a guess.
    if (foreign >= 2 || (foreign === 1 && letterScore === 0)) continue;
    scores.push({ pack: h.pack, score: score + letterScore, letterScore, foreign: foreign > 0 });
  }
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  // One shared word ("a", "go", "u" in an English title) is no evidence at all.
  if (!best || best.score < MIN_EVIDENCE) return undefined;
  const runnerUp = second?.score ?? 0;
  if (best.score - runnerUp < 0.5) return undefined;
  const sure = !best.foreign && best.score >= 3 && best.score >= 2 * runnerUp;
  const decisive = sure && best.letterScore >= 4 && (second?.letterScore ?? 0) === 0;
  return { lang: best.pack.tag, sure, method: 'hints', decisive };
}

function writesAny(word: string, letters: ReadonlySet<string>): boolean {
  for (const c of word) if (letters.has(c)) return true;
  return false;
}

/** 2 for a word with one of the pack's letters, divided by how many packs write that letter
 * (the least shared letter of the word counts). */
function letterWeight(word: string, h: CompiledHints, all: CompiledHints[]): number {
  let fewest = 0;
  for (const c of word) {
    if (!h.letters.has(c)) continue;
    const n = letterSharing(c, all);
    if (fewest === 0 || n < fewest) fewest = n;
  }
  return fewest ? 2 / fewest : 0;
}

const letterSharers = new Map<string, number>();

function letterSharing(letter: string, all: CompiledHints[]): number {
  let n = letterSharers.get(letter);
  if (n === undefined) {
    n = all.filter((h) => h.letters.has(letter)).length;
    letterSharers.set(letter, n);
  }
  return n;
}

const sharing = new Map<string, number>();

function sharedBy(word: string, all: CompiledHints[]): number {
  let n = sharing.get(word);
  if (n === undefined) {
    n = all.filter((h) => h.words.has(word)).length;
    sharing.set(word, n);
  }
  return n;
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
  // Only the samples read are collapsed: the loop reads at most maxSamples windows.
  const clean = collapsedHead(text, maxSamples * COMPARE_WINDOW);
  if (clean.length < COMPARE_WINDOW) return undefined;
  let lang: string | undefined;
  let declaredScore = 0;
  for (
    let i = 0;
    i + COMPARE_WINDOW <= clean.length && i < maxSamples * COMPARE_WINDOW;
    i += COMPARE_WINDOW
  ) {
    const scores = trigramScores(clean.slice(i, i + COMPARE_WINDOW), 10);
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
