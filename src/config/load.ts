// Finding and loading the configuration file (Node only): content-a11y.config.{json,js,mjs} or
// the "content-a11y" key of package.json, searched upward from the current directory.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Loader, lilconfig } from 'lilconfig';
import type { Plugin } from '../engine/registry.js';
import { ConfigError } from '../errors.js';
import { rememberPluginSource } from './portable.js';
import type { UserConfig } from './types.js';

export const CONFIG_FILES = [
  'package.json',
  'content-a11y.config.json',
  'content-a11y.config.js',
  'content-a11y.config.mjs',
];

const loadJson: Loader = async (filepath, content) => {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new ConfigError(`${filepath} is not valid JSON: ${(error as Error).message}`);
  }
};

const loadModule: Loader = async (filepath) => {
  // A config module is code the user trusts, like ESLint's; posts are never code. The module's
  // modification time is part of its URL: a long-running process (the language server) must see
  // an edited config, and Node caches a module by URL.
  const { mtimeMs } = await stat(filepath);
  const url = `${pathToFileURL(filepath).href}?mtime=${mtimeMs}`;
  const mod = (await import(url)) as { default?: unknown };
  return mod.default ?? mod;
};

export interface LoadedConfig {
  config: UserConfig;
  /** The file it came from; undefined when none was found. */
  filepath?: string;
  /** Directory that `ignores` patterns are relative to. */
  baseDir: string;
}

/** Finds and reads the configuration file (Node only): `--config`, else searched upward from `cwd`. */
export async function loadConfig(options: { cwd: string; configFile?: string }): Promise<LoadedConfig> {
  const explorer = lilconfig('content-a11y', {
    searchPlaces: CONFIG_FILES,
    loaders: { '.json': loadJson, '.js': loadModule, '.mjs': loadModule },
  });
  try {
    if (options.configFile) {
      const filepath = resolve(options.cwd, options.configFile);
      await readFile(filepath).catch(() => {
        throw new ConfigError(`Cannot read the configuration file ${options.configFile}: check the path.`);
      });
      const found = await explorer.load(filepath);
      const baseDir = dirname(filepath);
      return { config: await withPlugins((found?.config ?? {}) as UserConfig, baseDir), filepath, baseDir };
    }
    const found = await explorer.search(options.cwd);
    if (!found || found.isEmpty) return { config: {}, baseDir: options.cwd };
    const baseDir = dirname(found.filepath);
    return {
      config: await withPlugins(found.config as UserConfig, baseDir),
      filepath: found.filepath,
      baseDir,
    };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Cannot load the configuration: ${(error as Error).message}`);
  }
}

/**
 * Imports the plugins a configuration names (`"./rules/local.mjs"`, `"content-a11y-plugin-x"`),
 * resolved from the configuration's folder, like ESLint's. Their code is trusted, as the
 * configuration's is; a plugin that cannot be loaded is a configuration error that names it.
 */
export async function withPlugins(config: UserConfig, baseDir: string): Promise<UserConfig> {
  if (!Array.isArray(config.plugins) || !config.plugins.some((p) => typeof p === 'string')) return config;
  const plugins = [];
  for (const plugin of config.plugins) {
    if (typeof plugin !== 'string') {
      plugins.push(plugin);
      continue;
    }
    let url: string;
    try {
      url = pluginUrl(plugin, baseDir);
    } catch {
      throw new ConfigError(
        `Cannot find the plugin "${plugin}" from ${baseDir}: install it, or give a path such as "./rules/local.mjs".`,
      );
    }
    try {
      const mod = (await import(url)) as { default?: unknown };
      const loaded = (mod.default ?? mod) as Plugin;
      if (loaded && typeof loaded === 'object') rememberPluginSource(loaded, url);
      plugins.push(loaded);
    } catch (error) {
      throw new ConfigError(`The plugin "${plugin}" failed to load: ${(error as Error).message}`);
    }
  }
  return { ...config, plugins };
}

function pluginUrl(specifier: string, baseDir: string): string {
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const path = resolve(baseDir, specifier);
    if (!existsSync(path)) throw new Error('not found');
    return pathToFileURL(path).href;
  }
  // Packages: Node's resolution from the config's folder (exports' "import" condition included).
  return pathToFileURL(createRequire(join(baseDir, 'package.json')).resolve(specifier)).href;
}
