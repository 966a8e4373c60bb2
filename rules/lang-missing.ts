import { fieldName } from '../src/engine/field-names.js';
import { fillTemplate, localize } from '../src/engine/messages.js';
import { defineRule, type Localized } from '../src/engine/rule.js';
import { bodyText } from '../src/indexes/body-text.js';
import { detectTextLanguage } from '../src/lang/detect.js';
import { languageName } from '../src/lang/names.js';
import { UNDECLARED_KEY } from '../src/site/lang-summary-key.js';
import type { Post } from '../src/types.js';

const ADD_TO_FRONT_MATTER: Localized = {
  en: 'Declare the language in the front matter: {line}',
  pl: 'Zadeklaruj język w nagłówku pliku: {line}',
};

/** No declared language (H57): screen readers then read the post with the user's default voice. */
export default defineRule({
  id: 'lang-missing',
  severity: 'error',
  wcag: ['3.1.1'],
  techniques: ['H57'],
  tags: ['language'],
  description: { en: 'Post does not declare its language', pl: 'Wpis nie deklaruje swojego języka' },
  why: {
    en: 'Screen readers choose pronunciation by the declared language; a Polish post read with English rules is unintelligible.',
    pl: 'Czytnik ekranu dobiera wymowę według zadeklarowanego języka; polski tekst czytany według zasad angielskich jest niezrozumiały.',
  },
  fix: {
    en: 'Declare the language: "lang" in front matter, <html lang="…">, the CMS language field, or "lang" in the content-a11y configuration for the whole site.',
    pl: 'Zadeklaruj język: "lang" w nagłówku pliku, <html lang="…">, pole języka w CMS albo "lang" w konfiguracji content-a11y dla całej witryny.',
  },
  messages: {
    missing: {
      en: 'The post does not declare its language; it was checked as English, the default.',
      pl: 'Wpis nie deklaruje swojego języka; sprawdzono go jako angielski (domyślnie).',
    },
    missingDetected: {
      en: 'The post does not declare its language; its text looks like {language} ("{detected}").',
      pl: 'Wpis nie deklaruje swojego języka; jego tekst wygląda na {language} („{detected}”).',
    },
    missingAssumed: {
      en: 'The post does not declare its language; it was checked as {language} ("{detected}"), a guess from a short text. Declare it, e.g. "lang: {detected}" in the front matter, or set "lang" in the configuration for the whole site.',
      pl: 'Wpis nie deklaruje swojego języka; sprawdzono go jako {language} („{detected}”), zgadując z krótkiego tekstu. Zadeklaruj go, np. „lang: {detected}” w nagłówku pliku, albo ustaw „lang” w konfiguracji dla całej witryny.',
    },
    empty: {
      en: 'The language declaration ({field}) is empty.',
      pl: 'Deklaracja języka ({field}) jest pusta.',
    },
    undeclaredPosts: {
      en: 'This post and {others} more declare no language, and neither their site nor the configuration sets one (most read as "{detected}"). Set "lang" in the content-a11y configuration, or "lang" in each post\'s front matter.',
      pl: 'Ten wpis i {others} innych nie deklarują języka, a nie ustala go ani ich witryna, ani konfiguracja (większość wygląda na „{detected}”). Ustaw "lang" w konfiguracji content-a11y albo "lang" w nagłówku każdego wpisu.',
    },
    undeclaredSite: {
      en: '{count} posts of this {generator} site declare no language, and {file} sets none (most read as "{detected}"): add {setting}.',
      pl: '{count} wpisów tej witryny ({generator}) nie deklaruje języka, a {file} go nie ustala (większość wygląda na „{detected}”): dodaj {setting}.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'HTML page without lang',
        format: 'html',
        content:
          '<!doctype html><html><head><title>Warsztaty</title></head><body><p>Treść.</p></body></html>',
        expected: [{ line: 1, messageId: 'missingAssumed' }],
      },
    ],
    correct: [
      {
        title: 'Language in front matter',
        format: 'markdown',
        content: '---\ntitle: Warsztaty\nlang: pl\ndate: 2021-04-29\n---\n\nTreść.\n',
      },
    ],
  },
  check({ post, locale, report }) {
    const declared = post.meta.lang;
    if (declared && !declared.value.trim()) {
      report({
        messageId: 'empty',
        data: { field: fieldName(declared, locale) },
        field: declared,
        fingerprintKey: 'empty',
      });
      return;
    }
    // Declared by the post, by its site (config, layouts, language folder) or by the configuration.
    // A full HTML page is the page itself: no layout wraps it, so its site's language is not its own.
    if (declared || post.langSource === 'config' || (post.langSource === 'site' && !post.meta.fullDocument))
      return;
    const detection = post.langDetection ?? detectTextLanguage(bodyText(post));
    const detected = detection?.lang;
    const messageId = !detection ? 'missing' : detection.sure ? 'missingDetected' : 'missingAssumed';
    const data = { detected: detected ?? '', language: detected ? languageName(detected, locale) : '' };
    const htmlEl = post.hast.children.find((c) => c.type === 'element' && c.tagName === 'html');
    if (htmlEl?.position) {
      // A full page: its own <html> needs the lang, whatever the site.
      report({
        messageId,
        data,
        position: { start: htmlEl.position.start, end: htmlEl.position.start },
        suggestion: detected,
        fingerprintKey: 'missing',
      });
      return;
    }
    // A fragment or Markdown post: a run reports these once per site (src/site/lang-summary.ts).
    const fm = post.meta.frontMatter;
    const closing = fm ? post.lines.lineText(fm.position.end.line) : '';
    const at = fm ? { line: fm.position.end.line, column: 1 } : undefined;
    const line =
      fm && detected ? (fm.kind === 'toml' ? `lang = "${detected}"` : `lang: ${detected}`) : undefined;
    const insertAt = fm ? insertionPoint(post, fm) : undefined;
    report({
      messageId,
      data,
      position: at ? { start: at, end: { line: at.line, column: closing.length + 1 } } : undefined,
      suggestion: detected,
      suggestions:
        line && insertAt
          ? [
              {
                desc: fillTemplate(localize(ADD_TO_FRONT_MATTER, locale), { line }),
                position: insertAt,
                text: `${line}\n`,
              },
            ]
          : undefined,
      about: 'lang',
      // A CMS record's language is its CMS's setting, passed per record: its finding stays its own.
      fingerprintKey: post.record ? 'missing' : UNDECLARED_KEY,
    });
  },
});

/** Where a new front-matter field goes: before YAML's closing fence, after TOML's opening one
 * (a TOML key after a [table] would belong to the table). */
function insertionPoint(post: Post, fm: NonNullable<Post['meta']['frontMatter']>) {
  const line = fm.kind === 'toml' ? fm.position.start.line + 1 : fm.position.end.line;
  const offset = post.lines.offset(line, 1);
  const point = post.lines.point(offset);
  return { start: point, end: point };
}

/** The messages a run reports once for a whole site's undeclared posts, in place of each post's
 * (src/site/lang-summary.ts): with a config file to fix, or without one. */
export const SITE_SUMMARY_MESSAGES = { site: 'undeclaredSite', posts: 'undeclaredPosts' } as const;
