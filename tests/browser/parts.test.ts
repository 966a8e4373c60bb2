// The browser entry loads the big parts of the checker on demand (src/parts/). Each case starts a
// fresh copy of the bundle (its own module registry, nothing loaded) in a VM context without Node
// globals, checks one post with the async check(), and asks which parts that loaded: exactly those
// the post needs, and the findings Node's checkSync gives. Before loading, checkSync refuses such a
// post with PartNotLoadedError instead of checking it in part.
import { beforeAll, describe, expect, it } from 'vitest';
import type * as BrowserApi from '../../src/browser.js';
import { type CheckOptions, checkSync } from '../../src/check-sync.js';
import { siteOf } from '../site/profiles.js';
import { bundleForBrowser, runBundle } from './bundle.js';

type Api = typeof BrowserApi;
const NOW = '2026-01-01T00:00:00Z';

let code: string;
const freshBundle = (): Api => runBundle<Api>(code).api;

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const outcome = (result: ReturnType<typeof checkSync>) =>
  plain({ ok: result.ok, messages: result.messages, counts: result.counts });

const LONG_EN =
  'The council met on Monday to discuss the new library. Residents asked about opening hours, ' +
  'the reading room and the children’s corner. The architect showed the plans and answered ' +
  'questions about the garden, the bicycle racks and the entrance for wheelchair users. ';

const CASES: Array<{ what: string; options: CheckOptions; parts: string[] }> = [
  { what: 'a short Markdown post', options: { content: '# Zebranie\n\nKrótko.\n', lang: 'pl' }, parts: [] },
  {
    what: 'an HTML fragment',
    options: { content: '<h1>Zebranie</h1><p>Krótko.</p>', format: 'html', lang: 'pl' },
    parts: ['html'],
  },
  {
    what: 'raw HTML inside Markdown',
    options: { content: '# Zebranie\n\n<img src="sala.jpg">\n', lang: 'pl' },
    parts: ['html'],
  },
  {
    what: 'YAML front matter',
    options: { content: '---\ntitle: Zebranie\ndate: 2021-04-28\n---\n\nKrótko.\n', lang: 'pl' },
    parts: ['yaml'],
  },
  {
    what: 'TOML front matter',
    options: { content: '+++\ntitle = "Zebranie"\n+++\n\nKrótko.\n', lang: 'pl' },
    parts: ['toml'],
  },
  {
    what: 'a long text (language detection)',
    options: { content: `# Library\n\n${LONG_EN}\n` },
    parts: ['detect'],
  },
  {
    what: 'Markdown lezer leaves to micromark (CRLF line ends)',
    options: { content: '# Zebranie\r\n\r\nKrótko.\r\n', lang: 'pl' },
    parts: ['micromark'],
  },
  {
    what: 'a Polish alt whose suggestion needs the nominative',
    options: { content: '# Zebranie\n\n![Widok sali obrad](sala.jpg)\n', lang: 'pl' },
    parts: ['pl-grammar'],
  },
  {
    what: 'an Eleventy site (template tags)',
    options: {
      content: '# Zebranie\n\n{% image "sala.jpg", "Sala obrad" %}\n',
      lang: 'pl',
      path: 'posts/zebranie.md',
      site: siteOf('eleventy'),
    },
    parts: ['templates'],
  },
  {
    what: 'a configuration (validated against its schema)',
    options: { content: '# Zebranie\n\nKrótko.\n', lang: 'pl', config: { rules: { 'date-missing': 'off' } } },
    parts: ['schema'],
  },
  {
    // Definition lists are read by micromark alone (lezer leaves every such post to it).
    what: 'a Hugo site (template tags, definition lists)',
    options: {
      content: '# Zebranie\n\n{{< figure src="sala.jpg" alt="Sala obrad" >}}\n',
      lang: 'pl',
      path: 'content/posts/zebranie.md',
      site: siteOf('hugo'),
    },
    parts: ['micromark', 'templates'],
  },
];

describe('the browser loads the parts a post needs', () => {
  beforeAll(async () => {
    ({ code } = await bundleForBrowser(`${import.meta.dirname}/../../src/browser.ts`));
  }, 120_000);

  it('starts with no part loaded, and knows every part', () => {
    const api = freshBundle();
    expect([...api.PART_NAMES].sort()).toEqual(
      ['detect', 'html', 'micromark', 'pl-grammar', 'schema', 'templates', 'toml', 'yaml'].sort(),
    );
    expect(api.PART_NAMES.filter((name) => api.partLoaded(name))).toEqual([]);
  });

  it.each(CASES)('$what: loads $parts, finds what Node finds', async ({ options, parts }) => {
    const api = freshBundle();
    const input = { ...options, now: new Date(NOW) };
    if (parts.length > 0) {
      let refused: unknown;
      try {
        api.checkSync(input);
      } catch (error) {
        refused = error;
      }
      expect((refused as Error | undefined)?.name).toBe('PartNotLoadedError');
      expect(parts).toContain((refused as { part: string }).part);
      expect((refused as Error).message).toMatch(/loadParts\(\['[a-z-]+'\]\)/);
    }
    const result = await api.check(input);
    expect(api.PART_NAMES.filter((name) => api.partLoaded(name)).sort()).toEqual([...parts].sort());
    expect(outcome(result)).toEqual(outcome(checkSync(input)));
    // Loaded once, checkSync checks such posts too.
    expect(outcome(api.checkSync(input))).toEqual(outcome(result));
  });

  it('loadParts() makes checkSync ready for any post; an unknown part name is refused', async () => {
    const api = freshBundle();
    await expect(api.loadParts(['xml' as never])).rejects.toThrow(/no part named "xml"; the parts are/);
    await api.loadParts();
    expect(api.PART_NAMES.every((name) => api.partLoaded(name))).toBe(true);
    const input = { content: '<h1>Zebranie</h1><p>Krótko.</p>', format: 'html' as const, now: new Date(NOW) };
    expect(outcome(api.checkSync(input))).toEqual(outcome(checkSync(input)));
  });
});
