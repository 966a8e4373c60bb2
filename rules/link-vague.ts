import type { Element } from 'hast';
import { defineRule } from '../src/engine/rule.js';
import { isHiddenFromAccessibility } from '../src/hast/accessible-name.js';
import { vagueLinkText } from '../src/lang/words/link-vague.js';

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
  check({ index, lang, report }) {
    for (const link of index.links) {
      // Image-only links are img-link-no-name's; empty ones are link-empty's.
      if (!link.text) continue;
      if (isHiddenFromAccessibility(link.element)) continue;
      // `<link>` or `here()` in code is the name of an API, not a vague word.
      if (index.closest(link.element, (a) => a.tagName === 'code') || hasCode(link.element)) continue;
      const match = vagueLinkText(link.name, lang);
      if (!match) continue;
      report({ node: link.element, messageId: 'vague', data: { text: link.name }, excerpt: link.name });
    }
  },
});

function hasCode(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (c.tagName === 'code' || hasCode(c)));
}
