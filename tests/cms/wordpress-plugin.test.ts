// The WordPress plugin's editor script against a fake block editor (the real one is driven by
// tests/e2e/wordpress.e2e.ts): findings traced to blocks, fixes applied, the publish lock for 6.1+,
// editor.preSavePost for 6.7+, the panel's content, and the built bundle with its translations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { checkSync } from '../../src/check-sync.js';

// The plugin's script is plain JavaScript: its module is typed loosely here.
// biome-ignore lint/suspicious/noExplicitAny: results of plain-JavaScript functions
type Any = any;
const plugin = join(import.meta.dirname, '../../integrations/wordpress/content-a11y');
const load = (): Promise<Any> => import('../../integrations/wordpress/content-a11y/src/editor.js' as string);
// gettext-parser ships no types.
const gettext = async (): Promise<Any> => (await import('gettext-parser' as string)).default;

interface Block {
  clientId: string;
  name: string;
  attributes: Record<string, string>;
  innerBlocks: Block[];
  html: string;
}

const block = (clientId: string, name: string, html: string, attributes = {}, innerBlocks: Block[] = []) => ({
  clientId,
  name,
  html,
  attributes,
  innerBlocks,
});

/** Block markup as WordPress serializes it: comment delimiters around the block's HTML. */
function serializeBlock(b: Block): string {
  const inner = b.innerBlocks.map(serializeBlock).join('\n');
  const name = b.name.replace(/^core\//, '');
  return `<!-- wp:${name} -->\n${b.html.replace('{inner}', inner)}\n<!-- /wp:${name} -->`;
}

const TITLE = 'W dniach 28.04- 29.04.2021 r. odbyły się kolejne cykliczne warsztaty diagnostyczne online';
const COVER_ALT =
  'Widok planszy tytułowej prezentacji Analiza SWOT ekonomii społecznej w województwie świętokrzyskim';

function seedBlocks(): Block[] {
  return [
    block('p-date', 'core/paragraph', '<p>Data opublikowania:</p>', { content: 'Data opublikowania:' }),
    block(
      'p-1',
      'core/paragraph',
      '<p>W dniach 28-29 kwietnia 2021 r. odbyło się kolejne, III spotkanie online Grupy Tematycznej ds. diagnozy sektora ekonomii społecznej.</p>',
    ),
    block('h-gallery', 'core/heading', '<h2 class="wp-block-heading">Galeria zdjęć</h2>'),
    block('group', 'core/group', '<div class="wp-block-group">{inner}</div>', {}, [
      block(
        'img-1',
        'core/image',
        '<figure class="wp-block-image"><img src="/wp-content/uploads/zoom.png" alt="Widok uczestników warsztatów w programie Zoom"/></figure>',
        { alt: 'Widok uczestników warsztatów w programie Zoom' },
      ),
    ]),
  ];
}

interface Node {
  type: unknown;
  props: Record<string, unknown> | null;
  children: unknown[];
}

function fakeWordPress(options: { publishSidebarOpen?: boolean; status?: string } = {}) {
  const state = {
    title: TITLE,
    blocks: seedBlocks(),
    status: options.status ?? 'draft',
    featured: 812,
    media: { id: 812, alt_text: COVER_ALT, source_url: '/wp-content/uploads/plansza-swot.png' },
    publishSidebarOpen: options.publishSidebarOpen ?? false,
  };
  const calls: Array<[string, ...unknown[]]> = [];
  const listeners: Array<() => void> = [];
  const filters: Record<string, (edits: object, options?: object) => Promise<object>> = {};
  const plugins: Record<string, { render: () => Node }> = {};
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const select = (store: string): Any =>
    ({
      'core/editor': {
        getCurrentPostId: () => 4711,
        getCurrentPostAttribute: (key: string) => (key === 'status' ? state.status : undefined),
        getEditedPostAttribute: (key: string) =>
          ({
            title: state.title,
            status: state.status,
            date: '2021-04-29T10:00:00',
            featured_media: state.featured,
          })[key],
        isPublishSidebarEnabled: () => true,
      },
      'core/edit-post': {
        isPublishSidebarOpened: () => state.publishSidebarOpen,
        isEditorPanelOpened: () => true,
      },
      'core/block-editor': { getBlocks: () => state.blocks },
      core: { getMedia: (id: number) => (id === state.media.id ? state.media : undefined) },
    })[store];
  const wp = {
    data: {
      select,
      resolveSelect: (store: string) => ({ getMedia: async (id: number) => select(store).getMedia(id) }),
      dispatch: (store: string) =>
        new Proxy(
          {},
          {
            get:
              (_target, action: string) =>
              (...args: unknown[]) => {
                calls.push([`${store}.${action}`, ...args]);
                if (action === 'editPost') state.title = (args[0] as { title: string }).title;
                if (action === 'updateBlockAttributes') {
                  const [clientId, attributes] = args as [string, Record<string, string>];
                  state.blocks = replaceIn(state.blocks, clientId, (b) => ({
                    ...b,
                    attributes: { ...b.attributes, ...attributes },
                  }));
                }
                if (action === 'saveEntityRecord') {
                  state.media = { ...state.media, ...(args[2] as object) };
                  return Promise.resolve(state.media);
                }
                notify();
                return undefined;
              },
          },
        ),
      subscribe: (listener: () => void) => listeners.push(listener),
      useSelect: (fn: (s: typeof select) => unknown) => fn(select),
    },
    blocks: {
      serialize: (blocks: Block[]) => blocks.map(serializeBlock).join('\n\n'),
      parse: (markup: string) => [{ parsedFrom: markup }],
      getBlockType: (name: string) => ({ title: name === 'core/image' ? 'Image' : 'Paragraph' }),
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
      useState: (initial: unknown) => [initial, () => {}],
      Fragment: 'Fragment',
    },
    i18n: {
      __: (text: string) => text,
      sprintf: (format: string, value: string) => format.replace('%s', value),
    },
    components: { Button: 'Button' },
    editPost: { PluginDocumentSettingPanel: 'DocumentPanel', PluginPrePublishPanel: 'PrePublishPanel' },
  };
  return { wp, state, calls, filters, plugins, notify };
}

function replaceIn(blocks: Block[], clientId: string, change: (b: Block) => Block): Block[] {
  return blocks.map((b) =>
    b.clientId === clientId ? change(b) : { ...b, innerBlocks: replaceIn(b.innerBlocks, clientId, change) },
  );
}

/** Renders the fake element tree: function components are called with their props. */
function render(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  const { type, props, children } = node as Node;
  if (typeof type === 'function') return render(type({ ...props, children }));
  return { type, props, children: children.map(render) };
}

function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (node && typeof node === 'object' && 'children' in node) return (node as Node).children.flatMap(texts);
  return [];
}

