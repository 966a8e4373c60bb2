import { fieldName } from '../src/engine/field-names.js';
import { defineRule } from '../src/engine/rule.js';
import { languageName } from '../src/lang/names.js';

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
    if (declared || post.langSource === 'config' || post.langSource === 'site') return;
    const detection = post.langDetection;
    const detected = detection?.lang;
    const htmlEl = post.hast.children.find((c) => c.type === 'element' && c.tagName === 'html');
    const position = htmlEl?.position ?? post.meta.frontMatter?.position;
    report({
      messageId: !detection ? 'missing' : detection.sure ? 'missingDetected' : 'missingAssumed',
      data: { detected: detected ?? '', language: detected ? languageName(detected, locale) : '' },
      position: position ? { start: position.start, end: position.start } : undefined,
      suggestion: detected,
      about: 'lang',
      fingerprintKey: 'missing',
    });
  },
});
