// `content-a11y init [DIR]`: writes a starter content-a11y.config.json from the site DIR belongs
// to — its generator pinned, the title level and post globs it detected, a language when the
// site declares none (read from a sample of its posts), its build output ignored. Never
// overwrites an existing configuration unless --force.
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILES } from '../config/load.js';
import type { UserConfig } from '../config/types.js';
import { detectTextLanguage } from '../lang/detect.js';
import { globMatcher } from '../site/glob.js';
import type { Generator, SiteProfile } from '../site/types.js';
import type { CliIo } from './io.js';
import { type CommandSpec, option } from './program.js';
import { siteForDirectory } from './site-command.js';
import { UsageError } from './usage-error.js';

export const INIT_HELP = `
Writes content-a11y.config.json in DIR (default: the current directory) from what content-a11y
detects about the site there (see "content-a11y site"): the generator, the title level, which
files are posts, the generator's build folders to ignore, and a language when the site declares
none. An existing configuration is never replaced unless --force; --dry-run prints it instead.
`;

export const initCommand: CommandSpec = {
  name: 'init',
  define(command, { io, help, exit }) {
    command
      .argument('[dir]', help.arguments.siteDir)
      .addOption(option('--force', help.options.initForce))
      .addOption(option('--dry-run', help.options.dryRun))
      .addHelpText('after', INIT_HELP)
      .action(async (dir: string | undefined, values: InitValues) => {
        exit(await runInit(dir, values, io));
      });
  },
};

interface InitValues {
  force?: boolean;
  dryRun?: boolean;
}

/** What each generator builds into (never content to check). */
const BUILD_OUTPUT: Record<Generator, string[]> = {
  hugo: ['public/**', 'resources/**'],
  jekyll: ['_site/**', 'vendor/**', '.jekyll-cache/**'],
  octopress: ['public/**', '_deploy/**'],
  zola: ['public/**'],
  eleventy: ['_site/**'],
  astro: ['dist/**', '.astro/**'],
  docusaurus: ['build/**', '.docusaurus/**'],
  hexo: ['public/**', 'db.json'],
  mkdocs: ['site/**'],
  plain: [],
};

export async function runInit(dirArg: string | undefined, values: InitValues, io: CliIo): Promise<number> {
  const dir = resolve(io.cwd, dirArg ?? '.');
  const existing = existingConfig(dir);
  if (existing && !values.force && !values.dryRun) {
    io.stderr.write(
      `content-a11y: ${relative(io.cwd, join(dir, existing)) || existing} already configures content-a11y; not replaced (use --force to overwrite content-a11y.config.json).\n`,
    );
    return 2;
  }
  if (existing && existing !== 'content-a11y.config.json' && values.force) {
    throw new UsageError(
      `${existing} holds the configuration; --force only replaces content-a11y.config.json. Remove it first.`,
    );
  }
  const { site, profile } = await siteForDirectory(io.cwd, dir);
  const config = starterConfig(profile, site.dir, dir);
  const text = `${JSON.stringify(config, null, 2)}\n`;
  if (values.dryRun) {
    io.stdout.write(text);
    return 0;
  }
  const target = join(dir, 'content-a11y.config.json');
  await writeFile(target, text);
  io.stdout.write(
    `Wrote ${relative(io.cwd, target).split(sep).join('/') || target} for a ${profile.generator} site. Run "content-a11y site" to see what was detected.\n`,
  );
  return 0;
}

function existingConfig(dir: string): string | undefined {
  for (const name of CONFIG_FILES) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    if (name !== 'package.json') return name;
    try {
      if ((JSON.parse(text) as Record<string, unknown>)['content-a11y'] !== undefined) return name;
    } catch {
      // an unreadable package.json holds no configuration of ours
    }
  }
  return undefined;
}

export function starterConfig(profile: SiteProfile, siteDir: string, configDir: string): UserConfig {
  const config: UserConfig = { extends: 'recommended' };
  if (!profile.lang) {
    const lang = sampleLanguage(siteDir, profile);
    if (lang) config.lang = lang;
  }
  if (profile.generator !== 'plain') config.site = { generator: profile.generator };
  if (profile.titleLevel !== undefined) config.titleLevel = profile.titleLevel;
  const prefix = relative(configDir, siteDir).split(sep).join('/');
  const under = (glob: string) => (prefix && !prefix.startsWith('..') ? `${prefix}/${glob}` : glob);
  if (profile.posts?.length) config.posts = profile.posts;
  const ignores = BUILD_OUTPUT[profile.generator].map(under);
  if (ignores.length > 0) config.ignores = ignores;
  return config;
}

/** The language most of up to 30 posts read as, for a site that declares none. */
function sampleLanguage(siteDir: string, profile: SiteProfile): string | undefined {
  const isPost = profile.posts?.length ? globMatcher(profile.posts) : () => true;
  const counts = new Map<string, number>();
  let read = 0;
  const stack = [''];
  while (stack.length > 0 && read < 30) {
    const rel = stack.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(join(siteDir, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') stack.push(path);
      else if (e.isFile() && /\.(md|markdown|mdx)$/i.test(e.name) && isPost(path) && read < 30) {
        read++;
        const lang = detectTextLanguage(readFileSync(join(siteDir, path), 'utf8').slice(0, 20_000))?.lang;
        if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      }
    }
  }
  let best: string | undefined;
  for (const [lang, n] of counts) if (!best || n > counts.get(best)!) best = lang;
  return best;
}
