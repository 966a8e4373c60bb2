// Hugo: hugo.{toml,yaml,json} / config.* / config/_default/, languages, Goldmark options, main
// sections, the theme's layouts and the site's own image shortcodes.
import type { ImageTagMapping, SiteLanguage, SiteProfile } from '../types.js';
import {
  type ConfigFile,
  dirExists,
  get,
  isRecord,
  keyLine,
  readConfigFile,
  readText,
  str,
} from './config-file.js';
import { htmlLangFromLayouts, named, templateFiles, titleLevelFromLayouts } from './layouts.js';
import { baseProfile, originAt } from './profile-base.js';

const NAMES = [
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config.toml',
  'config.yaml',
  'config.yml',
  'config.json',
];

/** The Hugo config files of a directory (top file first, then config/_default/*), or none. */
export function hugoConfigFiles(root: string): ConfigFile[] {
  const files: ConfigFile[] = [];
  for (const name of NAMES) {
    const file = readConfigFile(root, name);
    if (!file) continue;
    if (name.startsWith('config.') && !looksLikeHugo(file)) continue;
    files.push(file);
    break;
  }
  for (const dir of ['config/_default', 'config/production']) {
    if (!dirExists(root, dir)) continue;
    for (const base of ['hugo', 'config', 'languages', 'params', 'markup']) {
      for (const ext of ['toml', 'yaml', 'yml', 'json']) {
        const file = readConfigFile(root, `${dir}/${base}.${ext}`);
        if (!file) continue;
        // languages.toml / params.toml hold that key's contents.
        if (base === 'languages' || base === 'params' || base === 'markup') file.data = { [base]: file.data };
        files.push(file);
      }
    }
    if (files.length > 0) break;
  }
  return files;
}

/** A `config.*` is Hugo's when it has Hugo's keys and not Zola's `base_url`. */
function looksLikeHugo(file: ConfigFile): boolean {
  const keys = Object.keys(file.data).map((k) => k.toLowerCase());
  if (keys.includes('base_url')) return false;
  return (
    ['baseurl', 'languagecode', 'theme', 'defaultcontentlanguage', 'title', 'params', 'markup'].some((k) =>
      keys.includes(k),
    ) &&
    !keys.includes('markdown') &&
    !keys.includes('collections')
  );
}

export function readHugo(root: string, files: ConfigFile[]): SiteProfile {
  const profile = baseProfile('hugo', files[0]!.file);
  profile.files = files.map((f) => f.file);
  const value = (path: string): { value: unknown; file?: ConfigFile } => {
    for (const file of [...files].reverse()) {
      const v = get(file.data, path);
      if (v !== undefined) return { value: v, file };
    }
    return { value: undefined };
  };
  const at = (path: string, file?: ConfigFile) => originAt(file, path);
  const contentDir = str(value('contentDir').value) ?? 'content';
  const defaultLang = value('defaultContentLanguage');
  const languageCode = value('languageCode');
  const languages = value('languages');
  if (isRecord(languages.value)) {
    const out: Record<string, SiteLanguage> = {};
    for (const [key, conf] of Object.entries(languages.value)) {
      const tag = str(get(conf, 'languageCode')) ?? str(get(conf, 'locale')) ?? key;
      const dir = str(get(conf, 'contentDir'));
      out[key] = dir ? { tag, contentDir: dir } : { tag };
    }
    profile.languages = out;
    profile.origins!.languages = at('languages', languages.file);
  }
  const defaultKey = str(defaultLang.value)?.toLowerCase();
  const defaultEntry = defaultKey ? profile.languages?.[defaultKey] : undefined;
  if (str(languageCode.value)) {
    profile.lang = str(languageCode.value);
    profile.origins!.lang = at('languageCode', languageCode.file);
  } else if (defaultEntry) {
    profile.lang = defaultEntry.tag;
    profile.origins!.lang = at(`languages.${defaultKey}`, languages.file);
  }
  profile.langFromFileSuffix = true;
  // Goldmark's defaults are on; a site may turn them off.
  const extensions = 'markup.goldmark.extensions';
  for (const [key, flag] of [
    ['linkify', 'autolink'],
    ['definitionList', 'definitionLists'],
    ['footnote', 'footnotes'],
  ] as const) {
    const v = value(`${extensions}.${key}`);
    if (typeof v.value === 'boolean') {
      profile.flavour[flag] = v.value;
      profile.origins![`flavour.${flag}`] = at(key, v.file);
    }
  }
  const mainSections = value('params.mainSections');
  const sections = Array.isArray(mainSections.value)
    ? mainSections.value.filter((s) => typeof s === 'string')
    : [];
  // Each language's content folder (languages.en.contentDir = "content/en") has the same sections.
  const dirs = [
    contentDir,
    ...Object.values(profile.languages ?? {}).flatMap((l) => (l.contentDir ? [l.contentDir] : [])),
  ];
  profile.posts = [...new Set(dirs)].flatMap((dir) =>
    sections.length > 0 ? sections.map((s) => `${dir}/${s}/**`) : [`${dir}/**`],
  );
  profile.origins!.posts =
    sections.length > 0 ? at('mainSections', mainSections.file) : { kind: 'default', key: `${contentDir}/` };
  const theme = value('theme').value;
  const themes = (Array.isArray(theme) ? theme : [theme]).filter((t): t is string => typeof t === 'string');
  const layoutDirs = ['layouts', ...themes.map((t) => `themes/${t}/layouts`)];
  profile.templateDirs = ['layouts', 'themes', 'archetypes'];
  const templates = templateFiles(root, layoutDirs);
  applyLayouts(profile, root, templates);
  profile.imageTags = shortcodeImages(root, templates);
  return profile;
}

