import { parseMetaDate } from '../src/dates/meta.js';
import { defineRule } from '../src/engine/rule.js';

/** (HTML) A visible publication date ("Opublikowano: 5 listopada 2007") that is not wrapped in
 * `<time datetime>`: assistive technology, browsers' reader modes, translators and search engines
 * cannot read it as a date. */
export default defineRule({
  id: 'date-not-machine-readable',
  severity: 'info',
  wcag: [],
  techniques: ['G141'],
  tags: ['dates', 'html'],
  description: {
    en: 'Visible publication date is not in <time datetime>',
    pl: 'Widoczna data publikacji nie jest w znaczniku <time datetime>',
  },
  why: {
    en: 'A date inside <time datetime="2021-04-29"> can be read, translated and announced reliably by assistive technology, reader modes and search engines; plain text cannot.',
    pl: 'Datę w <time datetime="2021-04-29"> technologie wspomagające, tryby czytania, tłumacze i wyszukiwarki odczytają niezawodnie; zwykły tekst — nie.',
  },
  fix: {
    en: 'Wrap the date: <time datetime="2021-04-29">29 April 2021</time>.',
    pl: 'Otocz datę znacznikiem: <time datetime="2021-04-29">29 kwietnia 2021 r.</time>.',
  },
  messages: {
    plain: {
      en: 'The publication date "{text}" is not in a <time datetime> element; write {suggestion}.',
      pl: 'Data publikacji „{text}” nie jest w znaczniku <time datetime>; napisz {suggestion}.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A labelled date in plain text',
        format: 'html',
        content: '<article><h1>Warsztaty</h1><p>Data opublikowania: 29.04.2021</p></article>',
        lang: 'pl',
        expected: [{ line: 1, messageId: 'plain' }],
      },
    ],
    correct: [
      {
        title: 'The date in <time datetime>',
        format: 'html',
        content:
          '<article><h1>Warsztaty</h1><p>Data opublikowania: <time datetime="2021-04-29">29.04.2021</time></p></article>',
        lang: 'pl',
      },
    ],
  },
  check({ post, index, lang, report }) {
    if (post.format !== 'html') return;
    const times = index.byTag('time').map((el) => el.position);
    for (const field of post.meta.labelledFields) {
      if (field.role !== 'published' || !field.value) continue;
      const parsed = parseMetaDate(field.value, lang);
      if (!parsed.ok) continue;
      const at = field.valuePosition.start.offset ?? -1;
      const inside = times.some(
        (p) =>
          p?.start.offset !== undefined &&
          p.end.offset !== undefined &&
          p.start.offset <= at &&
          at < p.end.offset,
      );
      if (inside) continue;
      const { year, month, day } = parsed.value.date;
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      report({
        messageId: 'plain',
        data: { text: field.value, suggestion: `<time datetime="${iso}">${field.value}</time>` },
        position: field.valuePosition,
        excerpt: field.value,
        suggestion: `<time datetime="${iso}">${field.value}</time>`,
      });
    }
  },
});
