import { md, ruleTester } from '../helpers/rule-tester.js';

const PL =
  'W dniach 28-29 kwietnia 2021 r. odbyło się kolejne spotkanie online Grupy Tematycznej do spraw diagnozy sektora ekonomii społecznej. Na spotkaniu podsumowaliśmy materiał wypracowany na poprzednich spotkaniach oraz zidentyfikowaliśmy problemy, z jakimi boryka się sektor ekonomii społecznej w województwie świętokrzyskim. Omówiliśmy również wyzwania, jakie czekają sektor w najbliższej przyszłości, i ustaliliśmy kolejne kroki.';
const EN =
  'The library opened a new page with its opening hours. It replaces the scanned poster that screen readers could not read at all. Every branch now has its own heading, so people can jump straight to the one they visit, and the hours are a real table with a header row. Volunteers tested the page on phones with a screen reader switched on and told us what was still hard to find. We will keep the page up to date.';
const DE =
  'Die Bibliothek hat eine neue Seite mit den Öffnungszeiten veröffentlicht. Sie ersetzt das eingescannte Plakat, das Bildschirmleser überhaupt nicht lesen konnten. Jede Zweigstelle hat jetzt eine eigene Überschrift, damit man direkt zu der springen kann, die man besucht. Freiwillige haben die Seite auf Telefonen mit eingeschaltetem Bildschirmleser getestet und uns gesagt, was noch schwer zu finden war.';

/** Three paragraphs of the same text: over the 1000 characters a judgement needs. */
const long = (text: string) => `${text}\n\n${text}\n\n${text}`;

ruleTester('lang-mismatch', {
  valid: [
    { name: 'pl declared, Polish text', content: md(`${long(PL)}\n`, { lang: 'pl' }) },
    {
      name: 'a post in two languages (Polish, then English) is not judged',
      content: md(`${long(PL)}\n\n${long(EN)}\n`, { lang: 'pl' }),
    },
    { name: 'Polish text under 1000 characters declared as English is not judged', content: md(`${PL}\n`) },
    { name: 'en declared, English text', content: md(`${long(EN)}\n`) },
    { name: 'de-AT declared, German text', content: md(`${long(DE)}\n`, { lang: 'de-AT' }) },
    { name: 'too little text to be sure', content: md('Zapraszamy na warsztaty w Kielcach.\n') },
    { name: "no declaration: lang-missing's concern", content: `${PL}\n`, lang: 'en' },
    {
      name: 'English code in a Polish post does not count',
      content: md(`${long(PL)}\n\n\`\`\`\n${long(EN)}\n\`\`\`\n`, { lang: 'pl' }),
    },
  ],
  invalid: [
    {
      name: 'Polish text declared as English',
      content: md(`${long(PL)}\n`),
      errors: [{ line: 4, message: /declares "en".*"pl"/, suggestion: 'pl' }],
    },
    {
      name: 'English text declared as Polish (message in Polish)',
      content: md(`${long(EN)}\n`, { lang: 'pl' }),
      errors: [{ line: 4, message: /wygląda na „en”/, suggestion: 'en' }],
    },
    {
      name: 'German text declared as French',
      content: md(`${long(DE)}\n`, { lang: 'fr' }),
      errors: [{ line: 4, suggestion: 'de' }],
    },
  ],
});