function applyLayouts(profile: SiteProfile, root: string, templates: string[]): void {
  const title = titleLevelFromLayouts(root, templates, [
    /layouts\/(posts?|blog|news)\/single\.html$/,
    /layouts\/_default\/single\.html$/,
    /layouts\/[^/]+\/single\.html$/,
    (file: string) =>
      file.includes('/partials/') && named(['title', 'header', 'post', 'article'], ['.html'])(file),
  ]);
  if (title) {
    profile.titleLevel = title.value;
    profile.origins!.titleLevel = title.origin;
  }
  const html = htmlLangFromLayouts(
    root,
    templates.filter((f) => /baseof|head|default/.test(f)),
  );
  if (!html) return;
  if (html.value.literal && !profile.lang) {
    profile.lang = html.value.literal;
    profile.origins!.lang = html.origin;
  } else if (
    html.value.expression &&
    !profile.lang &&
    /LanguageCode|Language\.Lang|\.Lang\b|site\.Language/i.test(html.value.expression)
  ) {
    // Hugo falls back to the default content language, "en" unless set.
    profile.lang = 'en';
    profile.origins!.lang = {
      ...html.origin,
      key: `<html lang="{{ ${html.value.expression} }}"> with Hugo's default "en"`,
    };
  }
}

/** The site's own shortcodes that render an `<img>` from their parameters (`layouts/shortcodes/`). */
function shortcodeImages(root: string, templates: string[]): Record<string, ImageTagMapping> {
  const out: Record<string, ImageTagMapping> = {};
  for (const file of templates) {
    const m = /\/shortcodes\/([\w-]+)\.html$/.exec(file);
    if (!m) continue;
    const text = readText(root, file);
    const mapping = text ? shortcodeImage(text) : undefined;
    if (mapping) out[m[1]!] = mapping;
  }
  return out;
}

const SRC_PARAMS = ['src', 'image', 'file', 'path', 'url', 'img', 'name'];
const GET = /\.Get\s+(?:"([\w-]+)"|(\d+))/g;

/**
 * How a shortcode template turns its parameters into an `<img>`, when it plainly does: the
 * parameters its `src` and `alt` attributes print (directly or through `$var := .Get "x"`), the
 * parameter the alt falls back to, and what the page gets when the tag has no alt parameter.
 */
