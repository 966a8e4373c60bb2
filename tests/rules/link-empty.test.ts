import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('link-empty', {
  valid: [
    { name: 'link with text', content: md('[Raport](/r)\n') },
    { name: 'aria-label names it', format: 'html', content: '<a href="/r" aria-label="Raport roczny"></a>' },
    { name: 'image-only links are img-link-no-name', content: md('[![](/a.png)](/a)\n') },
    { name: 'hidden link', format: 'html', content: '<a href="#top" aria-hidden="true"></a>' },
    { name: 'anchor without href is not a link', format: 'html', content: '<a id="top"></a><p>Text</p>' },
    {
      name: 'raw <a> around an address GFM also autolinks is one visible link',
      content: md('At <a href="http://www.webharvest.gov/">http://www.webharvest.gov/</a> daily.\n'),
    },
    { name: 'empty link in a code block', content: md('```md\n[](/x)\n```\n') },
  ],
  invalid: [
    {
      name: 'Markdown link without text',
      content: md('Zobacz [](https://example.org/raport).\n', { lang: 'pl' }),
      errors: [{ line: 7, message: /nie ma tekstu/, excerpt: 'https://example.org/raport' }],
    },
    {
      name: 'HTML icon link with an empty span',
      format: 'html',
      content: '<p>Text</p>\n<a href="/share"><span class="icon"></span></a>',
      errors: [{ line: 2, message: /has no text/ }],
    },
  ],
});
