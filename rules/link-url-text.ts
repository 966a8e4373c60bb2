import { defineRule } from '../src/engine/rule.js';

interface Options {
  max: number;
}

const BARE_URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$/i;

/** A long bare URL as link text: read out character by character, it says little about the page. */
export default defineRule<Options>({
  id: 'link-url-text',
  severity: 'info',
  wcag: ['2.4.4'],
  tags: ['links'],
  description: { en: 'Long web address used as link text', pl: 'Długi adres strony jako tekst linku' },
  why: {
    en: 'Screen readers read an address symbol by symbol; a long one takes a long time and rarely says what the page is.',
    pl: 'Czytnik ekranu odczytuje adres znak po znaku; długi adres trwa długo i rzadko mówi, co to za strona.',
  },
  fix: {
    en: 'Link the title of the page or document instead of its address (keep the address in print versions only).',
    pl: 'Podlinkuj tytuł strony lub dokumentu zamiast jego adresu (adres zostaw tylko w wersji do druku).',
  },
  messages: {
    url: {
      en: 'The link text is a web address of {length} characters.',
      pl: 'Tekstem linku jest adres strony (liczba znaków: {length}).',
    },
  },
  options: {
    max: {
      type: 'number',
      default: 40,
      description: {
        en: 'Longest address accepted as link text.',
        pl: 'Najdłuższy adres dopuszczalny jako tekst linku.',
      },
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A long address as link text',
        format: 'markdown',
        content:
          'Raport: <https://www.example.gov.pl/documents/2021/04/raport-roczny-ekonomia-spoleczna.pdf>\n',
        expected: [{ line: 1, messageId: 'url' }],
      },
    ],
    correct: [
      {
        title: 'A short home-page address is fine',
        format: 'markdown',
        content: 'Strona urzędu: <https://www.gov.pl>\n',
      },
    ],
  },
  check({ index, options, report }) {
    for (const link of index.links) {
      const text = link.text;
      if (text.length <= options.max || !BARE_URL.test(text)) continue;
      // An aria-label that names the page already fixes it.
      if (link.name !== text) continue;
      report({
        node: link.element,
        messageId: 'url',
        data: { length: text.length },
        excerpt: text,
      });
    }
  },
});
