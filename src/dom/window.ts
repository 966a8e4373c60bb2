// One jsdom window per process (per worker), with axe-core's source evaluated in it once, reused
// for every post. jsdom and axe-core are imported here lazily, so `checkSync()`, `--no-axe` and the
// browser build never load them.
//
// Safety: `runScripts: 'outside-only'` lets *us* evaluate axe in the window, while the page's own
// `<script>` elements and `on*=` attributes never run (only 'dangerously' would run them; never
// used). No `resources` option: jsdom then loads no images, styles, scripts or frames.
//
// Each post is parsed into the window's document by jsdom's own HTML parser (`document.write` on a
// loaded document replaces it), with node locations on, so every element axe names can be traced
// back to the offset it was parsed from.
import { createRequire } from 'node:module';
import type { DOMWindow, JSDOM } from 'jsdom';

/** The part of axe-core's API we use. */
export interface AxeApi {
  run(context: unknown, options: Record<string, unknown>): Promise<AxeResults>;
  configure(spec: Record<string, unknown>): void;
  reset(): void;
}

export interface AxeNodeResult {
  html: string;
  element?: globalThis.Element;
  impact?: string | null;
}

export interface AxeRuleResult {
  id: string;
  impact?: string | null;
  tags: string[];
  help: string;
  helpUrl: string;
  nodes: AxeNodeResult[];
  /** Set by axe-core when the rule threw: the result is then "incomplete" with this error. */
  error?: { message?: string };
}

export interface AxeResults {
  violations: AxeRuleResult[];
  incomplete: AxeRuleResult[];
}

export interface AxeWindow {
  window: DOMWindow;
  document: Document;
  axe: AxeApi;
  runs: number;
  dom: JSDOM;
  /** Locale axe-core's own messages are in (`en` until configured). */
  locale: string;
  /** Replaces the document with `html`, parsed as a browser parses a page. */
  load(html: string): void;
  /** Where the parser found an element: offsets into the last loaded `html`. */
  locationOf(node: globalThis.Node): { startOffset: number; endOffset?: number } | undefined;
  /** Puts axe-core's messages into `locale` when axe-core ships it, else English. */
  useLocale(locale: string): void;
}

/** A window is replaced after this many posts, so memory jsdom keeps per document stays bounded. */
const RECYCLE_AFTER = 500;

let current: Promise<AxeWindow> | undefined;
let queue: Promise<unknown> = Promise.resolve();
const require = createRequire(import.meta.url);

async function createWindow(): Promise<AxeWindow> {
  const [{ JSDOM, VirtualConsole }, axeModule] = await Promise.all([import('jsdom'), import('axe-core')]);
  // A silent console: jsdom's "not implemented" notes and axe's errors (one 650 KB minified line)
  // must never reach the user's terminal.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    includeNodeLocations: true,
    virtualConsole,
  });
  const window = dom.window;
  keepFramesInert(window);
  addMissingLayoutApis(window);
  const source = (axeModule as unknown as { default: { source: string } }).default.source;
  window.eval(source);
  const axe = (window as unknown as { axe: AxeApi }).axe;
  if (window.document.readyState === 'loading') {
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  }
  const w: AxeWindow = {
    window,
    document: window.document,
    axe,
    runs: 0,
    dom,
    locale: 'en',
    load(html) {
      // An empty write would leave the previous post in place.
      window.document.write(html || '<!DOCTYPE html>');
    },
    locationOf(node) {
      const at = dom.nodeLocation(node as never) as { startOffset?: number; endOffset?: number } | null;
      return at?.startOffset === undefined
        ? undefined
        : { startOffset: at.startOffset, endOffset: at.endOffset };
    },
    useLocale(locale) {
      const wanted = axeLocale(locale);
      if (wanted.lang === w.locale) return;
      if (wanted.data) axe.configure({ locale: wanted.data });
      else axe.reset();
      w.locale = wanted.lang;
    },
  };
  return w;
}

const axeLocales = new Map<string, { lang: string; data?: unknown }>();

/** axe-core's translation for a message locale (`pl` → axe-core/locales/pl.json), or English. */
function axeLocale(locale: string): { lang: string; data?: unknown } {
  const tag = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  let found = axeLocales.get(tag);
  if (!found) {
    found = { lang: 'en' };
    if (/^[a-z]{2,3}$/.test(tag) && tag !== 'en') {
      try {
        found = { lang: tag, data: require(`axe-core/locales/${tag}.json`) };
      } catch {
        // axe-core has no translation for this language: its English text is kept.
      }
    }
    axeLocales.set(tag, found);
  }
  return found;
}

