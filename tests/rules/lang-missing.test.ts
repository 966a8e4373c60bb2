import { md, ruleTester } from '../helpers/rule-tester.js';
import { hugoPl, siteOf } from '../site/profiles.js';

const polish =
  'W dniach 28-29 kwietnia 2021 r. odbyło się kolejne spotkanie online Grupy Tematycznej ds. diagnozy sektora ekonomii społecznej na potrzeby aktualizacji Regionalnego Programu Rozwoju Ekonomii Społecznej. Spotkanie zorganizowane zostało przez Regionalny Ośrodek Polityki Społecznej w Kielcach.';

ruleTester('lang-missing', {
  valid: [
    {
      name: 'declared by its site: Hugo languageCode',
      content: '---\ntitle: Warsztaty\n---\n\nTreść wpisu.\n',
      path: 'content/aktualnosci/warsztaty.md',
      site: hugoPl,
    },
    {
      name: 'declared by its site: a Jekyll lang: fr site',
      content: '---\ntitle: Atelier\n---\n\nTexte du billet.\n',
      path: '_posts/2024-03-12-atelier.md',
      site: siteOf('jekyll', { lang: 'fr' }),
    },
    {
      name: 'declared by its site: the language folder of a multilingual site',
      content: '---\ntitle: Workshop\n---\n\nPost text.\n',
      path: 'content/en/news/workshop.md',
      site: siteOf('hugo', { languages: { en: { tag: 'en', contentDir: 'content/en' } } }),
    },
    { name: 'front matter lang', content: md('Text.\n') },
    { name: 'front matter language key', content: '---\ntitle: x\nlanguage: de\n---\n\nText.\n' },
    {
      name: 'html lang',
      format: 'html',
      content: '<!doctype html><html lang="pl"><head><title>x</title></head><body><p>x</p></body></html>',
    },
    { name: 'config default language', content: '---\ntitle: x\n---\n\nText.\n', lang: 'en' },
    {
      name: 'Hugo language folder',
      path: 'content/fr/blog/post.md',
      content: '---\ntitle: x\n---\n\nTexte.\n',
    },
    {
      name: 'Hugo language suffix',
      path: 'content/blog/post.pl.md',
      content: '---\ntitle: x\n---\n\nTekst.\n',
    },
  ],
  invalid: [
    {
      name: 'a full HTML page keeps its own finding even when its site declares a language',
      format: 'html',
      content: '<!doctype html>\n<html>\n<head><title>x</title></head><body><p>x</p></body></html>',
      site: hugoPl,
      errors: [{ line: 2 }],
    },
    {
      name: 'en: a site that declares none; the suggestion adds lang to the front matter',
      content: `---\ntitle: x\n---\n\n${'The council meets on the first Monday of every month in the village hall, and everyone is welcome to come along. '.repeat(2)}\n`,
      site: siteOf('jekyll'),
      path: '_posts/2024-01-01-x.md',
      errors: [{ line: 3, suggestion: 'en' }],
    },
    {
      name: 'no declaration, Polish text: suggests pl',
      content: `---\ntitle: x\n---\n\n${polish}\n`,
      // At the front matter's closing fence, where the field goes.
      errors: [{ line: 3, message: /pl/, suggestion: 'pl' }],
    },
    {
      name: 'HTML page without lang',
      format: 'html',
      content: '<!doctype html>\n<html>\n<head><title>x</title></head><body><p>x</p></body></html>',
      errors: [{ line: 2 }],
    },
    {
      name: 'empty html lang',
      format: 'html',
      content: '<!doctype html><html lang=""><head><title>x</title></head><body><p>x</p></body></html>',
      errors: [{ line: 1, message: /empty/ }],
    },
    {
      name: 'text post without declaration',
      format: 'text',
      content: 'Title\n\nShort text.\n',
      errors: [{ line: 1, message: /does not declare/ }],
    },
  ],
});