export function shortcodeImage(text: string): ImageTagMapping | undefined {
  const at = text.search(/<img\b/i);
  if (at < 0) return undefined;
  // Images looked up elsewhere (a data file, page resources) carry an alt the tag does not show.
  if (/\b[Ss]ite\.Data\b|\.Resources\b/.test(text)) return undefined;
  const vars = new Map<string, string | number>();
  for (const m of text.matchAll(/\$(\w+)\s*:?=\s*(?:\(\s*)?\.Get\s+(?:"([\w-]+)"|(\d+))/g)) {
    if (!vars.has(m[1]!)) vars.set(m[1]!, m[2] ?? Number(m[3]));
  }
  const tag = text.slice(at, at + 1500);
  const srcValue = attributeValue(tag, 'src');
  const gets = new Set([...text.matchAll(GET)].flatMap((g) => (g[1] ? [g[1].toLowerCase()] : [])));
  const src = (srcValue && paramsIn(srcValue.value, vars)[0]) ?? SRC_PARAMS.find((p) => gets.has(p));
  const altValue = attributeValue(tag, 'alt');
  if (src === undefined || !altValue) return undefined;
  const before = tag.slice(0, altValue.start);
  // `{{ with .Get "x" }}alt="{{ . }}"{{ end }}`: the dot is the parameter the `with` opened.
  const dot = /\{\{-?\s*\.\s*-?\}\}/.test(altValue.value) ? openWith(before, vars) : undefined;
  const [alt, fallback] = dot !== undefined ? [dot] : paramsIn(altValue.value, vars);
  if (alt === undefined) return undefined;
  const mapping: ImageTagMapping = { src, alt };
  // `| default …`: text the template computes when the parameter is missing, unknown here.
  if (/\bdefault\b/.test(altValue.value)) {
    mapping.whenAltMissing = 'unknown';
    return mapping;
  }
  if (fallback !== undefined && fallback !== src) mapping.altFallback = fallback;
  // An attribute printed unconditionally gives alt="" when the parameters are missing; inside an
  // open `{{ if }}`/`{{ with }}` it is not printed at all (the default).
  if (!insideCondition(before)) mapping.whenAltMissing = 'empty';
  return mapping;
}

/** The parameters a template expression prints, in order (`.Get "x"`, `.Get 0`, `$var`). */
function paramsIn(value: string, vars: Map<string, string | number>): Array<string | number> {
  const out: Array<string | number> = [];
  for (const m of value.matchAll(/\.Get\s+(?:"([\w-]+)"|(\d+))|\$(\w+)/g)) {
    const param = m[3] !== undefined ? vars.get(m[3]) : (m[1] ?? Number(m[2]));
    if (param !== undefined && !out.includes(param)) out.push(param);
  }
  return out;
}

/** An attribute's quoted value in a template's tag, quotes inside `{{ }}` included. */
function attributeValue(tag: string, name: string): { start: number; value: string } | undefined {
  const m = new RegExp(`(?<![\\w-])${name}\\s*=\\s*(["'])`, 'i').exec(tag);
  if (!m) return undefined;
  const quote = m[1]!;
  const start = m.index + m[0].length;
  let depth = 0;
  for (let i = start; i < tag.length; i++) {
    if (tag.startsWith('{{', i)) {
      depth++;
      i++;
    } else if (tag.startsWith('}}', i)) {
      depth = Math.max(0, depth - 1);
      i++;
    } else if (depth === 0 && tag[i] === quote) {
      return { start: m.index, value: tag.slice(start, i) };
    }
  }
  return undefined;
}

/** The parameter of the innermost `{{ with .Get … }}` still open at the end of `before`. */
function openWith(before: string, vars: Map<string, string | number>): string | number | undefined {
  const open: Array<string | number | undefined> = [];
  for (const m of before.matchAll(/\{\{-?\s*(if|with|range|end)\b([^{}]*)\}\}/g)) {
    if (m[1] === 'end') open.pop();
    else open.push(m[1] === 'with' ? paramsIn(m[2]!, vars)[0] : undefined);
  }
  return open.at(-1);
}

/** Whether the end of `before` is inside an `{{ if }}` or `{{ with }}` not yet closed by `{{ end }}`. */
function insideCondition(before: string): boolean {
  let open = 0;
  for (const m of before.matchAll(/\{\{-?\s*(if|with|range|end)\b/g)) open += m[1] === 'end' ? -1 : 1;
  return open > 0;
}

export { keyLine };
