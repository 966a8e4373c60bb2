import { fieldName } from '../src/engine/field-names.js';
import { defineRule } from '../src/engine/rule.js';

/** The post has no title (2.4.2): not in front matter, CMS record, <title>, or a first h1. */
export default defineRule({
  id: 'title-missing',
  severity: 'error',
  wcag: ['2.4.2'],
  tags: ['headings', 'title'],
  description: { en: 'Post has no title', pl: 'Wpis nie ma tytułu' },
  why: {
    en: 'The title is the first thing a screen reader announces and what a tab, a bookmark and a search result show.',
    pl: 'Tytuł to pierwsze, co ogłasza czytnik ekranu, i to, co widać na karcie przeglądarki, w zakładkach i w wynikach wyszukiwania.',
  },
  fix: {
    en: 'Give the post a title that says what it is about (front matter "title", the CMS title field, or <title>).',
    pl: 'Nadaj wpisowi tytuł mówiący, o czym jest (pole "title" w nagłówku pliku, pole tytułu w CMS albo <title>).',
  },
  messages: {
    missing: { en: 'The post has no title.', pl: 'Wpis nie ma tytułu.' },
    empty: { en: "The post's title ({field}) is empty.", pl: 'Tytuł wpisu ({field}) jest pusty.' },
  },
  examples: {
    incorrect: [
      {
        title: 'Front matter without a title',
        format: 'markdown',
        content: '---\nlang: pl\ndate: 2021-04-29\n---\n\nTreść wpisu.\n',
        expected: [{ line: 4, messageId: 'missing' }],
      },
    ],
    correct: [
      {
        title: 'Title in front matter',
        format: 'markdown',
        content: '---\ntitle: Warsztaty diagnostyczne\nlang: pl\ndate: 2021-04-29\n---\n\nTreść wpisu.\n',
      },
    ],
  },
  check({ post, locale, report }) {
    // Pages (section lists, docs, archetypes) are not posts: their site builds these from elsewhere.
    if (post.site && !post.site.isPost) return;
    const title = post.meta.title;
    if (!title) {
      // Where a title would go: the front matter's closing fence (a new field), else the top.
      const fm = post.meta.frontMatter;
      const line = fm?.position.end.line;
      report({
        messageId: 'missing',
        about: 'title',
        position: line
          ? { start: { line, column: 1 }, end: { line, column: post.lines.lineText(line).length + 1 } }
          : undefined,
      });
    } else if (!title.value.trim()) {
      report({ messageId: 'empty', data: { field: fieldName(title, locale) }, field: title });
    }
  },
});
