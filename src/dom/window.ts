// One jsdom window per process (per worker), with axe-core's source evaluated in it once, reused
// for every post. jsdom and axe-core are imported here lazily, so `checkSync()`, `--no-axe` and the
// browser build never load them.
//
// Safety: `runScripts: 'outside-only'` lets *us* evaluate axe in the window, while the page's own
// `<script>` elements and `on*=` attributes never run (only 'dangerously' would run them; never
// used). No `resources` option: jsdom then loads no images, styles, scripts or frames.
import type { DOMWindow, JSDOM } from 'jsdom';

/** The part of axe-core's API we use. */
export interface AxeApi {
  run(context: unknown, options: Record<string, unknown>): Promise<AxeResults>;
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
}

export interface AxeResults {
  violations: AxeRuleResult[];
}

export interface AxeWindow {
  window: DOMWindow;
  document: Document;
  axe: AxeApi;
  runs: number;
  dom: JSDOM;
}

/** A window is replaced after this many posts, so memory jsdom keeps per document stays bounded. */
const RECYCLE_AFTER = 500;

let current: Promise<AxeWindow> | undefined;
let queue: Promise<unknown> = Promise.resolve();

async function createWindow(): Promise<AxeWindow> {
  const [{ JSDOM, VirtualConsole }, axeModule] = await Promise.all([import('jsdom'), import('axe-core')]);
  // A silent console: jsdom's "not implemented" notes and axe's errors (one 650 KB minified line)
  // must never reach the user's terminal.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    virtualConsole,
  });
  const window = dom.window;
  // jsdom has no layout: without these, page-level checks come back "incomplete".
  const proto = window.Document.prototype as unknown as Record<string, unknown>;
  proto.elementFromPoint = () => null;
  proto.elementsFromPoint = () => [];
  const source = (axeModule as unknown as { default: { source: string } }).default.source;
  window.eval(source);
  const axe = (window as unknown as { axe: AxeApi }).axe;
  return { window, document: window.document, axe, runs: 0, dom };
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
