// franc-min's scores, computed from franc-min's own data with an index built for the question we
// ask. franc keeps one 300-key object per language and looks every trigram of the sample up in
// each of them: 44 Latin-script languages × every distinct trigram of a 1,000-character sample.
// That distance loop was 18 % of `check()` on a typical undeclared post (bench row 5's post,
// profiled). Here each trigram is looked up once, in one map that lists the languages whose model
// holds it and at which rank; the sums, the normalising and the order of the result are franc's,
// and tests/lang/trigram-scores.test.ts holds this function to franc-min's `francAll` on every
// fixture and corpus-shaped sample, score for score.
// The data is the `detect` part (src/parts/detect.ts): 54 KB gzip that the browser loads on demand.
import { part } from '../parts/registry.js';

/** A language code (ISO 639-3, or `und`) and its score, 1 for the best. */
export type TrigramScore = [lang: string, score: number];

/** franc-min's constants: samples are cut to MAX_LENGTH, an unknown trigram costs MAX_DIFFERENCE. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptIndex {
  languages: string[];
  /** Trigram (as `trigramKey`) → for each language whose model holds it, its index × 65536 + the
   * trigram's rank in that model. */
  ranks: Map<number, Int32Array>;
}

const indexes = new Map<string, ScriptIndex>();

function scriptIndex(script: string): ScriptIndex | undefined {
  let index = indexes.get(script);
  if (index) return index;
  const models = part('detect').models[script];
  if (!models) return undefined;
  const languages = Object.keys(models);
  const lists = new Map<number, number[]>();
  languages.forEach((lang, l) => {
    const model = models[lang]!.split('|');
    // franc assigns ranks from the last trigram to the first, so a trigram listed twice keeps the
    // lower rank; the first occurrence is that one.
    const seen = new Set<string>();
    model.forEach((trigram, rank) => {
      // A sample's trigrams are three code units; anything else in a model could never match.
      if (trigram.length !== 3 || seen.has(trigram)) return;
      seen.add(trigram);
      const key = trigramKey(trigram, 0);
      const list = lists.get(key);
      if (list) list.push(l * 65536 + rank);
      else lists.set(key, [l * 65536 + rank]);
    });
  });
  const ranks = new Map<number, Int32Array>();
  for (const [key, list] of lists) ranks.set(key, Int32Array.from(list));
  index = { languages, ranks };
  indexes.set(script, index);
  return index;
}

/** franc-min's `francAll(value, { minLength })`: every language of the text's main script with
 * its score, best first; `[['und', 1]]` when the text is too short or in no known script. */
export function trigramScores(value: string, minLength = 10): TrigramScore[] {
  if (!value || value.length < minLength) return [['und', 1]];
  const text = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(text, part('detect').expressions);
  const index = script === undefined ? undefined : scriptIndex(script);
  if (!index) {
    // A script with one language (Greek, Hebrew, …) names it; none at all is undetermined.
    return script === undefined || share === 0 ? [['und', 1]] : [[script, 1]];
  }
  const distances = new Int32Array(index.languages.length);
  let missing = 0;
  const distinct = countTrigrams(text);
  for (let k = 0; k < distinct; k++) {
    const slot = usedSlots[k]!;
    const count = slotCounts[slot]!;
    slotCounts[slot] = 0;
    missing += MAX_DIFFERENCE;
    const found = index.ranks.get(slotKeys[slot]!);
    if (!found) continue;
    for (const entry of found) {
      const rank = entry & 0xffff;
      distances[entry >>> 16]! += Math.abs(count - rank - 1) - MAX_DIFFERENCE;
    }
  }
  const scores: TrigramScore[] = index.languages.map((lang, l) => [lang, distances[l]! + missing]);
  // Array#sort is stable: equal distances keep the data's language order, as in franc.
  scores.sort((a, b) => a[1] - b[1]);
  const min = scores[0]![1];
  const max = text.length * MAX_DIFFERENCE - min;
  for (const score of scores) score[1] = 1 - (score[1] - min) / max || 0;
  return scores;
}

/** The script whose letters are the largest share of the text, and that share (franc's
 * `getTopScript`: the first script wins a tie). */
function topScript(text: string, expressions: Record<string, RegExp>): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  for (const script in expressions) {
    const share = (text.match(expressions[script]!)?.length ?? 0) / text.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

/** The three UTF-16 code units from `at` as one number. Where each is below 1024 (Latin, Greek,
 * Cyrillic, …) the number fits in 30 bits, which V8 keeps unboxed, so counting allocates nothing;
 * any other trigram gets a number from 2^30 up (below 2^49, so exact). Counting numbers instead of
 * sliced strings, and small ones, more than halved the time of counting. */
function trigramKey(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  if (a < 1024 && b < 1024 && c < 1024) return (a << 20) | (b << 10) | c;
  return 2 ** 30 + (a * 65536 + b) * 65536 + c;
}

/**
 * What trigram-utils' `asTuples` counts: each trigram of the cleaned, space-padded text, with how
 * often it occurs, in one open-addressing table kept for every call (a Map per call was a third of
 * what detection allocated). franc sorts these tuples, but a distance is a sum of integers over
 * them, the same in any order, so they are read in the order first seen. Returns how many distinct
 * trigrams `usedSlots` lists; the caller reads their counts and zeroes them.
 */
function countTrigrams(text: string): number {
  const cleaned = ` ${text
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  let distinct = 0;
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const key = trigramKey(cleaned, i);
    let slot = Math.imul((key | 0) ^ ((key / 1073741824) | 0), 0x9e3779b1) >>> (32 - SLOT_BITS);
    while (slotCounts[slot] !== 0 && slotKeys[slot] !== key) slot = (slot + 1) & (SLOTS - 1);
    if (slotCounts[slot] === 0) {
      slotKeys[slot] = key;
      usedSlots[distinct++] = slot;
    }
    slotCounts[slot]!++;
  }
  return distinct;
}

/** A sample has at most 2 × MAX_LENGTH + 2 code units after lower-casing (İ becomes two): the
 * table stays at most a quarter full. */
const SLOT_BITS = 14;
const SLOTS = 1 << SLOT_BITS;
const slotKeys = new Float64Array(SLOTS);
const slotCounts = new Int32Array(SLOTS);
const usedSlots = new Int32Array(SLOTS);
