import { defineRule } from '../src/engine/rule.js';
import { matchKey, trimPunctuation } from '../src/lang/normalize.js';

/** An h1 in the body when the template already renders the title as the h1, or a second h1. */
export default defineRule({
  id: 'heading-h1-in-body',
  severity: 'warning',
  wcag: ['1.3.1'],
  tags: ['headings'],
  description: {
    en: 'Extra h1 in the body',
    pl: 'Dodatkowy nagłówek h1 w treści',
  },
  why: {
    en: 'The h1 names the page; screen-reader users jump to it to learn what the page is. A second h1 makes a section look like a new page.',
    pl: 'Nagłówek h1 nazywa stronę; użytkownicy czytników ekranu przechodzą do niego, by dowiedzieć się, czego dotyczy strona. Drugi h1 sprawia, że sekcja wygląda jak nowa strona.',
  },
  fix: {
    en: 'Start body headings at h2 ("##" in Markdown). If your template does not show the title as a heading, set "titleLevel": "none" in the configuration.',
    pl: 'Zaczynaj nagłówki w treści od h2 („##” w Markdown). Jeśli szablon nie wyświetla tytułu jako nagłówka, ustaw "titleLevel": "none" w konfiguracji.',
  },
  messages: {
    titleIsH1: {
      en: 'The title is already the page\'s h1; "{text}" is a second one.',
      pl: 'Tytuł jest już nagłówkiem h1 strony; „{text}” to drugi h1.',
    },
    repeatsTitle: {
      en: 'The h1 "{text}" repeats the title, which the template already shows as the h1.',
      pl: 'Nagłówek h1 „{text}” powtarza tytuł, który szablon już wyświetla jako h1.',
    },
    second: {
      en: 'The page already has an h1; "{text}" is another one.',
      pl: 'Strona ma już nagłówek h1; „{text}” to kolejny.',
    },
    aboveTitle: {
      en: 'The site shows the title as h{level}; the h1 "{text}" in the body ranks above the title.',
      pl: 'Witryna wyświetla tytuł jako h{level}; nagłówek h1 „{text}” w treści stoi wyżej niż tytuł.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Front-matter title and an h1 section heading in the body',
        format: 'markdown',
        content: '---\ntitle: Warsztaty diagnostyczne\nlang: pl\n---\n\nWstęp.\n\n# Program\n\nTreść.\n',
        expected: [{ line: 8, messageId: 'titleIsH1' }],
      },
    ],
    correct: [
      {
        title: 'Body headings start at h2',
        format: 'markdown',
        content: '---\ntitle: Warsztaty diagnostyczne\nlang: pl\n---\n\nWstęp.\n\n## Program\n\nTreść.\n',
      },
    ],
  },
  check({ post, index, settings, report }) {
    const h1s = index.headings.filter((h) => h.level === 1);
    const title = post.meta.title?.value ?? '';
    const key = (text: string) => matchKey(trimPunctuation(text));
    // With the title as the page's h1 every body h1 is extra; otherwise the first h1 is the title.
    // A title rendered deeper (h2 on the Rust blog) leaves the page's h1 to the site: a body h1
    // then outranks the post's own title.
    const below = typeof settings.titleLevel === 'number' && settings.titleLevel > 1;
    const extra = settings.titleAsH1 || below ? h1s : h1s.slice(1);
    for (const h of extra) {
      if (!h.name) continue; // an empty h1 is heading-empty's finding
      const repeats = settings.titleAsH1 && title !== '' && key(h.text) === key(title);
      report({
        node: h.element,
        messageId: repeats
          ? 'repeatsTitle'
          : settings.titleAsH1
            ? 'titleIsH1'
            : below
              ? 'aboveTitle'
              : 'second',
        data: { text: h.text, level: settings.titleLevel === 'none' ? '' : settings.titleLevel },
        excerpt: h.text,
        suggestion: repeats ? undefined : 'h2',
      });
    }
  },
});
