// CMS records in, the same findings out: every shape of the seed reports its empty publication
// date with a JSON path into the record, and each parser reads its CMS's fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { checkSync } from '../../src/check-sync.js';
import { detectRecordKind, type RecordKind } from '../../src/parse/records/index.js';

const dir = join(import.meta.dirname, '../../fixtures/cms');
const KINDS: RecordKind[] = ['wordpress', 'ghost', 'decap', 'portable-text', 'generic'];
const seed = (kind: string) => JSON.parse(readFileSync(join(dir, `seed.${kind}.json`), 'utf8'));

describe('the seed as a CMS record', () => {
  it.each(KINDS)('%s is detected and reports the empty publication date with a JSON path', (kind) => {
    const record = seed(kind);
    expect(detectRecordKind(record)).toBe(kind);
    const result = checkSync({ content: record });
    expect(result.ok).toBe(false);
    const missing = result.messages.find((m) => m.ruleId === 'date-missing');
    expect(missing).toMatchObject({ line: 1, column: 1 });
    expect(missing?.jsonPath).toMatch(/^\$\.(date|posts\[0\]\.published_at|data\.date|publishedAt)$/);
    expect(result.post?.lang).toBe('pl');
    expect(result.post?.meta.title?.value).toContain('28.04- 29.04.2021');
    expect(result.post?.meta.cover?.alt?.value).toMatch(/^Widok planszy/);
    expect(result.counts.errors).toBe(result.summary.errors);
  });

  it('reads the gallery images from each body', () => {
    for (const kind of KINDS) {
      const { post } = checkSync({ content: seed(kind) });
      const alts = post!.index.images.map((i) => i.alt);
      expect(alts, kind).toEqual([
        expect.stringMatching(/^Widok planszy/),
        'Widok uczestników warsztatów w programie Zoom',
        'Widok uczestników warsztatów wraz z oknem czatu w programie Zoom',
      ]);
    }
  });

  it('accepts the record as JSON text or bytes, and --input forces a reading', () => {
    const text = readFileSync(join(dir, 'seed.wordpress.json'), 'utf8');
    const fromText = checkSync({ content: text, path: 'post.json' });
    const fromBytes = checkSync({ content: new TextEncoder().encode(text), format: 'json' });
    expect(fromText.messages.map((m) => m.ruleId)).toEqual(fromBytes.messages.map((m) => m.ruleId));
    // The Decap entry read as generic has no top-level body: a parse error, not a crash.
    const forced = checkSync({ content: seed('decap'), input: 'generic' });
    expect(forced.messages[0]?.ruleId).toBe('parse-error');
    expect(forced.messages[0]?.message).toMatch(/no body/);
  });
});

describe('WordPress REST posts', () => {
  const base = {
    title: { rendered: 'Warsztaty &#8211; podsumowanie' },
    content: {
      rendered: '<p>Treść wpisu o warsztatach, które odbyły się w Kielcach.</p>\n<img src="a.png">',
    },
    date: '2021-04-29T10:00:00',
    date_gmt: '2021-04-29T08:00:00',
    modified_gmt: '2021-04-30T08:00:00',
    status: 'publish',
    lang: 'pl',
  };

  it('decodes the rendered title, keeps date sources and points body findings at content.rendered', () => {
    const { post, messages } = checkSync({ content: base });
    expect(post?.meta.title).toEqual({
      value: 'Warsztaty – podsumowanie',
      role: 'title',
      origin: { kind: 'record', cms: 'wordpress', key: 'title', jsonPath: '$.title.rendered' },
    });
    expect(post?.meta.published.map((d) => [d.origin.key, d.origin.utc, d.value])).toEqual([
      ['date', undefined, '2021-04-29T10:00:00'],
      ['date_gmt', true, '2021-04-29T08:00:00'],
    ]);
    expect(post?.meta.modified[0]).toEqual({
      value: '2021-04-30T08:00:00',
      role: 'modified',
      origin: {
        kind: 'record',
        cms: 'wordpress',
        key: 'modified_gmt',
        jsonPath: '$.modified_gmt',
        utc: true,
      },
    });
    const alt = messages.find((m) => m.ruleId === 'img-alt-missing');
    expect(alt).toMatchObject({ line: 2, jsonPath: '$.content.rendered' });
  });

  it('takes the featured image alt from resolveAsset (sync and async) or _embedded', async () => {
    const record = { ...base, featured_media: 812 };
    const asked: unknown[] = [];
    const sync = checkSync({
      content: record,
      resolveAsset: (ref) => {
        asked.push(ref);
        return { alt: 'Uczestnicy warsztatów przy stole', src: 'https://example.pl/a.png' };
      },
    });
    expect(asked).toEqual([{ kind: 'wordpress-media', id: 812, jsonPath: '$.featured_media' }]);
    expect(sync.post?.meta.cover?.alt?.value).toBe('Uczestnicy warsztatów przy stole');
    const viaAsync = await check({ content: record, resolveAsset: async () => ({ alt: '' }) });
    expect(viaAsync.post?.meta.cover?.alt).toMatchObject({
      value: '',
      origin: { kind: 'record', cms: 'wordpress', key: 'alt_text', jsonPath: '$.featured_media' },
    });
    expect(checkSync({ content: record }).post?.meta.cover).toBeUndefined();
    const embedded = checkSync({
      content: {
        ...record,
        _embedded: { 'wp:featuredmedia': [{ id: 812, alt_text: 'Sala', source_url: 'x.png' }] },
      },
    });
    expect(embedded.post?.meta.cover?.alt?.value).toBe('Sala');
    expect(() => checkSync({ content: record, resolveAsset: async () => ({ alt: 'x' }) })).toThrow(
      /use check\(\)/,
    );
  });

  it('reads WPML locales, raw content (context=edit) and drafts', () => {
    const { post } = checkSync({
      content: {
        title: { raw: 'Tytuł' },
        content: { raw: '<p>Treść</p>' },
        wpml_current_locale: 'pl_PL',
        status: 'draft',
        date: null,
      },
    });
    expect(post?.meta.lang?.value).toBe('pl-PL');
    expect(post?.meta.draft).toBe(true);
    expect(post?.record?.bodyJsonPath).toBe('$.content.raw');
    expect(
      checkSync({ content: { content: { protected: false } }, input: 'wordpress' }).messages[0]?.ruleId,
    ).toBe('parse-error');
  });
});

