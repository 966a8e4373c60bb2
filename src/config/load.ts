// Finding and loading the configuration file (Node only): content-a11y.config.{json,js,mjs} or
// the "content-a11y" key of package.json, searched upward from the current directory.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Loader, lilconfig } from 'lilconfig';
import { ConfigError, type UserConfig } from './types.js';

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
  // A config module is code the user trusts, like ESLint's; posts are never code.
  const mod = (await import(pathToFileURL(filepath).href)) as { default?: unknown };
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
      return { config: (found?.config ?? {}) as UserConfig, filepath, baseDir: dirname(filepath) };
    }
    const found = await explorer.search(options.cwd);
    if (!found || found.isEmpty) return { config: {}, baseDir: options.cwd };
    return { config: found.config as UserConfig, filepath: found.filepath, baseDir: dirname(found.filepath) };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Cannot load the configuration: ${(error as Error).message}`);
  }
}
