// Language tags: well-formed BCP 47 (bcp-47) whose primary language subtag exists in ISO 639
// (iso-639-3, as the compact set generated into language-codes.ts). `Intl` alone accepts
// `lang="english"`; screen readers do not.
import { parse } from 'bcp-47';
import { isIso639Code } from './language-codes.js';

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
  if (!isIso639Code(primary)) return { valid: false, problem: 'unknown-language', primary };
  return { valid: true, primary };
}

/** The primary subtag of a valid tag (`pl-PL` → `pl`), or undefined. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const checked = checkLanguageTag(tag);
  return checked.valid ? checked.primary : undefined;
}
