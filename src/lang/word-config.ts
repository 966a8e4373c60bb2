// The config's `words` key: word lists a user adds to, takes from or replaces in a pack, per
// language (a language without a pack may get lists of its own this way).
//
//   "words": {
//     "pl": { "redundantPrefixes": ["fotka przedstawiająca"] },
//     "en": { "vagueLinks": { "remove": ["details"], "add": ["more about this"] } },
//     "it": { "placeholders": ["immagine", "foto"] }
//   }
import { checkLanguageTag } from './language-tags.js';
import { WORD_LIST_NAMES, type WordListName, type WordOverrides } from './pack.js';

const MODES = ['add', 'remove', 'replace'] as const;

/** The `words` setting checked; throws an Error whose message names the bad part. */
export function checkWordOverrides(value: unknown): WordOverrides | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    throw new Error(
      '"words" must be an object of languages, such as { "pl": { "placeholders": ["fotka"] } }.',
    );
  }
  const out: WordOverrides = {};
  for (const [tag, lists] of Object.entries(value)) {
    const checked = checkLanguageTag(tag);
    if (!checked.valid || checked.primary !== tag.toLowerCase() || tag.includes('-')) {
      throw new Error(`"words": "${tag}" is not a primary language subtag such as "pl" or "en".`);
    }
    if (!isObject(lists)) throw new Error(`"words.${tag}" must be an object of word lists.`);
    const lang: WordOverrides[string] = {};
    for (const [name, setting] of Object.entries(lists)) {
      if (!(WORD_LIST_NAMES as readonly string[]).includes(name)) {
        throw new Error(
          `"words.${tag}": there is no list "${name}" (the lists: ${WORD_LIST_NAMES.join(', ')}).`,
        );
      }
      const where = `"words.${tag}.${name}"`;
      if (Array.isArray(setting)) {
        lang[name as WordListName] = phrases(setting, where);
        continue;
      }
      if (!isObject(setting)) {
        throw new Error(
          `${where} must be a list of phrases, or { "add": […], "remove": […], "replace": […] }.`,
        );
      }
      const modes: Record<string, string[]> = {};
      for (const [mode, list] of Object.entries(setting)) {
        if (!(MODES as readonly string[]).includes(mode)) {
          throw new Error(`${where}: "${mode}" is not one of "add", "remove", "replace".`);
        }
        if (!Array.isArray(list)) throw new Error(`${where}.${mode} must be a list of phrases.`);
        modes[mode] = phrases(list, `${where}.${mode}`);
      }
      lang[name as WordListName] = modes;
    }
    out[tag.toLowerCase()] = lang;
  }
  return out;
}

function phrases(list: unknown[], where: string): string[] {
  for (const item of list) {
    if (typeof item !== 'string' || !/[\p{L}\p{N}]/u.test(item)) {
      throw new Error(`${where}: every entry must be a phrase with letters, not ${JSON.stringify(item)}.`);
    }
  }
  return list as string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
