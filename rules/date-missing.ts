import { fieldName } from '../src/engine/field-names.js';
import { defineRule } from '../src/engine/rule.js';
import type { Post, SourceRange } from '../src/types.js';

/** No publication date anywhere, or a labelled publication-date field left empty (the seed's
 * "Data opublikowania:" with nothing after it). */
export default defineRule({
  id: 'date-missing',
  severity: 'error',
  wcag: [],
  tags: ['dates'],
  description: {
    en: 'Publication date is missing or empty',
    pl: 'Brak daty publikacji albo puste pole daty',
  },
  why: {
    en: 'Readers judge whether news is still current by its date; an empty "Published:" field reads as a broken page, and public bodies must say when information was published.',
    pl: 'Czytelnik ocenia aktualność informacji po dacie; puste pole „Data opublikowania:” wygląda jak błąd strony, a podmioty publiczne muszą podawać datę udostępnienia informacji.',
  },
  fix: {
    en: 'Fill in the publication date (front matter "date", the CMS date field, or the text after the label), or remove the empty label.',
    pl: 'Uzupełnij datę publikacji (pole "date" w nagłówku pliku, pole daty w CMS albo tekst po etykiecie) albo usuń pustą etykietę.',
  },
  messages: {
    emptyLabel: {
      en: 'The field "{label}" has no date after it.',
      pl: 'Pole „{label}” nie ma po sobie daty.',
    },
    emptyField: {
      en: 'The publication date field ({field}) is empty.',
      pl: 'Pole daty publikacji ({field}) jest puste.',
    },
    missing: {
      en: 'The post has no publication date (none in its metadata, text or path).',
      pl: 'Wpis nie ma daty publikacji (ani w metadanych, ani w treści, ani w ścieżce pliku).',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'An empty labelled field',
        format: 'text',
        content: 'Warsztaty online\n\nData opublikowania:\n\nTreść wpisu.\n',
        expected: [{ line: 3, messageId: 'emptyLabel' }],
      },
      {
        title: 'Front matter with no date',
        format: 'markdown',
        content: '---\ntitle: Warsztaty\nlang: pl\n---\n\nTreść.\n',
        expected: [{ line: 2, messageId: 'missing' }],
      },
    ],
    correct: [
      {
        title: 'Date in front matter',
        format: 'markdown',
        content: '---\ntitle: Warsztaty\nlang: pl\ndate: 2021-04-29\n---\n\nTreść.\n',
      },
      {
        title: 'Filled labelled field',
        format: 'text',
        content: 'Warsztaty online\n\nData opublikowania: 29.04.2021\n\nTreść wpisu.\n',
      },
    ],
  },
  check({ post, locale, report }) {
    const { meta } = post;
    for (const field of meta.labelledFields) {
      if (field.role === 'published' && !field.value) {
        report({
          messageId: 'emptyLabel',
          data: { label: field.label },
          position: field.position,
          excerpt: field.label,
        });
      }
    }
    // A page (section list, docs page, archetype) has no publication date to show; only an empty
    // labelled field above is a defect there too.
    if (post.site && !post.site.isPost) return;
    // WordPress keeps "0000-00-00 00:00:00" in date_gmt until a post is published: no date at all.
    const empty = (value: string) => !value || /^0000-00-00/.test(value);
    if (meta.published.some((d) => !empty(d.value))) return;
    const emptyField = meta.published.find((d) => empty(d.value) && d.origin.kind !== 'label');
    if (emptyField) {
      report({ messageId: 'emptyField', data: { field: fieldName(emptyField, locale) }, field: emptyField });
    } else if (!meta.labelledFields.some((f) => f.role === 'published') && !meta.draft) {
      // Drafts get their date when they are published.
      report({ messageId: 'missing', position: missingDatePosition(post), about: 'published' });
    }
  },
});

/** Where a date would go: beside the front-matter title, else the front matter's closing fence,
 * else the title; 1:1 only for a post with none of them, where the top really is the place. */
function missingDatePosition(post: Post): SourceRange | undefined {
  const { frontMatter, title } = post.meta;
  if (title?.position && title.origin.kind === 'front-matter') return title.position;
  if (frontMatter) {
    const line = frontMatter.position.end.line;
    return { start: { line, column: 1 }, end: { line, column: post.lines.lineText(line).length + 1 } };
  }
  return title?.position;
}
