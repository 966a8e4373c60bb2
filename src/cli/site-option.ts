// `check --site DIR`: which site the checked files belong to, shared by the run. Its own module so
// check-command.ts and site-command.ts (which imports CliIo from it) need not import each other.
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import { SiteRun } from '../site/site-run.js';
import { UsageError } from './usage-error.js';

/** The run's site lookup: `--site DIR`, else upward from each file. */
export function siteRun(cwd: string, siteDir: string | undefined, loaded: LoadedConfig): SiteRun {
  if (siteDir !== undefined && !isDirectory(resolve(cwd, siteDir))) {
    throw new UsageError(`--site takes the directory of a site, and ${siteDir} is not one.`);
  }
  return new SiteRun({
    cwd,
    ...(siteDir !== undefined ? { siteDir } : {}),
    ...(loaded.filepath ? { configFile: relative(cwd, loaded.filepath).split(sep).join('/') } : {}),
    configDir: loaded.baseDir,
  });
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
