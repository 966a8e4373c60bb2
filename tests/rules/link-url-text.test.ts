import { md, ruleTester } from '../helpers/rule-tester.js';

const LONG = 'https://www.example.gov.pl/documents/2021/04/raport-roczny.pdf';

ruleTester('link-url-text', {
  valid: [
    { name: 'short address', content: md('<https://www.gov.pl>\n') },
    { name: 'long address with a real text', content: md(`[Raport roczny 2021](${LONG})\n`) },
    { name: 'text mentioning a URL among words', content: md(`[see ${LONG} now](${LONG})\n`) },
    {
      name: 'aria-label names the page',
      format: 'html',
      content: `<a href="${LONG}" aria-label="Raport roczny">${LONG}</a>`,
    },
    { name: 'addresses in code are not links', content: md(`\`${LONG}\`\n`) },
    { name: 'max option raised', content: md(`<${LONG}>\n`), options: { max: 100 } },
  ],
  invalid: [
    { name: 'autolink', content: md(`Raport: <${LONG}>\n`), errors: [{ line: 7, excerpt: LONG }] },
    { name: 'GFM literal autolink', content: md(`Raport: ${LONG}\n`), errors: [{ line: 7 }] },
    {
      name: 'pl message',
      content: md(`[${LONG}](${LONG})\n`, { lang: 'pl' }),
      errors: [{ line: 7, message: /liczba znaków: 62/ }],
    },
  ],
});
