import { fieldName } from '../src/engine/field-names.js';
import { defineRule } from '../src/engine/rule.js';
import { attr, rangeOf } from '../src/hast/util.js';
import { checkLanguageTag } from '../src/lang/language-tags.js';

/** A declared language that is not a real language tag: well-formed BCP 47 and a primary subtag
 * that exists in ISO 639. `lang="english"` or `lang="pl_PL"` make screen readers fall back. */
export default defineRule({
  id: 'lang-invalid',
  severity: 'error',
  wcag: ['3.1.1', '3.1.2'],
  tags: ['language'],
  description: { en: 'Language tag is not valid', pl: 'Nieprawidłowy znacznik języka' },
  why: {
    en: 'Screen readers only switch voices for tags they recognise; "english" or "pl_PL" are ignored and the text is read in the wrong language.',
    pl: 'Czytniki ekranu zmieniają głos tylko dla rozpoznanych znaczników; „polski” albo „pl_PL” są ignorowane i tekst jest czytany w złym języku.',
  },
  fix: {
    en: 'Use a BCP 47 tag: a two- or three-letter ISO 639 code, optionally with a region ("pl", "en-GB", "de-AT").',
    pl: 'Użyj znacznika BCP 47: dwu- lub trzyliterowego kodu ISO 639, opcjonalnie z regionem („pl”, „en-GB”, „de-AT”).',
  },
  messages: {
    invalid: {
      en: 'The language tag "{tag}" ({field}) is not valid.',
      pl: 'Znacznik języka „{tag}” ({field}) jest nieprawidłowy.',
    },
    invalidPart: {
      en: 'The lang attribute "{tag}" on <{element}> is not a valid language tag.',
      pl: 'Atrybut lang="{tag}" elementu <{element}> nie jest prawidłowym znacznikiem języka.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A language name instead of a tag',
        format: 'markdown',
        content: '---\ntitle: Warsztaty\nlang: polski\ndate: 2021-04-29\n---\n\nTreść.\n',
        expected: [{ line: 3, messageId: 'invalid' }],
      },
    ],
    correct: [
      {
        title: 'A valid tag with region',
        format: 'markdown',
        content: '---\ntitle: Warsztaty\nlang: pl-PL\ndate: 2021-04-29\n---\n\nTreść.\n',
      },
    ],
  },
  check({ post, index, locale, report }) {
    const declared = post.meta.lang;
    if (declared?.value.trim() && !checkLanguageTag(declared.value).valid) {
      report({
        messageId: 'invalid',
        data: { tag: declared.value, field: fieldName(declared, locale) },
        field: declared,
        excerpt: declared.value,
        suggestion: suggestTag(declared.value),
      });
    }
    for (const el of index.elements) {
      if (el.tagName === 'html') continue; // The page's own tag is post.meta.lang, reported above.
      const tag = attr(el, 'lang');
      // An empty lang on a part means "unknown language" in HTML: allowed.
      if (tag === undefined || !tag.trim() || checkLanguageTag(tag).valid) continue;
      report({
        messageId: 'invalidPart',
        data: { tag, element: el.tagName },
        position: rangeOf(el),
        excerpt: tag,
        suggestion: suggestTag(tag),
      });
    }
  },
});

/** `pl_PL` → `pl-PL`; names of common languages → their code. */
function suggestTag(tag: string): string | undefined {
  const dashed = tag.trim().replace(/_/g, '-');
  if (dashed !== tag.trim() && checkLanguageTag(dashed).valid) return dashed;
  const byName: Record<string, string> = {
    english: 'en',
    angielski: 'en',
    polish: 'pl',
    polski: 'pl',
    german: 'de',
    deutsch: 'de',
    niemiecki: 'de',
    french: 'fr',
    français: 'fr',
    francais: 'fr',
    francuski: 'fr',
    spanish: 'es',
    español: 'es',
    espanol: 'es',
    hiszpański: 'es',
  };
  return byName[tag.trim().toLowerCase()];
}
