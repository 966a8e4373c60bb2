import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('table-no-header', {
  valid: [
    {
      name: 'GFM table has a header row',
      content: md('| Filia | Sobota |\n| --- | --- |\n| Centralna | 10–16 |\n'),
    },
    {
      name: 'row headers',
      format: 'html',
      content:
        '<table><tr><th scope="row">Filia</th><td>A</td></tr><tr><th scope="row">Sobota</th><td>B</td></tr></table>',
    },
    {
      name: 'layout table with role=presentation',
      format: 'html',
      content:
        '<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>',
    },
    { name: 'one row is layout', format: 'html', content: '<table><tr><td>a</td><td>b</td></tr></table>' },
    {
      name: 'one column is layout',
      format: 'html',
      content: '<table><tr><td>a</td></tr><tr><td>b</td></tr></table>',
    },
    {
      name: 'ARIA column headers',
      format: 'html',
      content:
        '<table><tr><td role="columnheader">A</td><td role="columnheader">B</td></tr><tr><td>1</td><td>2</td></tr></table>',
    },
    {
      name: 'a table in a code block',
      content: md(
        '```html\n<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>\n```\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'pl: only td cells, bold first row',
      content: md(
        '<table>\n<tr><td><b>Filia</b></td><td><b>Sobota</b></td></tr>\n<tr><td>Centralna</td><td>10–16</td></tr>\n</table>\n',
        { lang: 'pl' },
      ),
      errors: [{ line: 7, message: /wiersze: 2, kolumny: 2/ }],
    },
    {
      name: 'en: HTML page',
      format: 'html',
      content:
        '<p>Hours</p>\n<table><tbody><tr><td>Mon</td><td>9–5</td></tr><tr><td>Tue</td><td>9–5</td></tr></tbody></table>',
      errors: [{ line: 2, message: /2 rows × 2 columns/ }],
    },
  ],
});
