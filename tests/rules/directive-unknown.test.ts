import { md, ruleTester } from '../helpers/rule-tester.js';

const pl = (body: string) => md(body, { lang: 'pl', title: 'Warsztaty' });

ruleTester('directive-unknown', {
  valid: [
    {
      name: 'a real rule id',
      content: pl(
        '<!-- content-a11y-disable-next-line link-vague -- marka -->\n[tutaj](https://example.org/)\n',
      ),
    },
    {
      name: 'a directive naming no rule',
      content: pl('<!-- content-a11y-disable-next-line -->\n[tutaj](https://example.org/)\n'),
    },
    { name: 'an axe rule', content: md('<!-- content-a11y-disable axe/aria-hidden-focus -->\nText.\n') },
    {
      name: 'a plugin rule (namespace/rule)',
      content: md('<!-- content-a11y-disable acme/house-style -->\nText.\n'),
    },
    {
      name: 'several real ids, comma-separated',
      content: md('<!-- content-a11y-disable link-vague, img-alt-missing -->\nText.\n'),
    },
    {
      name: 'in a code block it is text, not a directive',
      content: md('```html\n<!-- content-a11y-disable link-vgue -->\n```\n'),
    },
    {
      name: 'an HTML comment that is not a directive',
      content: md('<!-- content-a11y is great -->\nText.\n'),
    },
    {
      name: 'the reason may say anything',
      content: md('<!-- content-a11y-disable link-vague -- not link-vgue -->\nText.\n'),
    },
  ],
  invalid: [
    {
      name: 'a misspelled id gets the closest suggested',
      content: pl(
        '<!-- content-a11y-disable-next-line link-vgue -- marka -->\n[tutaj](https://example.org/)\n',
      ),
      errors: [{ line: 7, column: 1, message: /„link-vgue”.*Czy chodziło o „link-vague”\?/ }],
    },
    {
      name: 'in Polish for a Polish post',
      content: pl('<!-- content-a11y-disable img-alt-mising -->\n'),
      errors: [{ line: 7, message: /„img-alt-mising”.*Czy chodziło o „img-alt-missing”\?/ }],
    },
    {
      name: 'an id nothing is close to',
      content: md('<!-- content-a11y-enable frobnicate -->\nText.\n'),
      errors: [{ line: 7, message: 'The directive names "frobnicate", which is not a content-a11y rule.' }],
    },
    {
      name: 'each unknown id of a list',
      content: md('<!-- content-a11y-disable-line headng-empty, link-vague, tabel-no-header -->\n'),
      errors: [
        { line: 7, message: /heading-empty/ },
        { line: 7, message: /table-no-header/ },
      ],
    },
    {
      name: 'in an HTML post',
      format: 'html',
      content:
        '<html lang="en"><head><title>T</title></head><body>\n<!-- content-a11y-disable img-alt-mssing -->\n</body></html>\n',
      errors: [{ line: 2 }],
    },
  ],
});