/** jsdom keeps each DOM object's implementation under a symbol named "impl". */
function implOf(wrapper: object): Record<string, unknown> | undefined {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === 'impl');
  return symbol ? (wrapper as Record<symbol, Record<string, unknown>>)[symbol] : undefined;
}

/** Documents of ours, whose frames must stay plain elements. */
const inertDocuments = new WeakSet<object>();
const patchedFramePrototypes = new WeakSet<object>();

/**
 * jsdom builds a whole Window for every `<iframe>` and `<frame>` attached to a document that has
 * one: 3,000 frames in an 84 KB post took minutes and 2.9 GB. axe never enters a frame here
 * (`iframes: false`) and nothing is ever loaded into one, so in our documents a frame stays an
 * element with no content window. Other jsdom documents in the process keep jsdom's behaviour.
 */
function keepFramesInert(window: DOMWindow): void {
  const documentImpl = implOf(window.document);
  const frameImpl = implOf(window.document.createElement('frame'));
  const frameProto = frameImpl && Object.getPrototypeOf(frameImpl);
  const elementProto = frameProto && Object.getPrototypeOf(frameProto);
  const hooks = ['_attach', '_detach', '_attrModified'] as const;
  if (!documentImpl || !elementProto || hooks.some((h) => typeof frameProto[h] !== 'function')) {
    throw new Error('this jsdom version cannot keep frames from loading; content-a11y needs jsdom ~27.4');
  }
  inertDocuments.add(documentImpl);
  if (patchedFramePrototypes.has(frameProto)) return;
  for (const hook of hooks) {
    const framed = frameProto[hook] as (...args: unknown[]) => unknown;
    const plain = elementProto[hook] as (...args: unknown[]) => unknown;
    frameProto[hook] = function (this: { _ownerDocument: object }, ...args: unknown[]) {
      return (inertDocuments.has(this._ownerDocument) ? plain : framed).apply(this, args);
    };
  }
  patchedFramePrototypes.add(frameProto);
}

/**
 * jsdom has no layout: without these, page-level checks come back "incomplete", and rules that
 * measure text (object-alt, through its visible-text check) throw on `Range.getClientRects`.
 * Like jsdom's own element boxes, they answer "no box".
 */
function addMissingLayoutApis(window: DOMWindow): void {
  const doc = window.Document.prototype as unknown as Record<string, unknown>;
  doc.elementFromPoint = () => null;
  doc.elementsFromPoint = () => [];
  const range = window.Range.prototype as unknown as Record<string, unknown>;
  if (typeof range.getClientRects !== 'function') range.getClientRects = () => [];
  if (typeof range.getBoundingClientRect !== 'function') {
    range.getBoundingClientRect = () => new window.DOMRect(0, 0, 0, 0);
  }
  // jsdom's MathML elements have no `style`, and its getComputedStyle throws on them, which made
  // every axe rule that asks "is it hidden?" fail on a post with a formula (React's docs write
  // `<Math>`, which HTML's parser turns into MathML). A browser lays MathML out like other inline
  // content: such an element gets no declarations of its own, and inherits its parent's visibility.
  const computed = window.getComputedStyle.bind(window);
  const styled = (el: globalThis.Element) => (el as { style?: unknown }).style !== undefined;
  window.getComputedStyle = (el, pseudo) => {
    if (styled(el)) return computed(el, pseudo);
    const declaration = window.document.createElement('span').style;
    const parent = el.parentElement;
    if (parent) declaration.visibility = window.getComputedStyle(parent).visibility;
    return declaration;
  };
}

/**
 * Runs `task` with the shared window, one task at a time (two `axe.run` calls on one window
 * throw). A task that fails does not stop the ones queued after it.
 */
export function withAxeWindow<T>(task: (w: AxeWindow) => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    if (!current) current = createWindow();
    let w: AxeWindow;
    try {
      w = await current;
    } catch (error) {
      current = undefined;
      throw error;
    }
    if (w.runs >= RECYCLE_AFTER) {
      w.window.close();
      current = createWindow();
      w = await current;
    }
    w.runs++;
    return task(w);
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** Closes the shared window (tests, long-lived hosts that want the memory back). */
export async function closeAxeWindow(): Promise<void> {
  const pending = current;
  current = undefined;
  if (pending) {
    await queue;
    (await pending.catch(() => undefined))?.window.close();
  }
}
