// Zola: config.toml with base_url; default_language, [languages], the theme's templates.
import type { SiteLanguage, SiteProfile } from '../types.js';
import { type ConfigFile, get, isRecord, str } from './config-file.js';
import { htmlLangFromLayouts, named, templateFiles, titleLevelFromLayouts } from './layouts.js';
import { baseProfile, originAt } from './profile-base.js';

export function isZolaConfig(file: ConfigFile): boolean {
  return Object.keys(file.data).includes('base_url');
}

export function readZola(root: string, file: ConfigFile): SiteProfile {
  const profile = baseProfile('zola', file.file);
  const languages = get(file.data, 'languages');
  if (isRecord(languages)) {
    const out: Record<string, SiteLanguage> = {};
    for (const key of Object.keys(languages)) out[key] = { tag: key };
    profile.languages = out;
    profile.origins!.languages = originAt(file, 'languages');
  }
  profile.langFromFileSuffix = true;
  profile.posts = ['content/**'];
  profile.origins!.posts = { kind: 'default', key: 'content/' };
  const theme = str(get(file.data, 'theme'));
  profile.templateDirs = ['templates', 'themes'];
  const templates = templateFiles(root, ['templates', ...(theme ? [`themes/${theme}/templates`] : [])]);
  const title = titleLevelFromLayouts(root, templates, [
    /(^|\/)page\.html$/,
    named(['post', 'article', 'page'], ['.html']),
  ]);
  if (title) {
    profile.titleLevel = title.value;
    profile.origins!.titleLevel = title.origin;
  }
  const explicit = str(get(file.data, 'default_language'));
  const html = htmlLangFromLayouts(root, templates);
  if (html?.value.literal) {
    profile.lang = html.value.literal;
    profile.origins!.lang = html.origin;
  } else if (explicit || html?.value.expression) {
    // Templates print `{{ lang }}`: the page's language, default_language ("en" unless set).
    profile.lang = explicit ?? 'en';
    profile.origins!.lang = explicit
      ? originAt(file, 'default_language')
      : { ...html!.origin, key: `<html lang="{{ ${html!.value.expression} }}"> with Zola's default "en"` };
  }
  return profile;
}
