// examples/ run against fakes of their hosts (WordPress's wp global, a Decap entry, a Strapi
// lifecycle event), and must give the same findings as calling check() on the record directly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { PublishBlockedError } from '../../src/host/publish-gate.js';

// The examples are plain JavaScript: their modules are typed loosely here.
// biome-ignore lint/suspicious/noExplicitAny: results of plain-JavaScript functions
type Any = any;
const EXAMPLES = {
  'wordpress/content-a11y-editor.js': () =>
    import('../../examples/wordpress/content-a11y-editor.js' as string),
  'decap/pre-save.js': () => import('../../examples/decap/pre-save.js' as string),
  'strapi/lifecycles.js': () => import('../../examples/strapi/lifecycles.js' as string),
};
const load = (path: keyof typeof EXAMPLES): Promise<Any> => EXAMPLES[path]();
const dir = join(import.meta.dirname, '../../fixtures/cms');
const seed = (kind: string) => JSON.parse(readFileSync(join(dir, `seed.${kind}.json`), 'utf8'));
const rules = (messages: Array<{ ruleId: string; line: number }>) =>
  messages.map((m) => `${m.line} ${m.ruleId}`);

interface Node {
  type: unknown;
  props: Record<string, unknown> | null;
  children: unknown[];
}

function fakeWordPress(state: Record<string, unknown>) {
  const filters: Record<string, (edits: object, options?: object) => Promise<object>> = {};
  const plugins: Record<string, { render: () => Node }> = {};
  const wp = {
    data: {
      select: (store: string) =>
        store === 'core/editor'
          ? {
              getEditedPostAttribute: (key: string) => state[key],
              getEditedPostContent: () => state.content,
            }
          : {
              getMedia: (id: number) =>
                id === 812
                  ? { id, alt_text: state.coverAlt, source_url: '/media/plansza-swot.png' }
                  : undefined,
              getSite: () => ({ language: 'pl_PL' }),
            },
      useSelect: (fn: () => unknown) => fn(),
    },
    hooks: { addFilter: (name: string, _ns: string, fn: (typeof filters)[string]) => (filters[name] = fn) },
    plugins: {
      registerPlugin: (name: string, settings: { render: () => Node }) => (plugins[name] = settings),
    },
    element: {
      createElement: (type: unknown, props: Node['props'], ...children: unknown[]) => ({
        type,
        props,
        children,
      }),
    },
    editor: { PluginPrePublishPanel: 'PluginPrePublishPanel' },
  };
  return { wp, filters, plugins };
}

function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (node && typeof node === 'object' && 'children' in node) return (node as Node).children.flatMap(texts);
  return [];
}

describe('examples/wordpress', () => {
  const record = seed('wordpress');
  const state = {
    title: record.title.rendered,
    content: record.content.rendered,
    date: null,
    status: 'draft',
    featured_media: 812,
    coverAlt: record._embedded['wp:featuredmedia'][0].alt_text,
  };

  it('blocks publishing the seed and lets drafts, autosaves and previews through', async () => {
    const { register } = await load('wordpress/content-a11y-editor.js');
    const { wp, filters } = fakeWordPress(state);
    register(wp);
    const preSave = filters['editor.preSavePost']!;
    await expect(preSave({ status: 'publish' }, {})).rejects.toBeInstanceOf(PublishBlockedError);
    await expect(preSave({ status: 'publish' }, {})).rejects.toThrow(
      /Pole daty publikacji \(„date”, WordPress\)/,
    );
    await expect(preSave({ status: 'publish' }, { isAutosave: true })).resolves.toEqual({
      status: 'publish',
    });
    await expect(preSave({ title: 'x' }, {})).resolves.toEqual({ title: 'x' });
  });

  it('lists in the pre-publish panel what check() finds on the REST record', async () => {
    const { register, checkEditedPost } = await load('wordpress/content-a11y-editor.js');
    const { wp, plugins } = fakeWordPress(state);
    register(wp);
    const panel = plugins['content-a11y']!.render();
    expect(panel.type).toBe('PluginPrePublishPanel');
    const direct = checkSync({ content: { ...record, status: 'publish' } });
    const shown = texts(panel);
    for (const m of direct.messages) expect(shown).toContain(`${m.message} (${m.ruleId})`);
    expect(rules(checkEditedPost(wp, 'publish').messages)).toEqual(rules(direct.messages));
  });
});

describe('examples/decap', () => {
  const entry = seed('decap');
  const immutable = (data: object) => ({
    get: (key: string) => (key === 'data' ? { toJS: () => data } : undefined),
  });

  it('registers a preSave handler that refuses the seed entry', async () => {
    const { register, checkEntry } = await load('decap/pre-save.js');
    const listeners: Array<{ name: string; handler: (args: object) => unknown }> = [];
    register({ registerEventListener: (l: (typeof listeners)[number]) => listeners.push(l) });
    expect(listeners[0]?.name).toBe('preSave');
    expect(() => listeners[0]!.handler({ entry: immutable(entry.data) })).toThrow(PublishBlockedError);
    expect(rules(checkEntry(immutable(entry.data)).messages)).toEqual(
      rules(checkSync({ content: entry }).messages),
    );
    const fixed = { ...entry.data, date: '2021-04-29' };
    expect(listeners[0]!.handler({ entry: immutable(fixed) })).toEqual({ toJS: expect.any(Function) });
  });
});

describe('examples/strapi', () => {
  class ApplicationError extends Error {
    constructor(
      message: string,
      readonly details: { findings: Array<{ ruleId: string }> },
    ) {
      super(message);
    }
  }

  it('throws an ApplicationError on publish, with the findings check() gives', async () => {
    const { createLifecycles } = await load('strapi/lifecycles.js');
    const asked: unknown[] = [];
    const hooks = createLifecycles({
      ApplicationError,
      findMedia: async (id: number) => {
        asked.push(id);
        return { alternativeText: 'Widok planszy tytułowej', url: '/uploads/plansza.png' };
      },
    });
    const generic = seed('generic');
    const data = { ...generic, cover: 12, publishedAt: '2021-04-29T08:00:00.000Z' };
    const error = await hooks.beforeUpdate({ params: { data } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplicationError);
    expect((error as ApplicationError).message).toMatch(/^Publikacja wstrzymana/);
    const direct = checkSync({ content: data, resolveAsset: () => ({ alt: 'Widok planszy tytułowej' }) });
    expect((error as ApplicationError).details.findings.map((f) => f.ruleId)).toEqual(
      direct.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId),
    );
    expect(asked).toEqual([12]);
    await expect(
      hooks.beforeCreate({ params: { data: { ...data, publishedAt: null } } }),
    ).resolves.toBeUndefined();
    const fine = { ...data, date: '2021-04-29' };
    await expect(createLifecycles().beforeCreate({ params: { data: fine } })).resolves.toBeUndefined();
  });
});
