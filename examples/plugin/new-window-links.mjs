// A content-a11y plugin: one rule a site adds to the built-in ones. Its rules run as
// "example/<rule id>", take part in inline directives and severities like built-in rules, and keep
// the same metadata contract (checked when the plugin is loaded). Configure it with
//   { "plugins": ["./new-window-links.mjs"] }
// in content-a11y.config.json, or pass the default export itself to check({ config: { plugins } }).
import { defineRule } from 'content-a11y';

/** Words that tell a reader a link opens a new window or tab, in the languages the site writes. */
const SAYS_NEW_WINDOW =
  /new (?:window|tab)|nowym oknie|nowej karcie|nowe okno|nowa karta|neuen (?:fenster|tab)|nouvel(?:le)? (?:fenêtre|onglet)|nueva (?:ventana|pestaña)/i;

const linkNewWindow = defineRule({
  id: 'link-new-window',
  severity: 'warning',
  wcag: ['3.2.5'],
  techniques: ['G201'],
  tags: ['links', 'plugin'],
  docsUrl: 'https://www.w3.org/WAI/WCAG22/Techniques/general/G201',
  description: {
    en: 'A link opens a new window without saying so',
    pl: 'Odnośnik otwiera nowe okno, ale tego nie mówi',
  },
  why: {
    en: 'A new window moves keyboard and screen reader users to a page whose Back button does nothing; told in advance, they can choose.',
    pl: 'Nowe okno przenosi osoby korzystające z klawiatury i czytnika ekranu na stronę, na której przycisk „Wstecz” nie działa; uprzedzone mogą wybrać.',
  },
  fix: {
    en: 'Add "(opens in a new window)" to the link text, or let the link open in the same window.',
    pl: 'Dopisz do treści odnośnika „(otwiera się w nowym oknie)” albo otwieraj go w tym samym oknie.',
  },
  messages: {
    newWindow: {
      en: 'The link "{text}" opens a new window without saying so.',
      pl: 'Odnośnik „{text}” otwiera nowe okno, ale tego nie mówi.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'target="_blank" and nothing said',
        format: 'html',
        content: '<p><a href="https://bip.example.gov.pl/uchwala.pdf" target="_blank">Uchwała nr 12</a></p>',
        expected: [{ line: 1, messageId: 'newWindow' }],
      },
    ],
    correct: [
      {
        title: 'The text says it',
        format: 'html',
        content:
          '<p><a href="https://bip.example.gov.pl/uchwala.pdf" target="_blank">Uchwała nr 12 (otwiera się w nowym oknie)</a></p>',
      },
    ],
  },
  check({ index, report }) {
    for (const link of index.links) {
      const target = link.element.properties?.target;
      if (String(target ?? '').toLowerCase() !== '_blank') continue;
      if (SAYS_NEW_WINDOW.test(link.name)) continue;
      report({ node: link.element, messageId: 'newWindow', data: { text: link.text }, excerpt: link.text });
    }
  },
});

export default { name: 'example', rules: [linkNewWindow] };
