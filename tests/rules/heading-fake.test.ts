import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('heading-fake', {
  valid: [
    { name: 'a real heading', content: md('## Dzień pierwszy\n\nRejestracja.\n', { lang: 'pl' }) },
    { name: 'bold label ending with a colon', content: md('**Zasoby:**\n\n- Biuro\n', { lang: 'pl' }) },
    { name: 'bold sentence with a full stop', content: md('**Registration is free.**\n\nWelcome.\n') },
    { name: 'bold text inside a sentence', content: md('This is **important** news.\n\nMore.\n') },
    { name: 'bold paragraph at the end of the post', content: md('Text.\n\n**Thank you**\n') },
    { name: 'bold link is a call to action', content: md('**[Register now](/r)**\n\nText.\n') },
    { name: 'bold in a list item', content: md('- **Dzień pierwszy**\n- Dzień drugi\n\nTekst.\n') },
    { name: 'followed by a heading', content: md('**Program**\n\n## Day one\n') },
    { name: 'too short', content: md('**A**\n\nText.\n') },
    { name: 'in a code block', content: md('```md\n**Program**\n\ntext\n```\n') },
  ],
  invalid: [
    {
      name: 'pl: pogrubiony akapit przed treścią',
      content: md('## Program\n\n**Dzień pierwszy**\n\nRejestracja uczestników.\n', { lang: 'pl' }),
      errors: [{ line: 9, message: /pogrubiony tekst udający nagłówek.*h3/, suggestion: 'h3' }],
    },
    {
      name: 'en: first thing in the post, title as h1 → h2',
      content: md('**How it works**\n\nThe app finds stations.\n'),
      errors: [{ line: 7, suggestion: 'h2', excerpt: 'How it works' }],
    },
    {
      name: 'HTML <p><b>',
      format: 'html',
      content: '<h2>Programm</h2>\n<p><b>Tag eins</b></p>\n<p>Anmeldung.</p>',
      errors: [{ line: 2, suggestion: 'h3' }],
    },
    { name: 'fr', content: md('**Mise en ligne**\n\nTexte.\n', { lang: 'fr' }), errors: [{ line: 7 }] },
    { name: 'es', content: md('**Cómo funciona**\n\nTexto.\n', { lang: 'es' }), errors: [{ line: 7 }] },
  ],
});
