// The grammar the link-vague rule's suggestion needs: the pointer words a vague link consists of
// ("here", "tutaj") and the words that open the phrase naming the destination before it. Which
// link texts are vague is each language pack's `vagueLinks` list (src/lang/<tag>/index.ts).
import { matchKey, trimPunctuation } from '../normalize.js';

/**
 * For suggesting a better link: the pointer words a vague link consists of ("here"), and the words
 * that open the phrase naming the destination just before it ("find *the previous post* [here]",
 * "more about *our goals* [here]"). Determiners start that phrase and belong to it; prepositions
 * (`about`) come before it. EQUIV: everyday grammar of the language.
 */
export interface LinkTargetWords {
  pointers: string[];
  determiners: string[];
  prepositions: string[];
}

export const LINK_TARGET_WORDS: Record<string, LinkTargetWords> = {
  en: {
    pointers: ['here', 'click here', 'go here'],
    determiners: [
      'the',
      'a',
      'an',
      'our',
      'my',
      'your',
      'their',
      'its',
      'his',
      'her',
      'this',
      'these',
      'those',
    ],
    prepositions: ['about', 'on'],
  },
  pl: {
    pointers: ['tutaj', 'tu', 'kliknij tutaj', 'kliknij tu', 'w tym miejscu'],
    determiners: ['nasz', 'nasza', 'nasze', 'naszą', 'naszego', 'naszej', 'ten', 'ta', 'tę'],
    prepositions: ['o', 'na temat', 'dotyczące', 'dotyczący'],
  },
  de: {
    pointers: ['hier', 'hier klicken', 'klicken sie hier', 'klick hier'],
    determiners: [
      'der',
      'die',
      'das',
      'den',
      'dem',
      'des',
      'ein',
      'eine',
      'einen',
      'unser',
      'unsere',
      'unseren',
    ],
    prepositions: ['über', 'zu'],
  },
  fr: {
    pointers: ['ici', 'cliquez ici', 'cliquer ici', 'par ici'],
    determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'notre', 'nos', 'votre', 'vos', 'ce', 'cette'],
    prepositions: ['sur', 'concernant'],
  },
  es: {
    pointers: ['aquí', 'haga clic aquí', 'haz clic aquí', 'clic aquí', 'pulse aquí', 'pincha aquí'],
    determiners: [
      'el',
      'la',
      'los',
      'las',
      'un',
      'una',
      'nuestro',
      'nuestra',
      'nuestros',
      'nuestras',
      'este',
      'esta',
    ],
    prepositions: ['sobre', 'acerca de'],
  },
};

/** Apostrophes vary (’ ' ʼ): one form for matching. */
function linkKey(text: string, lang?: string): string {
  return matchKey(trimPunctuation(text).replace(/[’ʼ`]/g, "'"), lang);
}

/** Is `text` a pointer word ("here", "tutaj") of `lang`? */
export function isPointerLinkText(text: string, lang: string): boolean {
  const words = LINK_TARGET_WORDS[lang];
  const key = linkKey(text, lang);
  return !!words && words.pointers.some((p) => linkKey(p, lang) === key);
}
