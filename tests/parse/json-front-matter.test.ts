// Hugo's JSON front matter: a `{ … }` object at the top of a Markdown file is metadata, not text.
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';

const now = new Date('2026-01-01T00:00:00Z');
const post = (frontMatter: string, body = 'The museum opens on Monday.\n') => `${frontMatter}\n\n${body}`;
const hugo = post(
  [
    '{',
    '  "title": "The museum reopens",',
    '  "date": "2021-04-28T10:00:00+02:00",',
    '  "lang": "en",',
    '  "tags": ["museum", "city {news}"],',
    '  "cover": { "image": "hall.jpg", "alt": "The main hall after the renovation" }',
    '}',
  ].join('\n'),
  '![](hall.jpg)\n',
);

describe('JSON front matter', () => {
  it('is read as metadata, with positions, and its lines are not the body', () => {
    const { post: parsed, messages } = checkSync({ content: hugo, path: 'content/post.md', now });
    expect(parsed!.meta.title).toMatchObject({
      value: 'The museum reopens',
      position: { start: { line: 2 } },
    });
    expect(parsed!.meta.published[0]).toMatchObject({ value: '2021-04-28T10:00:00+02:00' });
    expect(parsed!.meta.lang?.value).toBe('en');
    expect(parsed!.meta.frontMatter?.kind).toBe('json');
    expect(parsed!.meta.cover?.alt?.value).toBe('The main hall after the renovation');
    // No title-missing, date-missing or lang-missing; the body's image is on its own line.
    expect(messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['9 img-alt-missing']);
    expect(parsed!.index.textBlocks.map((b) => b.text).join(' ')).not.toContain('museum reopens');
  });

  it('a broken JSON block is a parse-error naming its line', () => {
    const { messages } = checkSync({
      content: post('{\n  "title": "A",\n  "date": 2021-04-28\n}'),
      path: 'p.md',
      now,
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'parse-error', line: 3 });
    expect(messages[0]!.message).toMatch(/JSON front matter/);
  });

  it('a brace that opens the text, or an object that does not end its line, is text', () => {
    const text = checkSync({ content: '{Draft} The museum opens on Monday.\n', path: 'p.md', now });
    expect(text.post!.meta.frontMatter).toBeUndefined();
    expect(text.post!.index.textBlocks[0]!.text).toContain('The museum opens');
    const inline = checkSync({ content: '{"a": 1} and more text\n\nBody.\n', path: 'p.md', now });
    expect(inline.post!.meta.frontMatter).toBeUndefined();
  });
});