function findAll(node: unknown, match: (n: Node) => boolean): Node[] {
  if (!node || typeof node !== 'object' || !('children' in node)) return [];
  const n = node as Node;
  return [...(match(n) ? [n] : []), ...n.children.flatMap((c) => findAll(c, match))];
}

const SETTINGS = { locale: 'pl_PL', postLang: 'pl_PL', blockOn: 'error' };

describe('the plugin editor script', () => {
  it('checks the edited post as the REST record check() reads, with the cover alt from the media library', async () => {
    const { createChecker } = await load();
    const { wp } = fakeWordPress();
    const { result, content } = createChecker(wp, SETTINGS)('publish');
    const direct = checkSync({
      content: {
        title: { raw: TITLE },
        content: { raw: content },
        date: '2021-04-29T10:00:00',
        status: 'publish',
        featured_media: 812,
      },
      lang: 'pl-PL',
      locale: 'pl',
      resolveAsset: () => ({ alt: COVER_ALT }),
    });
    expect(result.messages).toEqual(direct.messages);
    const rules = result.messages.map((m: { ruleId: string }) => m.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining(['date-missing', 'date-numeric-in-title', 'img-alt-redundant-prefix']),
    );
    // Both "Widok …" descriptions: the image block's and the featured image's.
    expect(rules.filter((r: string) => r === 'img-alt-redundant-prefix')).toHaveLength(2);
    expect(result.messages.find((m: { ruleId: string }) => m.ruleId === 'date-missing').message).toBe(
      'Pole „Data opublikowania” nie ma po sobie daty.',
    );
  });

  it('traces each finding to what it is about: a block (nested ones too), the title, the featured image', async () => {
    const { createChecker, targetOf } = await load();
    const { wp } = fakeWordPress();
    const context = createChecker(wp, SETTINGS)('publish');
    const where = (rule: string) =>
      context.result.messages
        .filter((m: { ruleId: string }) => m.ruleId === rule)
        .map((m: object) => {
          const t = targetOf(m, context);
          return t.kind === 'block' ? t.range.clientId : t.kind;
        });
    expect(where('date-missing')).toEqual(['p-date']);
    expect(where('date-numeric-in-title')).toEqual(['title']);
    expect(where('img-alt-redundant-prefix').sort()).toEqual(['featured-image', 'img-1']);
  });

  it('offers only edits it can make exactly, and makes them', async () => {
    const { createChecker, editFor, register } = await load();
    const fake = fakeWordPress();
    register(fake.wp, SETTINGS);
    const checkPost = createChecker(fake.wp, SETTINGS);
    const context = checkPost('publish');
    const edit = (rule: string) =>
      context.result.messages
        .filter((m: { ruleId: string }) => m.ruleId === rule)
        .map((m: object) => editFor(m, context));
    // No mechanical fix for an empty date: the editor has to write it.
    expect(edit('date-missing')).toEqual([undefined]);
    const [title] = edit('date-numeric-in-title');
    expect(title).toMatchObject({
      kind: 'title',
      from: '28.04- 29.04.2021 r.',
      to: '28–29 kwietnia 2021 r.',
    });
    const alts = edit('img-alt-redundant-prefix');
    expect(alts.map((e: { kind: string }) => e.kind).sort()).toEqual(['alt', 'media-alt']);
    // A finding carrying an engine-checked fix is applied inside the block it falls in.
    const at = context.content.indexOf('28-29 kwietnia');
    const before = context.content.slice(0, at).split('\n');
    const column = before.at(-1)!.length + 1;
    const markup = editFor(
      {
        ...context.result.messages[0],
        ...{ line: before.length, column, endLine: before.length, endColumn: column + 5 },
        jsonPath: '$.content.raw',
        fix: { range: [at, at + 5], text: '28–29' },
      },
      context,
    );
    expect(markup).toMatchObject({ kind: 'markup', text: '28–29', target: { range: { clientId: 'p-1' } } });

    // "Apply fix" through the panel's buttons.
    const panel = render(fake.plugins['content-a11y']!.render());
    const applyButtons = findAll(panel, (n) => n.props?.className === 'content-a11y-finding__apply');
    for (const button of applyButtons) await (button.props!.onClick as () => Promise<void>)();
    expect(fake.state.title).toContain('28–29 kwietnia 2021 r.');
    expect(fake.state.blocks[3]!.innerBlocks[0]!.attributes.alt).toBe(
      'Uczestnicy warsztatów w programie Zoom', // the head noun back in the nominative
    );
    expect(fake.state.media.alt_text).toBe(
      'Plansza tytułowa prezentacji Analiza SWOT ekonomii społecznej w województwie świętokrzyskim',
    );
    expect(fake.calls).toContainEqual([
      'core.saveEntityRecord',
      'root',
      'media',
      { id: 812, alt_text: fake.state.media.alt_text },
    ]);
  });

  it('selects the block a finding is about', async () => {
    const { register } = await load();
    const fake = fakeWordPress();
    register(fake.wp, SETTINGS);
    const panel = render(fake.plugins['content-a11y']!.render());
    const item = findAll(panel, (n) => n.props?.['data-rule'] === 'date-missing')[0]!;
    const show = findAll(item, (n) => n.props?.className === 'content-a11y-finding__show')[0]!;
    expect(texts(show)).toEqual(['Block: Paragraph']);
    (show.props!.onClick as () => void)();
    expect(fake.calls).toContainEqual(['core/block-editor.selectBlock', 'p-date']);
  });

  it('lists every finding in the editor language in the document panel and the pre-publish panel', async () => {
    const { register, createChecker } = await load();
    const fake = fakeWordPress();
    register(fake.wp, SETTINGS);
    const panel = render(fake.plugins['content-a11y']!.render()) as Node;
    const [documentPanel, prePublish] = panel.children as Node[];
    expect([documentPanel!.type, prePublish!.type]).toEqual(['DocumentPanel', 'PrePublishPanel']);
    const { result } = createChecker(fake.wp, SETTINGS)('publish');
    for (const part of [documentPanel, prePublish]) {
      const shown = texts(part);
      expect(shown.find((t) => t.startsWith('Publikacja'))).toMatch(
        /^Publikacja wstrzymana z powodu problemów z dostępnością: 1 błąd i \d ostrzeże[^\n]+$/,
      );
      for (const m of result.messages) expect(shown).toContain(m.message);
    }
    expect(texts(prePublish)).toContain('Fix the errors below to publish this post.');
  });

  it('locks saving while the pre-publish panel is open on a post with errors (WordPress 6.1+)', async () => {
    const { register } = await load();
    const fake = fakeWordPress();
    register(fake.wp, SETTINGS);
    const locks = () => fake.calls.filter(([name]) => /PostSaving$/.test(name)).map(([name]) => name);
    fake.notify();
    // A draft being written stays saveable.
    expect(locks()).toEqual([]);
    fake.state.publishSidebarOpen = true;
    fake.notify();
    expect(locks()).toEqual(['core/editor.lockPostSaving']);
    fake.notify();
    expect(locks()).toHaveLength(1);
    // The date written in: no error left, publishing is free again.
    fake.state.blocks = fake.state.blocks.map((b) =>
      b.clientId === 'p-date' ? { ...b, html: '<p>Data opublikowania: 29 kwietnia 2021 r.</p>' } : b,
    );
    fake.notify();
    expect(locks()).toEqual(['core/editor.lockPostSaving', 'core/editor.unlockPostSaving']);
  });

  it('locks saving of an already published post with errors: its Update button publishes', async () => {
    const { register } = await load();
    const fake = fakeWordPress({ status: 'publish' });
    register(fake.wp, SETTINGS);
    fake.notify();
    expect(fake.calls.map(([name]) => name)).toContain('core/editor.lockPostSaving');
  });

  it('rejects a publishing save through editor.preSavePost (WordPress 6.7+) and lets drafts through', async () => {
    const { register } = await load();
    const fake = fakeWordPress();
    register(fake.wp, SETTINGS);
    const preSave = fake.filters['editor.preSavePost']!;
    await expect(preSave({ status: 'publish' }, {})).rejects.toThrow(
      /^Publikacja wstrzymana[\s\S]*date-missing/,
    );
    await expect(preSave({ status: 'publish' }, { isAutosave: true })).resolves.toEqual({
      status: 'publish',
    });
    await expect(preSave({ title: 'x' }, {})).resolves.toEqual({ title: 'x' });
    // "Nothing" on the settings page: findings are listed, publishing is never held back.
    const free = fakeWordPress();
    register(free.wp, { ...SETTINGS, blockOn: 'never' });
    const panel = render(free.plugins['content-a11y']!.render());
    expect(texts(panel)).toContainEqual(
      expect.stringMatching(/^Żaden problem z dostępnością nie blokuje publikacji: 1 błąd/),
    );
    await expect(free.filters['editor.preSavePost']!({ status: 'publish' }, {})).resolves.toEqual({
      status: 'publish',
    });
  });

  it('speaks Polish to a Polish editor and English otherwise', async () => {
    const { messageLocale } = await load();
    expect([
      messageLocale('pl_PL'),
      messageLocale('en_GB'),
      messageLocale('de_DE'),
      messageLocale(undefined),
    ]).toEqual(['pl', 'en', 'en', 'en']);
  });
});

