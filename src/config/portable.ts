// A resolved configuration as data that can cross to a worker thread. The rule registry holds
// functions (rules, plugins), which structured clone cannot copy: a worker rebuilds it from the
// built-in rules and the plugin modules' addresses, importing each plugin itself.
import { builtinRegistry, type Plugin } from '../engine/registry.js';
import type { ResolvedConfig } from './types.js';

export interface PortableConfig extends Omit<ResolvedConfig, 'registry' | 'plugins'> {
  /** file: URLs of the plugin modules, in configuration order. */
  pluginUrls: string[];
}

/** Where each plugin loaded from a configuration file came from (set by loadConfig). */
const sources = new WeakMap<object, string>();

export function rememberPluginSource(plugin: object, url: string): void {
  sources.set(plugin, url);
}

/** The configuration as data, or undefined when a plugin was given as an object (a library
 * caller's), which a worker could not load again: such runs stay in one thread. */
export function toPortable(config: ResolvedConfig): PortableConfig | undefined {
  const pluginUrls: string[] = [];
  for (const plugin of config.plugins) {
    const url = sources.get(plugin);
    if (!url) return undefined;
    pluginUrls.push(url);
  }
  const { registry: _registry, plugins: _plugins, ...data } = config;
  return { ...data, pluginUrls };
}

const loaded = new Map<string, Promise<Plugin>>();

/** Rebuilds the configuration in a worker; each plugin module is imported once per thread. */
export async function fromPortable(portable: PortableConfig): Promise<ResolvedConfig> {
  const { pluginUrls, ...data } = portable;
  const plugins = await Promise.all(
    pluginUrls.map((url) => {
      let plugin = loaded.get(url);
      if (!plugin) {
        plugin = import(url).then((mod: { default?: unknown }) => (mod.default ?? mod) as Plugin);
        loaded.set(url, plugin);
      }
      return plugin;
    }),
  );
  return { ...data, plugins, registry: builtinRegistry().withPlugins(plugins) };
}

export function isPortable(config: ResolvedConfig | PortableConfig): config is PortableConfig {
  return 'pluginUrls' in config;
}

/** What a cache key needs of a configuration: its data and which rules exist (plugins' included). */
export function configIdentity(config: ResolvedConfig): unknown {
  const { registry, plugins: _plugins, ...data } = config;
  return { ...data, ruleIds: registry.rules.map((r) => r.id) };
}
