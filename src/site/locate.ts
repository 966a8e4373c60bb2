// Finding the site a file lives in (Node only): the nearest directory upward with a generator's
// config, read once per run and cached per directory. A repository root (`.git`) ends the search:
// a content repo never inherits a site from the folder it was cloned into.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { plainProfile } from './facts.js';
import { readConfigFile } from './read/config-file.js';
import { hugoConfigFiles, readHugo } from './read/hugo.js';
import { isHexoConfig, isOctopress, readHexo, readJekyll } from './read/jekyll.js';
import { JS_CONFIGS, readAstro, readDocusaurus, readEleventy, readMkdocs } from './read/js-sites.js';
import { isZolaConfig, readZola } from './read/zola.js';
import type { SiteProfile } from './types.js';

export interface LocatedSite {
  /** Absolute directory of the site. */
  dir: string;
  profile: SiteProfile;
}

/** Detects the generator of one directory, or undefined when it holds no site config. */
export function detectSite(dir: string): SiteProfile | undefined {
  if (existsSync(join(dir, 'mkdocs.yml')) || existsSync(join(dir, 'mkdocs.yaml'))) {
    const file = readConfigFile(dir, existsSync(join(dir, 'mkdocs.yml')) ? 'mkdocs.yml' : 'mkdocs.yaml');
    if (file) return readMkdocs(dir, file);
  }
  for (const name of JS_CONFIGS.docusaurus) if (existsSync(join(dir, name))) return readDocusaurus(dir, name);
  for (const name of JS_CONFIGS.astro) if (existsSync(join(dir, name))) return readAstro(dir, name);
  for (const name of JS_CONFIGS.eleventy) if (existsSync(join(dir, name))) return readEleventy(dir, name);
  const zola = readConfigFile(dir, 'config.toml') ?? readConfigFile(dir, 'zola.toml');
  if (zola && isZolaConfig(zola)) return readZola(dir, zola);
  const hugo = hugoConfigFiles(dir);
  if (hugo.length > 0) return readHugo(dir, hugo);
  for (const name of ['_config.yml', '_config.yaml', '_config.toml']) {
    const file = readConfigFile(dir, name);
    if (!file) continue;
    if (isHexoConfig(dir, file)) return readHexo(dir, file);
    return readJekyll(dir, file, isOctopress(dir, file));
  }
  return undefined;
}

export class SiteLocator {
  private readonly byDir = new Map<string, LocatedSite | null>();

  /**
   * @param cwd paths of posts (in findings) are relative to this directory
   * @param fallbackDir the plain folder's root when no site is found (the config's directory)
   */
  constructor(
    private readonly cwd: string,
    private readonly fallbackDir: string = cwd,
  ) {}

  /** The site of a file (absolute or cwd-relative path): nearest upward, else the plain folder. */
  siteOf(file: string): LocatedSite {
    const start = dirname(resolve(this.cwd, file));
    return this.lookup(start) ?? this.plain();
  }

  /** Reads the site at `dir` itself (`--site DIR`); a plain folder when it has no config. */
  siteAt(dir: string): LocatedSite {
    const abs = resolve(this.cwd, dir);
    const profile = detectSite(abs) ?? plainProfile();
    return { dir: abs, profile: { ...profile, root: this.display(abs) } };
  }

  /** The file's path relative to its site root (posix), what post globs are matched against. */
  pathInSite(site: LocatedSite, file: string): string {
    return relative(site.dir, resolve(this.cwd, file)).split(sep).join('/');
  }

  private lookup(dir: string): LocatedSite | undefined {
    const chain: string[] = [];
    let current = dir;
    let found: LocatedSite | null | undefined;
    for (;;) {
      if (this.byDir.has(current)) {
        found = this.byDir.get(current);
        break;
      }
      chain.push(current);
      const profile = detectSite(current);
      if (profile) {
        found = { dir: current, profile: { ...profile, root: this.display(current) } };
        break;
      }
      const parent = dirname(current);
      if (existsSync(join(current, '.git')) || parent === current) {
        found = null;
        break;
      }
      current = parent;
    }
    for (const d of chain) this.byDir.set(d, found ?? null);
    return found ?? undefined;
  }

  private plainSite?: LocatedSite;

  private plain(): LocatedSite {
    this.plainSite ??= { dir: this.fallbackDir, profile: plainProfile(this.display(this.fallbackDir)) };
    return this.plainSite;
  }

  private display(dir: string): string {
    return relative(this.cwd, dir).split(sep).join('/');
  }
}
