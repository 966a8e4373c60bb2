// Bundles an entry for the browser with esbuild and refuses anything that only runs in Node: a
// Node built-in (`node:fs`, `path`…), jsdom or axe-core anywhere in the import graph fails the build.
import { builtinModules } from 'node:module';
import { createContext, runInContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { JSDOM } from 'jsdom';

const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));
const NODE_ONLY_PACKAGES = /^(jsdom|axe-core|canvas)(\/|$)/;

export const browserOnly: Plugin = {
  name: 'browser-only',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const bare = args.path.replace(/^node:/, '');
      if (args.path.startsWith('node:') || BUILTINS.has(bare) || BUILTINS.has(bare.split('/')[0]!)) {
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}` }] };
      }
      if (NODE_ONLY_PACKAGES.test(args.path)) {
        return { errors: [{ text: `Node-only package "${args.path}" imported by ${args.importer}` }] };
      }
      return undefined;
    });
  },
};

export interface BrowserBundle {
  code: string;
  inputs: string[];
}

/** An IIFE exposing the entry's exports as `globalThis[globalName]`. */
export async function bundleForBrowser(entry: string, globalName = 'ContentA11y'): Promise<BrowserBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName,
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    plugins: [browserOnly],
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

/**
 * Runs an IIFE bundle in a fresh VM context with a browser's globals, not Node's: no process,
 * Buffer or require. The document is there because micromark's browser build decodes character
 * references (`&eacute;`) through innerHTML; the rest are the web platform's, which Node shares.
 * Each call is a fresh module registry: nothing the bundle loaded before is loaded.
 */
export function runBundle<Api>(code: string, globalName = 'ContentA11y'): { api: Api; context: object } {
  const context = createContext({
    document: new JSDOM('').window.document,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    console,
  });
  runInContext(code, context);
  return { api: (context as Record<string, Api>)[globalName]!, context };
}
