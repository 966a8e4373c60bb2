// Link texts that say nothing about where a link goes, per language. A link is vague only when its
// WHOLE text (or accessible name) is one of these, after trimming punctuation and arrows, folding
// case and dropping diacritics ("Więcej", "wiecej" and "WIĘCEJ »" are the same entry).
// Sources, cited per entry:
//   F84   — WCAG 2.2 Failure F84 / Understanding 2.4.4: "click here", "more", "read more" as the
//           whole link text.
//   RULES — the project's rule catalogue (RULES.md, link-vague): "click here", "read more", "tutaj",
//           "kliknij tutaj", "czytaj więcej", "więcej", "hier", "ici", "aquí".
//   SA11Y — Sa11y (ryersondmp/sa11y) src/js/lang/pl.js PARTIAL_ALT_STOPWORDS (link stop words) and
//           src/js/lang/de.js WARNING_ALT_STOPWORDS / LINK_STOPWORD ("hier klicken", "mehr erfahren").
//   EQUIV — the everyday equivalent of an F84/RULES phrase in that language, added in review; kept
//           to phrases that cannot name a destination on their own.
import { matchKey, trimPunctuation } from '../normalize.js';

export interface VagueLinkText {
  text: string;
  source: string;
}

const e = (source: string, ...texts: string[]): VagueLinkText[] => texts.map((text) => ({ text, source }));

export const VAGUE_LINK_TEXTS: Record<string, VagueLinkText[]> = {
  en: [
    ...e('F84', 'click here', 'more', 'read more'),
    ...e('RULES', 'here'),
    ...e('EQUIV', 'click', 'click here to read more', 'find out more', 'learn more', 'more info'),
    ...e('EQUIV', 'more information', 'this link', 'link', 'this page', 'continue reading', 'see more'),
    ...e('EQUIV', 'read more here', 'learn more here', 'more details', 'details', 'go here'),
    ...e('EQUIV', 'a link', 'the link'),
  ],
  pl: [
    ...e('RULES', 'tutaj', 'kliknij tutaj', 'czytaj więcej', 'więcej'),
    ...e(
      'SA11Y',
      'kliknij',
      'kliknij tu',
      'dowiedz się więcej',
      'czytaj',
      'czytaj tu',
      'link',
      'pobierz tutaj',
    ),
    ...e('SA11Y', 'tę stronę', 'tej stronie', 'kliknij tutaj, aby dowiedzieć się więcej'),
    ...e(
      'EQUIV',
      'tu',
      'czytaj dalej',
      'więcej informacji',
      'zobacz więcej',
      'przeczytaj więcej',
      'szczegóły',
    ),
    ...e('EQUIV', 'ten link', 'pod tym linkiem', 'w tym miejscu', 'odnośnik', 'ten odnośnik', 'link tutaj'),
  ],
  de: [
    ...e('RULES', 'hier'),
    ...e('SA11Y', 'hier klicken', 'mehr erfahren'),
    ...e('EQUIV', 'klicken sie hier', 'klick hier', 'mehr', 'weiterlesen', 'mehr lesen', 'mehr dazu'),
    ...e('EQUIV', 'mehr informationen', 'mehr infos', 'link', 'dieser link', 'hier weiterlesen', 'details'),
  ],
  fr: [
    ...e('RULES', 'ici'),
    ...e('EQUIV', 'cliquez ici', 'cliquer ici', 'lire la suite', 'en savoir plus', 'la suite', 'suite'),
    ...e('EQUIV', 'plus', "plus d'informations", "plus d'infos", 'voir plus', 'lien', 'ce lien'),
    ...e('EQUIV', 'en lire plus', 'lire plus', 'détails', 'cliquez', 'par ici'),
  ],
  es: [
    ...e('RULES', 'aquí'),
    ...e('EQUIV', 'haga clic aquí', 'haz clic aquí', 'clic aquí', 'pulse aquí', 'pincha aquí', 'click aquí'),
    ...e('EQUIV', 'leer más', 'más', 'más información', 'saber más', 'ver más', 'seguir leyendo'),
    ...e('EQUIV', 'enlace', 'este enlace', 'detalles', 'más detalles', 'lee más'),
  ],
};

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

const keysByLang = new Map<string, Set<string>>();

function keysFor(lang: string): Set<string> {
  let keys = keysByLang.get(lang);
  if (!keys) {
    keys = new Set((VAGUE_LINK_TEXTS[lang] ?? []).map((entry) => linkKey(entry.text, lang)));
    keysByLang.set(lang, keys);
  }
  return keys;
}

/** Is `text` a pointer word ("here", "tutaj") of `lang`? */
export function isPointerLinkText(text: string, lang: string): boolean {
  const words = LINK_TARGET_WORDS[lang];
  const key = linkKey(text, lang);
  return !!words && words.pointers.some((p) => linkKey(p, lang) === key);
}

/** The list entry a link text matches in `lang` (English phrases count in every post), if any. */
export function vagueLinkText(text: string, lang: string): VagueLinkText | undefined {
  const langs = lang === 'en' ? ['en'] : [lang, 'en'];
  for (const l of langs) {
    const key = linkKey(text, l);
    if (!key || !keysFor(l).has(key)) continue;
    return (VAGUE_LINK_TEXTS[l] ?? []).find((entry) => linkKey(entry.text, l) === key);
  }
  return undefined;
}
