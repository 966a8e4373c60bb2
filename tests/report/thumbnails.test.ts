import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addThumbnails, thumbnailBudget } from '../../src/report/html/thumbnails.js';
import type { PostOverview } from '../../src/report/types.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function overview(srcs: Array<string | undefined>): PostOverview {
  return {
    lang: 'en',
    format: 'markdown',
    source: '',
    titleAsH1: false,
    headings: [],
    images: srcs.map((src, i) => ({
      ...(src ? { src } : {}),
      decorative: false,
      cover: false,
      line: i + 1,
      endLine: i + 1,
    })),
  };
}

describe('thumbnails', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-thumbs-'));
  writeFileSync(join(dir, 'a.png'), PNG);
  const GIF = Buffer.from('GIF89a-and-more');
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
  writeFileSync(join(dir, 'b.gif'), GIF);
  writeFileSync(join(dir, 'c.svg'), SVG);
  writeFileSync(join(dir, 'd.jpg'), PNG);
  const post = join(dir, 'post.md');

  it('embeds real images by their type, and stops at the report’s budget', () => {
    // Room for the first three and one more PNG, not two.
    const budget = thumbnailBudget(PNG.length * 2 + GIF.length + SVG.length + 10);
    const result = addThumbnails(
      overview([
        'a.png?v=2',
        'b.gif',
        'c.svg',
        'd.jpg',
        'a%2Epng',
        'a.png',
        'x.bmp',
        undefined,
        '//cdn/x.png',
      ]),
      post,
      dir,
      budget,
    );
    const images = result.images.map((i) => i.thumbnail?.slice(0, 15) ?? i.noThumbnail);
    expect(images).toEqual([
      'data:image/png;',
      'data:image/gif;',
      'data:image/svg+',
      'not-an-image',
      'data:image/png;',
      'budget',
      'not-an-image',
      'missing',
      'remote',
    ]);
  });

  it('has no thumbnail without a post file to resolve against', () => {
    expect(addThumbnails(overview(['a.png']), undefined).images[0]!.noThumbnail).toBe('missing');
  });
});
