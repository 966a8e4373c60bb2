// Language tags: well-formed BCP 47 (bcp-47) whose primary language subtag exists in ISO 639
// (iso-639-3). `Intl` alone accepts `lang="english"`; screen readers do not.
import { parse } from 'bcp-47';
import { iso6393, iso6393To1 } from 'iso-639-3';

let known: Set<string> | undefined;

function knownLanguages(): Set<string> {
  if (!known) {
    known = new Set<string>();
    for (const entry of iso6393) {
      known.add(entry.iso6393);
      if (entry.iso6392B) known.add(entry.iso6392B);
      if (entry.iso6392T) known.add(entry.iso6392T);
    }
    for (const code of Object.values(iso6393To1)) known.add(code);
  }
  return known;
}

export type LanguageTagProblem = 'empty' | 'malformed' | 'unknown-language';

export interface LanguageTagCheck {
  valid: boolean;
  problem?: LanguageTagProblem;
  /** Lower-case primary language subtag (`pl` for `pl-PL`). */
  primary?: string;
}

export function checkLanguageTag(tag: string): LanguageTagCheck {
  const trimmed = tag.trim();
  if (!trimmed) return { valid: false, problem: 'empty' };
  const parsed = parse(trimmed);
  if (parsed.irregular || parsed.regular) return { valid: true, primary: trimmed.toLowerCase() };
  if (!parsed.language) return { valid: false, problem: 'malformed' };
  const primary = parsed.language.toLowerCase();
  if (primary === 'und' || primary === 'zxx' || primary === 'mul') return { valid: true, primary };
  // Private-use range qaa–qtz is valid by definition.
  if (/^q[a-t][a-z]$/.test(primary)) return { valid: true, primary };
  if (!knownLanguages().has(primary)) return { valid: false, problem: 'unknown-language', primary };
  return { valid: true, primary };
}

/** The primary subtag of a valid tag (`pl-PL` → `pl`), or undefined. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const checked = checkLanguageTag(tag);
  return checked.valid ? checked.primary : undefined;
}