describe('Ghost Admin posts', () => {
  it('reads a bare post and asks for ?formats=html when html is missing', () => {
    const { post } = checkSync({
      content: {
        uuid: 'x',
        title: 'Spotkanie',
        html: '<p>Treść.</p>',
        published_at: '2021-04-29T08:00:00.000Z',
        feature_image: 'a.png',
        feature_image_alt: null,
        status: 'draft',
      },
    });
    expect(post?.meta.published[0]).toMatchObject({
      value: '2021-04-29T08:00:00.000Z',
      origin: { kind: 'record', cms: 'ghost', key: 'published_at' },
    });
    expect(post?.meta.cover?.alt).toMatchObject({
      value: '',
      origin: { kind: 'record', cms: 'ghost', key: 'feature_image_alt' },
    });
    expect(post?.meta.draft).toBe(true);
    const lexicalOnly = checkSync({ content: { posts: [{ title: 'x', lexical: '{}' }] } });
    expect(lexicalOnly.messages[0]?.message).toMatch(/formats=html/);
  });
  it('points each finding at the field it is about: a date in the title and one in the image alt', () => {
    const { messages } = checkSync({
      content: {
        posts: [
          {
            title: 'Warsztaty 28.04-29.04.2021',
            html: '<p>Relacja z warsztatów.</p>',
            published_at: '2021-04-29T08:00:00.000Z',
            feature_image: 'https://example.org/sala.jpg',
            feature_image_alt: 'Widok sali obrad 28.04.2021',
            lang: 'pl',
          },
        ],
      },
    });
    const paths = (ruleId: string) => messages.filter((m) => m.ruleId === ruleId).map((m) => m.jsonPath);
    expect(paths('date-numeric-in-title').sort()).toEqual([
      '$.posts[0].feature_image_alt',
      '$.posts[0].title',
    ]);
    expect(paths('img-alt-redundant-prefix')).toEqual(['$.posts[0].feature_image_alt']);
    expect(messages.some((m) => m.jsonPath === '$.posts[0].published_at')).toBe(false);
  });
});

