import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('lang-invalid', {
  valid: [
    { name: 'pl', content: md('x\n', { lang: 'pl' }) },
    { name: 'en-GB', content: md('x\n', { lang: 'en-GB' }) },
    { name: 'three-letter ISO 639-3 code', content: md('x\n', { lang: 'szl' }) },
    { name: 'zh-Hant-TW with script', content: md('x\n', { lang: 'zh-Hant-TW' }) },
    {
      name: 'a part in another language',
      format: 'html',
      content: '<p lang="pl">Dzień dobry</p><p lang="de-AT">Servus</p>',
    },
    { name: 'an empty lang on a part means unknown', format: 'html', content: '<p lang="">?</p>' },
    {
      name: 'lang attribute inside a code block is text',
      content: md('```html\n<p lang="english">x</p>\n```\n'),
    },
  ],
  invalid: [
    {
      name: 'a language name',
      content: md('x\n', { lang: 'english' }),
      errors: [{ line: 4, excerpt: 'english', suggestion: 'en' }],
    },
    {
      name: 'pl: nazwa języka',
      content: md('x\n', { lang: 'polski' }),
      errors: [{ line: 4, message: /polski/, suggestion: 'pl' }],
    },
    {
      name: 'underscore instead of hyphen',
      content: md('x\n', { lang: 'pl_PL' }),
      errors: [{ line: 4, suggestion: 'pl-PL' }],
    },
    {
      name: 'unknown two-letter code',
      format: 'html',
      content: '<!doctype html><html lang="xx"><head><title>x</title></head><body></body></html>',
      errors: [{ line: 1 }],
    },
    {
      name: 'invalid lang on a part',
      format: 'html',
      content: '<p>Hi</p>\n<p lang="deutsch">Hallo</p>',
      errors: [{ line: 2, suggestion: 'de' }],
    },
  ],
});
