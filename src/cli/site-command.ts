// `content-a11y site [DIR]`: what content-a11y detected about the site a directory belongs to —
// generator, languages, title level, Markdown flavour, which files are posts — and where each
// value came from, as text or `--format json`. The config's `site`, `titleLevel` and `posts`
// are applied, as a check would.
import { join, relative, resolve, sep } from 'node:path';
import { loadConfig } from '../config/load.js';
import { resolveConfig } from '../config/resolve.js';
import { applySiteOverrides, GENERATOR_IMAGE_TAGS } from '../site/facts.js';
import { type LocatedSite, SiteLocator } from '../site/locate.js';
import type { SiteProfile, ValueOrigin } from '../site/types.js';
import type { CliIo } from './io.js';
import { type CommandSpec, option } from './program.js';
import { isDirectory } from './site-option.js';
import { UsageError } from './usage-error.js';

export const SITE_HELP = `
Shows what content-a11y reads from the site DIR (default: the current directory) belongs to:
the generator (Hugo, Jekyll, Octopress, Zola, Eleventy, Astro, Docusaurus, Hexo, MkDocs, or a
plain folder), the site's languages, the level its layout renders a post's title at, its
Markdown flavour and template tags, and which files are posts — each with the file and line it
came from. Override any of it in the configuration: "site": { … }, "titleLevel", "posts".
`;

export const siteCommand: CommandSpec = {
  name: 'site',
  define(command, { io, help, exit }) {
    command
      .argument('[dir]', help.arguments.siteDir)
      .addOption(option('-f, --format <format>', help.options.siteFormat))
      .addOption(option('-c, --config <file>', help.options.config))
      .addHelpText('after', SITE_HELP)
      .action(async (dir: string | undefined, values: SiteValues) => {
        exit(await runSiteCommand(dir, values, io));
      });
  },
};

interface SiteValues {
  format?: string;
  config?: string;
}

/** The site DIR belongs to, with the configuration's overrides applied. */
export async function siteForDirectory(
  cwd: string,
  dir: string,
  configFile?: string,
): Promise<{ site: LocatedSite; profile: SiteProfile }> {
  const abs = resolve(cwd, dir);
  if (!isDirectory(abs)) throw new UsageError(`${dir} is not a directory.`);
  const loaded = await loadConfig({ cwd, ...(configFile ? { configFile } : {}) });
  const config = resolveConfig(loaded.config);
  const locator = new SiteLocator(cwd, loaded.baseDir);
  const here = locator.siteAt(abs);
  const site = here.profile.generator !== 'plain' ? here : locator.siteOf(join(abs, '.content-a11y-probe'));
  const profile = applySiteOverrides(site.profile, config.site, config);
  return { site, profile };
}

export async function runSiteCommand(
  dirArg: string | undefined,
  values: SiteValues,
  io: CliIo,
): Promise<number> {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format takes text or json, not "${format}".`);
  }
  const dir = dirArg ?? '.';
  const { site, profile } = await siteForDirectory(io.cwd, dir, values.config);
  const shownDir = relative(io.cwd, site.dir).split(sep).join('/') || '.';
  if (format === 'json') {
    io.stdout.write(
      `${JSON.stringify({ dir: shownDir, ...profile, imageTags: imageTags(profile) }, null, 2)}\n`,
    );
    return 0;
  }
  io.stdout.write(describeSite(shownDir, profile));
  return 0;
}

function imageTags(profile: SiteProfile) {
  return {
    ...(GENERATOR_IMAGE_TAGS[profile.generator] ?? {}),
    ...(profile.generator === 'octopress' ? GENERATOR_IMAGE_TAGS.jekyll : {}),
    ...(profile.imageTags ?? {}),
  };
}

export function describeSite(dir: string, profile: SiteProfile): string {
  const origin = (key: string) => showOrigin(profile.origins?.[key]);
  const yesNo = (v: boolean) => (v ? 'yes' : 'no');
  const rows: Array<[string, string, string]> = [];
  rows.push([
    'generator',
    profile.generator,
    origin('generator') || (profile.generator === 'plain' ? 'no site config found' : ''),
  ]);
  rows.push(['language', profile.lang ?? '(none declared)', origin('lang')]);
  const languages = Object.entries(profile.languages ?? {});
  if (languages.length > 0) {
    rows.push([
      'languages',
      languages
        .map(
          ([key, l]) =>
            `${key}${l.tag !== key ? `=${l.tag}` : ''}${l.contentDir ? ` (${l.contentDir}/)` : ''}`,
        )
        .join(', '),
      origin('languages'),
    ]);
  }
  if (profile.langFromFileSuffix) rows.push(['', 'post.<lang>.md names a translation', '']);
  rows.push([
    'title level',
    profile.titleLevel === undefined
      ? '(guessed per post: h1 for a title field)'
      : profile.titleLevel === 'none'
        ? 'not a heading'
        : `h${profile.titleLevel}`,
    origin('titleLevel'),
  ]);
  rows.push(['posts', profile.posts?.length ? profile.posts.join(', ') : 'every file', origin('posts')]);
  rows.push(['not posts', (profile.notPosts ?? []).join(', '), '']);
  const f = profile.flavour;
  rows.push([
    'markdown',
    `bare URLs linked: ${yesNo(f.autolink)}, definition lists: ${yesNo(f.definitionLists)}, attribute lists: ${yesNo(f.attributeLists)}, footnotes: ${yesNo(f.footnotes)}`,
    origin('flavour.autolink') || origin('flavour'),
  ]);
  rows.push(['templates', f.templates.length ? f.templates.join(', ') : 'none', origin('flavour.templates')]);
  const tags = Object.entries(imageTags(profile));
  if (tags.length > 0) {
    rows.push([
      'image tags',
      tags
        .map(
          ([name, m]) =>
            `${name} (${Object.entries(m)
              .map(([k, v]) => `${k}: ${v}`)
              .join(', ')})`,
        )
        .join('; '),
      origin('imageTags'),
    ]);
  }
  if (profile.files?.length) rows.push(['read from', profile.files.join(', '), '']);
  const width = Math.max(...rows.map((r) => r[0].length));
  const lines = rows.map(([k, v, o]) => `  ${k.padEnd(width)}  ${v}${o ? `  ← ${o}` : ''}`);
  return `Site in ${dir}\n${lines.join('\n')}\n`;
}

function showOrigin(origin: ValueOrigin | undefined): string {
  if (!origin) return '';
  if (origin.kind === 'config') return `content-a11y config (${origin.key})`;
  if (origin.kind === 'default') return origin.key ? `default: ${origin.key}` : 'default';
  if (origin.kind === 'path') return `path ${origin.key}`;
  const where = origin.file ? `${origin.file}${origin.line ? `:${origin.line}` : ''}` : '';
  return origin.key && origin.file ? `${where} (${origin.key})` : where || (origin.key ?? '');
}
