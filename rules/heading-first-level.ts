import { defineRule } from '../src/engine/rule.js';

/** The first body heading is deeper than `startLevel` (G141): the outline starts with a gap. */
export default defineRule({
  id: 'heading-first-level',
  severity: 'warning',
  wcag: ['1.3.1'],
  techniques: ['G141'],
  tags: ['headings'],
  description: {
    en: 'First heading is at the wrong level',
    pl: 'Pierwszy nagłówek ma zły poziom',
  },
  why: {
    en: 'Screen readers present headings as an outline under the page title; a post whose first heading is h3 or h4 looks as if a section were missing.',
    pl: 'Czytniki ekranu pokazują nagłówki jako spis treści pod tytułem strony; jeśli pierwszy nagłówek to h3 albo h4, wygląda to, jakby brakowało sekcji.',
  },
  fix: {
    en: 'Make the first heading of the body one level below the title: h2 when the title is the page\'s h1 ("##" in Markdown), h3 when the site shows the title as h2; change its look with styles.',
    pl: 'Pierwszy nagłówek w treści zrób o poziom niższy niż tytuł: h2, gdy tytuł jest nagłówkiem h1 strony („##” w Markdown), h3, gdy witryna wyświetla tytuł jako h2; wygląd zmieniaj stylami.',
  },
  messages: {
    tooDeep: {
      en: 'The first heading "{text}" is h{level}; it should be h{expected}.',
      pl: 'Pierwszy nagłówek „{text}” to h{level}; powinien być h{expected}.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Body starts at h3 under a front-matter title',
        format: 'markdown',
        content: '---\ntitle: Warsztaty\nlang: pl\n---\n\n### Program\n\nTreść.\n',
        expected: [{ line: 6, messageId: 'tooDeep' }],
      },
    ],
    correct: [
      {
        title: 'Body starts at h2 under a front-matter title',
        format: 'markdown',
        content: '---\ntitle: Warsztaty\nlang: pl\n---\n\n## Program\n\nTreść.\n',
      },
    ],
  },
  check({ post, index, settings, report }) {
    const first = index.headings[0];
    // A shallower first heading (an h1 under a rendered title) is heading-h1-in-body's finding.
    if (!first || first.level <= settings.startLevel) return;
    // A fragment with no title anywhere: where it sits on the page is unknown (title-missing says so).
    if (settings.titleLevel === 'none' && !post.meta.fullDocument && !post.meta.title) return;
    report({
      node: first.element,
      messageId: 'tooDeep',
      data: { text: first.text, level: first.level, expected: settings.startLevel },
      excerpt: first.text,
      suggestion: `h${settings.startLevel}`,
    });
  },
});
