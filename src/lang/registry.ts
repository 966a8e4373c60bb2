// Finding a language's pack by its tag. The packs are plain data (src/lang/packs.ts); what is
// compiled from them (phrase lists, matchers) is built on first use, per language.
import type { LanguagePack } from './pack.js';
import * as packs from './packs.js';

const BY_TAG = new Map<string, LanguagePack>(Object.values(packs).map((p) => [p.tag, p]));

/** Tags of every pack, sorted. */
export const PACK_TAGS: readonly string[] = [...BY_TAG.keys()].sort();

/** The pack for a primary language subtag (`pl`; `pl-PL` is looked up as `pl`), if there is one. */
export function languagePack(tag: string | undefined): LanguagePack | undefined {
  if (!tag) return undefined;
  return BY_TAG.get(tag.toLowerCase().split(/[-_]/)[0]!);
}

export function allPacks(): LanguagePack[] {
  return PACK_TAGS.map((tag) => BY_TAG.get(tag)!);
}
