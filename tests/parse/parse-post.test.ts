import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { PostParseError } from '../../src/errors.js';
import { parse, sniffFormat } from '../../src/parse/index.js';
import { LineIndex } from '../../src/parse/positions.js';

describe('LineIndex', () => {
  it('counts LF, CRLF and lone CR line endings', () => {
    const lines = new LineIndex('a\nb\r\nc\rd');
    expect(lines.lineCount).toBe(4);
    expect(lines.point(7)).toMatchObject({ line: 4, column: 1 });
    expect(lines.lineText(2)).toBe('b');
    expect(lines.offset(3, 1)).toBe(5);
  });
});

describe('parse: Markdown', () => {
  const source =
    '---\ntitle: "Hours"\ndate: 2024-03-14\nlang: pl\nfeatured_image:\n  uid: desk\n  alt: "A desk"\n---\n\n# Body h1\n\nText <img src="a.png"> and ![x](b.png)\n';
  const post = parse({ content: source, path: 'post.md' });

  it('keeps front matter values with their lines', () => {
    expect(post.meta.title).toMatchObject({
      value: 'Hours',
      role: 'title',
      origin: { kind: 'front-matter', key: 'title' },
      position: { start: { line: 2 } },
    });
    expect(post.meta.published[0]).toMatchObject({ value: '2024-03-14', position: { start: { line: 3 } } });
    expect(post.meta.lang?.value).toBe('pl');
    expect(post.meta.cover).toMatchObject({
      src: { value: 'desk' },
      alt: { value: 'A desk', position: { start: { line: 7 } } },
    });
    expect(post.lang).toBe('pl');
    expect(post.langSource).toBe('declared');
  });

  it('positions body nodes in the original file, raw HTML included', () => {
    const [raw, md] = post.index.images;
    expect(raw).toMatchObject({ origin: 'html', src: 'a.png', position: { start: { line: 12, column: 6 } } });
    expect(md).toMatchObject({ origin: 'markdown', alt: 'x', position: { start: { line: 12, column: 28 } } });
    expect(post.index.headings[0]).toMatchObject({
      level: 1,
      text: 'Body h1',
      position: { start: { line: 10 } },
    });
  });

  it('treats a title field as the rendered h1', () => {
    expect(post.meta.titleIsRenderedAsH1).toBe(true);
    const noFm = parse({ content: '# Title\n\nText\n', format: 'markdown' });
    expect(noFm.meta.title?.origin.kind).toBe('heading');
    expect(noFm.meta.titleIsRenderedAsH1).toBe(false);
  });

  it('reads TOML front matter and the date in its path', () => {
    const toml = parse({
      content:
        '+++\npath = "2014/12/12/1.0-Timeline"\ntitle = "1.0 Timeline"\n\n[extra]\nrelease = true\n+++\n\nx\n',
      format: 'markdown',
    });
    expect(toml.meta.title).toMatchObject({ value: '1.0 Timeline', position: { start: { line: 3 } } });
    expect(toml.meta.published).toMatchObject([
      { value: '2014-12-12', origin: { kind: 'path', key: 'path' } },
    ]);
    expect(toml.meta.frontMatter?.kind).toBe('toml');
  });

  it('does not let __proto__ keys pollute anything', () => {
    const p = parse({
      content: '---\ntitle: x\n__proto__:\n  polluted: true\n---\n\nx\n',
      format: 'markdown',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(p.meta.frontMatter!.data)).toBeNull();
  });

  it('refuses YAML aliases that expand too much', () => {
    const laughs = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      laughs.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    laughs.push('---', '', 'x');
    expect(() => parse({ content: laughs.join('\n'), format: 'markdown' })).toThrow(PostParseError);
  });

  it('accepts duplicate keys, the last one winning, as site generators do', () => {
    const p = parse({
      content: '---\ntitle: First\ndate: 2015-06-22\ntitle: Second\n---\n\nx\n',
      format: 'markdown',
    });
    expect(p.meta.frontMatter?.data.title).toBe('Second');
    expect(p.meta.title?.value).toBe('Second');
  });

  it('keeps YAML timestamps as the strings written', () => {
    const p = parse({
      content: '---\ntitle: x\ndate: 2022-01-24 10:44:00 -0500\n---\n',
      format: 'markdown',
    });
    expect(p.meta.published[0]?.value).toBe('2022-01-24 10:44:00 -0500');
  });

  it('strips a UTF-8 BOM and keeps columns right', () => {
    const p = parse({
      content: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# Hi\n')]),
      format: 'markdown',
    });
    expect(p.index.headings[0]?.position?.start).toMatchObject({ line: 1, column: 1 });
  });

  it('decodes UTF-16 with a BOM', () => {
    const text = '# Zdjęcie\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const p = parse({ content: bytes, format: 'markdown' });
    expect(p.index.headings[0]?.text).toBe('Zdjęcie');
  });

  it('counts lines right with CRLF endings', () => {
    const p = parse({
      content: '---\r\ntitle: x\r\n---\r\n\r\n## A\r\n\r\n![](a.png)\r\n',
      format: 'markdown',
    });
    expect(p.meta.title?.position?.start.line).toBe(2);
    expect(p.index.images[0]?.position?.start.line).toBe(7);
  });
});

describe('parse: HTML', () => {
  it('reads head metadata: lang, title, meta dates, JSON-LD, <time>', () => {
    const p = parse({
      format: 'html',
      content: `<!doctype html>
<html lang="de-AT">
<head><title>Neuigkeiten</title>
<meta property="article:published_time" content="2024-09-14T08:00:00+02:00">
<meta property="article:modified_time" content="2024-09-15T08:00:00+02:00">
<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-09-14"}]}</script>
</head><body><article><time class="updated" datetime="2024-09-16">16. September</time></article></body></html>`,
    });
    expect(p.meta.lang).toMatchObject({ value: 'de-AT', origin: { kind: 'html-lang' } });
    expect(p.lang).toBe('de');
    expect(p.meta.title).toMatchObject({
      value: 'Neuigkeiten',
      origin: { kind: 'title-element' },
      position: { start: { line: 3 } },
    });
    expect(p.meta.published.map((d) => [d.origin.kind, d.origin.key])).toEqual([
      ['meta', 'article:published_time'],
      ['json-ld', 'datePublished'],
    ]);
    expect(p.meta.modified.map((d) => [d.origin.kind, d.origin.key])).toEqual([
      ['meta', 'article:modified_time'],
      ['time', 'datetime'],
    ]);
    expect(p.meta.fullDocument).toBe(true);
    expect(p.meta.titleIsRenderedAsH1).toBe(false);
  });

  it('finds labelled fields, two on one line, with value positions', () => {
    const p = parse({
      format: 'html',
      content: '<p>Opublikowano: 5 listopada 2007 | Zaktualizowano: 11 grudnia 2007</p>',
    });
    expect(
      p.meta.labelledFields.map((f) => [f.role, f.label, f.value, f.valuePosition.start.column]),
    ).toEqual([
      ['published', 'Opublikowano', '5 listopada 2007', 18],
      ['modified', 'Zaktualizowano', '11 grudnia 2007', 53],
    ]);
  });
});

describe('parse: plain text', () => {
  const p = parse({
    format: 'text',
    content:
      'Warsztaty online\n\nData opublikowania:\n\nPierwszy akapit\nciąg dalszy.\n\nGaleria zdjęć\n\n  • Widok sali\n  • Widok tablicy\n',
  });

  it('takes the first line as the title', () => {
    expect(p.meta.title).toMatchObject({ value: 'Warsztaty online', origin: { kind: 'first-line' } });
    expect(p.meta.titleIsRenderedAsH1).toBe(true);
  });

  it('reads an empty labelled field', () => {
    expect(p.meta.labelledFields).toMatchObject([
      {
        role: 'published',
        label: 'Data opublikowania',
        value: '',
        position: { start: { line: 3, column: 1 } },
      },
    ]);
  });

  it('turns gallery bullet lines into images with their lines', () => {
    expect(
      p.index.images.map((i) => [i.alt, i.origin, i.position?.start.line, i.position?.start.column]),
    ).toEqual([
      ['Widok sali', 'text', 10, 5],
      ['Widok tablicy', 'text', 11, 5],
    ]);
  });

  it('keeps multi-line paragraphs as one block', () => {
    expect(p.index.textBlocks.map((b) => b.text)).toContain('Pierwszy akapit\nciąg dalszy.');
  });
});

describe('format detection and records', () => {
  it('sniffs formats of content without a path', () => {
    expect(sniffFormat('<!doctype html><p>x')).toBe('html');
    expect(sniffFormat('<p>x</p>')).toBe('html');
    expect(sniffFormat('{"title":"x"}')).toBe('json');
    expect(sniffFormat('# Title')).toBe('markdown');
  });

  it('checks a generic CMS record with its fields', () => {
    const result = checkSync({
      content: { title: 'Warsztaty', date: '', lang: 'pl', body: '<p>Tekst</p><img src="a.png">' },
    });
    expect(result.post?.lang).toBe('pl');
    expect(result.messages.map((m) => m.ruleId).sort()).toEqual(['date-missing', 'img-alt-missing']);
  });

  it('reports broken JSON with its line', () => {
    const result = checkSync({ content: '{\n  "title": "x",\n  "body": \n}', path: 'post.json' });
    expect(result.messages).toMatchObject([{ ruleId: 'parse-error', line: 3 }]);
  });
});