describe('the plugin package', () => {
  it('builds a bundle that registers itself on window.wp, with its dependencies and translations', async () => {
    const { buildWordPressPlugin, DEPENDENCIES } = await import(
      '../../scripts/build-wordpress.mjs' as string
    );
    const { locales } = await buildWordPressPlugin();
    expect(locales).toEqual(['pl_PL']);
    const asset = readFileSync(join(plugin, 'build/editor.asset.php'), 'utf8');
    for (const dep of [
      'wp-plugins',
      'wp-edit-post',
      'wp-editor',
      'wp-data',
      'wp-element',
      'wp-components',
      'wp-i18n',
    ]) {
      expect(DEPENDENCIES).toContain(dep);
      expect(asset).toContain(`'${dep}'`);
    }
    // The bundle alone, as WordPress loads it: it reads window.wp and registers the plugin.
    const fake = fakeWordPress();
    runInNewContext(readFileSync(join(plugin, 'build/editor.js'), 'utf8'), {
      window: { wp: fake.wp, contentA11yEditor: SETTINGS },
      // The browser build of the HTML entity decoder makes an element when it loads.
      document: { createElement: () => ({ innerHTML: '', textContent: '' }) },
      Intl,
      // The configuration validator (@cfworker/json-schema) makes its base URL when it loads.
      URL,
    });
    // It registers once the checker's parts are loaded: in this one-file bundle, a few ticks.
    await vi.waitFor(() => expect(Object.keys(fake.plugins)).toEqual(['content-a11y']));
    expect(Object.keys(fake.filters)).toEqual(['editor.preSavePost']);

    const gettextParser = await gettext();
    const mo = gettextParser.mo.parse(readFileSync(join(plugin, 'languages/content-a11y-pl_PL.mo')));
    expect(mo.translations['']!['Accessibility checks']!.msgstr).toEqual(['Sprawdzanie dostępności']);
    const jed = JSON.parse(
      readFileSync(join(plugin, 'languages/content-a11y-pl_PL-content-a11y-editor.json'), 'utf8'),
    );
    expect(jed.locale_data.messages['Apply fix']).toEqual(['Zastosuj poprawkę']);
  });

  it('has every string the PHP and the editor script translate in the template, translated into Polish', async () => {
    const gettextParser = await gettext();
    const sources = [
      readFileSync(join(plugin, 'content-a11y.php'), 'utf8'),
      readFileSync(join(plugin, 'src/editor.js'), 'utf8'),
    ];
    const used = new Set<string>();
    for (const source of sources) {
      for (const m of source.matchAll(
        /\b(?:__|esc_html__|esc_attr__|_e|esc_html_e)\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*'content-a11y'/g,
      )) {
        used.add(m[2]!.replace(/\\(['"])/g, '$1'));
      }
    }
    // The plugin header's description is translated too (WordPress reads it with the text domain).
    used.add(/^ \* Description:\s+(.+)$/m.exec(sources[0]!)![1]!);
    expect(used.size).toBeGreaterThan(20);
    const template = gettextParser.po.parse(readFileSync(join(plugin, 'languages/content-a11y.pot')));
    const polish = gettextParser.po.parse(readFileSync(join(plugin, 'languages/content-a11y-pl_PL.po')));
    const known = Object.keys(template.translations['']!).filter(Boolean);
    expect(known.sort()).toEqual([...used].sort());
    for (const msgid of known) expect(polish.translations['']![msgid]?.msgstr[0], msgid).toBeTruthy();
  });
});