describe('Portable Text', () => {
  const doc = {
    _id: 'drafts.post-1',
    _type: 'post',
    title: 'Warsztaty',
    publishedAt: '2021-04-29',
    body: [
      {
        _type: 'block',
        _key: 'k1',
        style: 'h1',
        children: [{ _type: 'span', text: 'Nagłówek' }],
      },
      {
        _type: 'block',
        _key: 'k2',
        style: 'normal',
        markDefs: [{ _key: 'l1', _type: 'link', href: 'https://example.pl/?a=1&b=2' }],
        children: [
          { _type: 'span', text: 'Zobacz ', marks: ['strong'] },
          { _type: 'span', text: '<program>', marks: ['l1', 'em'] },
        ],
      },
      { _type: 'block', _key: 'k3', listItem: 'bullet', children: [{ _type: 'span', text: 'punkt' }] },
      { _type: 'block', _key: 'k4', listItem: 'number', children: [{ _type: 'span', text: 'krok' }] },
      { _type: 'image', _key: 'a1b2', asset: { _ref: 'image-abc-10x10-png' } },
      { _type: 'youtube', _key: 'yt', url: 'https://youtu.be/x' },
      { _type: 'image', asset: { _ref: 'image-def-10x10-png' }, alt: '' },
    ],
    mainImage: { asset: { _ref: 'image-main-10x10-png' } },
  };

  it('renders one block per line and points findings at block _keys', () => {
    const result = checkSync({ content: doc, lang: 'pl' });
    const source = result.post!.source.split('\n');
    expect(source[0]).toBe('<h1>Nagłówek</h1>');
    expect(source[1]).toBe(
      '<p><strong>Zobacz </strong><em><a href="https://example.pl/?a=1&amp;b=2">&lt;program&gt;</a></em></p>',
    );
    expect(source.slice(2, 8)).toEqual(['<ul>', '<li>punkt</li>', '</ul>', '<ol>', '<li>krok</li>', '</ol>']);
    const missingAlt = result.messages.find((m) => m.ruleId === 'img-alt-missing');
    expect(missingAlt).toMatchObject({ line: 9, jsonPath: '$.body[?(@._key=="a1b2")]' });
    expect(result.post?.meta.draft).toBe(true);
    expect(result.post?.meta.cover).toMatchObject({
      src: { value: 'image-main-10x10-png', origin: { kind: 'record', cms: 'sanity', key: 'mainImage' } },
    });
    expect(result.post?.meta.cover?.alt).toBeUndefined();
  });

  it('asks resolveAsset for image alt text kept on the asset', () => {
    const refs: string[] = [];
    const result = checkSync({
      content: doc,
      resolveAsset: (ref) => {
        refs.push(String(ref.id));
        return { alt: `Opis ${ref.id}` };
      },
    });
    expect(refs).toEqual(['image-abc-10x10-png', 'image-main-10x10-png']);
    expect(result.post?.index.images.map((i) => i.alt)).toEqual(['Opis image-abc-10x10-png', '']);
    expect(result.post?.meta.cover?.alt?.value).toBe('Opis image-main-10x10-png');
  });
});

describe('generic and Strapi-style records', () => {
  it('reads Strapi v4 media, media ids through resolveAsset, and HTML bodies', () => {
    const v4 = checkSync({
      content: {
        title: 'Wpis',
        publishedAt: '2021-04-29',
        locale: 'pl',
        content: '<p>Treść</p>',
        cover: { data: { id: 7, attributes: { url: '/u/a.png', alternativeText: null } } },
      },
    });
    expect(v4.post?.format).toBe('html');
    expect(v4.post?.meta.cover?.alt).toMatchObject({
      value: '',
      origin: { kind: 'record', key: 'alternativeText' },
    });
    const byId = checkSync({
      content: { title: 'Wpis', body: 'Treść', image: 7, image_alt: 'ignored' },
      resolveAsset: (ref) => (ref.kind === 'strapi-media' ? { alt: 'Sala obrad' } : undefined),
    });
    expect(byId.post?.meta.cover?.alt?.value).toBe('Sala obrad');
    const objectId = checkSync({
      content: { title: 'Wpis', body: 'Treść', cover: { id: 3, url: '/a.png' } },
      resolveAsset: () => ({ alt: 'Widok sali' }),
    });
    expect(objectId.post?.meta.cover?.alt?.value).toBe('Widok sali');
    const unresolved = checkSync({ content: { title: 'Wpis', body: 'Treść', image: 7 } });
    expect(unresolved.post?.meta.cover).toBeUndefined();
  });

  it('tells a generic record carrying a data object from a Decap entry', () => {
    expect(detectRecordKind({ title: 'x', body: 'Treść', slug: 'x', data: { views: 3 } })).toBe('generic');
    expect(detectRecordKind({ collection: 'posts', data: { title: 'x' } })).toBe('decap');
    expect(
      checkSync({ content: { collection: 'posts', data: { title: 'x' } } }).messages[0]?.message,
    ).toMatch(/no body.*in \$\.data/);
  });

  it('says clearly when a JSON object is not a post', () => {
    const result = checkSync({ content: '{"name":"x","version":"1.0.0"}', path: 'package.json' });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]?.message).toMatch(/not a post record \(keys: name, version\)/);
  });
});
