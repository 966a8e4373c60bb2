import type { Element } from 'hast';
import { fillTemplate, localize } from '../src/engine/messages.js';
import { defineRule, type EditInput, type Localized } from '../src/engine/rule.js';
import { isHiddenFromAccessibility } from '../src/hast/accessible-name.js';
import { matchKey } from '../src/lang/normalize.js';
import { isPointerLinkText, LINK_TARGET_WORDS } from '../src/lang/words/link-vague.js';
import type { LinkInfo, Post, PostIndex } from '../src/types.js';

/** Whole link text that names no destination (F84, F63): "click here", "tutaj", "więcej", "ici". */
export default defineRule({
  id: 'link-vague',
  severity: 'warning',
  wcag: ['2.4.4'],
  techniques: ['F84', 'F63'],
  tags: ['links'],
  description: {
    en: 'Link text does not say where the link goes',
    pl: 'Tekst linku nie mówi, dokąd prowadzi link',
  },
  why: {
    en: 'Screen-reader users often list a page\'s links out of context; ten links called "read more" or "here" cannot be told apart.',
    pl: 'Użytkownicy czytników ekranu często przeglądają listę linków bez otaczającego tekstu; dziesięć linków „więcej” albo „tutaj” jest nie do odróżnienia.',
  },
  fix: {
    en: 'Link the words that name the destination ("the SIRES project page") instead of "here" or "read more".',
    pl: 'Podlinkuj słowa, które nazywają cel („strona projektu SIRES”), zamiast „tutaj” czy „więcej”.',
  },
  messages: {
    vague: {
      en: 'The link text "{text}" does not say where the link goes.',
      pl: 'Tekst linku „{text}” nie mówi, dokąd prowadzi link.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'The link is only "tutaj"',
        format: 'html',
        content: '<p lang="pl">Więcej o projekcie znajdziesz <a href="/projekty/sires">tutaj</a>.</p>',
        lang: 'pl',
        expected: [{ line: 1, messageId: 'vague' }],
      },
    ],
    correct: [
      {
        title: 'The link names its destination',
        format: 'html',
        content: '<p>Więcej znajdziesz na <a href="/projekty/sires">stronie projektu SIRES</a>.</p>',
        lang: 'pl',
      },
    ],
  },
  check({ post, index, lang, locale, words, report }) {
    for (const link of index.links) {
      // Empty links are link-empty's and image links without alt img-link-no-name's; an image link
      // is judged by what it is called, its image's alt (`[![Read more](more.png)](/post)`).
      if (!link.text && link.images.length === 0) continue;
      const name = link.name;
      if (!name || isHiddenFromAccessibility(link.element)) continue;
      // `<link>` or `here()` in code is the name of an API, not a vague word.
      if (index.closest(link.element, (a) => a.tagName === 'code') || hasCode(link.element)) continue;
      // "click-here", "read_more": the words, not the joiners, make it vague.
      if (!words.vagueLink(name.replace(/[-_]+/g, ' '))) continue;
      const better = link.text ? linkTheDestination(link, post, index, lang, locale) : undefined;
      report({
        node: link.element,
        messageId: 'vague',
        data: { text: name },
        excerpt: name,
        suggestions: better ? [better] : undefined,
      });
    }
  },
});

function hasCode(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (c.tagName === 'code' || hasCode(c)));
}

const MOVE_LINK: Localized = {
  en: 'Link the words that name the destination: "{words}"',
  pl: 'Podlinkuj słowa, które nazywają cel: „{words}”',
};
/** The phrase naming the destination is a few words, like a good link text. */
const MAX_TARGET_WORDS = 8;

/**
 * "You can find the previous post of this series [here](url)." → "You can find [the previous post of
 * this series](url)." Offered only when the sentence names the destination right before a pointer
 * link ("here", "tutaj"): a phrase opened by a determiner or after "about", with words before it in
 * the same clause (so "The PRs are [here]" is left alone), plain text as written in the source.
 */
function linkTheDestination(
  link: LinkInfo,
  post: Post,
  index: PostIndex,
  lang: string,
  locale: string,
): ({ desc: string } & EditInput) | undefined {
  const words = LINK_TARGET_WORDS[lang];
  if (!words || !isPointerLinkText(link.text, lang)) return undefined;
  const el = link.element;
  const parent = index.parent(el);
  const content = el.children;
  const inner = content.length === 1 && content[0]!.type === 'text' ? content[0] : undefined;
  const before = parent?.children[parent.children.indexOf(el) - 1];
  const elStart = el.position?.start.offset;
  const elEnd = el.position?.end.offset;
  const innerStart = inner?.position?.start.offset;
  const innerEnd = inner?.position?.end.offset;
  const textStart = before?.type === 'text' ? before.position?.start.offset : undefined;
  if (before?.type !== 'text' || textStart === undefined || elStart === undefined || elEnd === undefined)
    return undefined;
  if (innerStart === undefined || innerEnd === undefined) return undefined;
  const source = post.source;
  // Only text that reads in the source as it does on the page (no escapes or entities to carry over).
  if (source.slice(textStart, textStart + before.value.length) !== before.value) return undefined;
  if (textStart + before.value.length !== elStart || !/\s$/u.test(before.value)) return undefined;
  const clauseStart = Math.max(...[...'.!?;:,(—–'].map((c) => before.value.lastIndexOf(c))) + 1;
  const clause = before.value.slice(clauseStart);
  const tokens = [...clause.matchAll(/\S+/gu)].map((m) => ({ word: m[0], at: clauseStart + m.index }));
  const key = (w: string) => matchKey(w, lang);
  const determiners = new Set(words.determiners.map(key));
  const opensWith = (i: number) => {
    const w = key(tokens[i]!.word);
    if (determiners.has(w) || [...determiners].some((d) => d.endsWith("'") && w.startsWith(d))) return i;
    for (const p of words.prepositions) {
      const parts = p.split(' ').map(key);
      if (parts.every((part, j) => tokens[i + j] && key(tokens[i + j]!.word) === part))
        return i + parts.length;
    }
    return undefined;
  };
  for (let i = 1; i < tokens.length; i++) {
    const from = opensWith(i);
    if (from === undefined) continue;
    const phrase = tokens.slice(from);
    if (phrase.length === 0 || phrase.length > MAX_TARGET_WORDS) return undefined;
    const phraseStart = textStart + phrase[0]!.at;
    const phraseText = before.value.slice(phrase[0]!.at).trimEnd();
    const open = source.slice(elStart, innerStart);
    const close = source.slice(innerEnd, elEnd);
    return {
      desc: fillTemplate(localize(MOVE_LINK, locale), { words: phraseText }),
      position: post.lines.range(phraseStart, elEnd),
      text: `${open}${phraseText}${close}`,
      expected: source.slice(phraseStart, elEnd),
    };
  }
  return undefined;
}
