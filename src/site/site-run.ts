// The site side of a run over files (Node only): which site each file belongs to, what to tell
// the core about it, and the run-level summary (lang-missing once per site).
import { type Dirent, readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { hash64 } from '../engine/fingerprint.js';
import type { FileResult } from '../types.js';
import { type SiteGroup, summarizeUndeclaredLanguage } from './lang-summary.js';
import { type LocatedSite, SiteLocator } from './locate.js';
import { readText } from './read/config-file.js';
import type { SiteProfile } from './types.js';

export interface SiteRunOptions {
  cwd: string;
  /** `--site DIR`: this site for every file instead of searching upward. */
  siteDir?: string;
  /** The content-a11y config file (shown in results) and its directory (the plain folder's root). */
  configFile?: string;
  configDir?: string;
}

export interface FileSiteOptions {
  site: SiteProfile;
  sitePath: string;
  postKind?: 'page';
  /** Changes when the site's settings do: part of the cache key. */
  siteKey: string;
  /** The file is one of the site's layout templates: template code, not content. */
  template?: boolean;
}

export class SiteRun {
  private readonly locator: SiteLocator;
  private readonly fixed?: LocatedSite;
  private readonly keys = new Map<LocatedSite, string>();
  private readonly siteByDisplay = new Map<string, LocatedSite>();
  private readonly listDirs = new Map<string, boolean>();

  constructor(private readonly options: SiteRunOptions) {
    this.locator = new SiteLocator(options.cwd, options.configDir ?? options.cwd);
    if (options.siteDir) this.fixed = this.locator.siteAt(options.siteDir);
  }

  /** What the core needs to know about `file`'s site; `display` is its path in results. */
  forFile(file: string, display: string): FileSiteOptions {
    const site = this.fixed ?? this.locator.siteOf(file);
    this.siteByDisplay.set(display, site);
    const abs = resolve(this.options.cwd, file);
    let sitePath = relative(site.dir, abs).split(sep).join('/');
    // A file outside the plain folder's root: its own path still says docs/, drafts/…
    if (sitePath.startsWith('..') || isAbsolute(sitePath))
      sitePath = abs.split(sep).join('/').replace(/^\//, '');
    const out: FileSiteOptions = { site: site.profile, sitePath, siteKey: this.keyOf(site) };
    if ((site.profile.templateDirs ?? []).some((d) => sitePath === d || sitePath.startsWith(`${d}/`)))
      out.template = true;
    if (site.profile.generator !== 'hugo' && this.isListIndex(abs)) out.postKind = 'page';
    return out;
  }

  /** Replaces per-post lang-missing findings with one per site (see lang-summary.ts). */
  summarize(files: FileResult[], config: ResolvedConfig, locale: string | undefined): FileResult[] {
    const groupOf = (path: string): SiteGroup | undefined => {
      const site = this.siteByDisplay.get(path);
      if (!site) return undefined;
      const configFile = site.profile.generator === 'plain' ? undefined : site.profile.files?.[0];
      const group: SiteGroup = { key: site.dir, profile: site.profile };
      if (configFile) {
        const shown = join(site.profile.root, configFile).split(sep).join('/');
        group.configFile = shown;
        group.configLine = firstSettingLine(readText(site.dir, configFile) ?? '');
      }
      return group;
    };
    return summarizeUndeclaredLanguage(files, groupOf, {
      config,
      ...(locale ? { locale } : {}),
      ...(this.options.configFile ? { configFile: this.options.configFile } : {}),
    });
  }

  private keyOf(site: LocatedSite): string {
    let key = this.keys.get(site);
    if (!key) {
      key = hash64(JSON.stringify(site.profile));
      this.keys.set(site, key);
    }
    return key;
  }

  /** `index.md` of a folder that holds other posts is the folder's list page (Hugo's are posts):
   * posts beside it, or in folders below it (a blog's 2025/04/23/post.md, a few levels at most). */
  private isListIndex(abs: string): boolean {
    if (!/^index\.(md|markdown|mdx|html?)$/i.test(basename(abs))) return false;
    const dir = dirname(abs);
    let known = this.listDirs.get(dir);
    if (known === undefined) {
      known = holdsPosts(dir, 0, { left: 400 });
      this.listDirs.set(dir, known);
    }
    return known;
  }
}

const MAX_LIST_DEPTH = 4;

/** Whether `dir` holds a Markdown post other than an index, within a few levels and a budget of
 * directory entries (a huge tree is not walked to decide one file). */
function holdsPosts(dir: string, depth: number, budget: { left: number }): boolean {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  budget.left -= entries.length;
  const posts = entries.some(
    (e) => e.isFile() && /\.(md|markdown|mdx)$/i.test(e.name) && (depth > 0 || !/^index\./i.test(e.name)),
  );
  if (posts) return true;
  if (depth >= MAX_LIST_DEPTH) return false;
  for (const e of entries) {
    if (budget.left <= 0) return false;
    if (e.isDirectory() && !e.name.startsWith('.') && holdsPosts(join(dir, e.name), depth + 1, budget))
      return true;
  }
  return false;
}

/** Line of the first setting in a config file (past comments, blank lines and an opening `{`). */
function firstSettingLine(text: string): number {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => l.trim() !== '' && !/^\s*(#|\/\/|\{\s*$|---\s*$)/.test(l));
  return i < 0 ? 1 : i + 1;
}
