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
    {
      name: 'bold line ending in full-width punctuation',
      content: md('**会議は午後三時に始まります。**\n\n詳細は後ほど。\n', { lang: 'ja' }),
    },
    {
      name: 'bold line ending in a full-width colon',
      content: md('**日程：**\n\n- 月曜日\n', { lang: 'ja' }),
    },
    {
      name: 'italic caption right after an image',
      content: md(
        '![Volunteers at the desk](desk.jpg)\n\n*Value proposition canvas*\n\nThe canvas has two halves.\n',
      ),
    },
    {
      name: 'italic byline with a comma',
      content: md('_Lisa Wilcox, U.S. Department of Agriculture_\n\nMobile use keeps growing.\n'),
    },
    {
      name: 'italic caption of a code block',
      content: md('```rust\nfn main() {}\n```\n\n*Name not in scope*\n\nThe compiler now suggests a fix.\n'),
    },
    {
      name: 'italic note of many words',
      content: md(
        '*This post first appeared on the team blog in a shorter form last year*\n\nWe updated it.\n',
      ),
    },
    {
      name: 'pl: kursywa z przecinkiem (podpis)',
      content: md('_Jan Kowalski, rzecznik urzędu_\n\nDziękujemy za udział.\n', { lang: 'pl' }),
    },
    {
      name: 'italic stage direction in an interview transcript',
      content: md(
        '**Eva:** I see it as many small wins.\n\n*Sound of dog barking and doorbell ringing*\n\n**Yael:** Do you have to get that?\n',
      ),
    },
    {
      name: 'italic aside in lower case',
      content: md('The feature is no longer incomplete.\n\n*crickets chirping*\n\nWait, that is it?\n'),
    },
    {
      name: 'italic pull quote closed with an opening quotation mark',
      content: md('<p><em>“I wish I’d known about the team sooner!“&nbsp;</em></p>\n\nThe partners said.\n'),
    },
    {
      name: 'fr: citation en gras entre guillemets',
      content: md('**« Nous livrons chaque semaine »**\n\nTexte.\n', { lang: 'fr' }),
    },
    { name: 'italic text inside a sentence', content: md('This is *important* news.\n\nMore.\n') },
    { name: 'italic sentence with a full stop', content: md('*Registration is free.*\n\nWelcome.\n') },
    { name: 'italic line at the end of the post', content: md('Text.\n\n*Built on 18 April 2014*\n') },
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
    {
      name: 'italic label before a list (asterisks)',
      content: md('The methods were:\n\n*SWOT analysis*\n\n- Strengths and weaknesses\n'),
      errors: [{ line: 9, excerpt: 'SWOT analysis' }],
    },
    {
      name: 'italic label before a paragraph (underscores)',
      content: md('_Section 3: the next steps_\n\nWe will publish the report in May.\n'),
      errors: [{ line: 7, suggestion: 'h2' }],
    },
    {
      name: 'pl: kursywa jako nagłówek',
      content: md('## Program\n\n*Dzień drugi*\n\nWarsztaty w grupach.\n', { lang: 'pl' }),
      errors: [{ line: 9, suggestion: 'h3' }],
    },
    {
      name: 'bold inside italic',
      content: md('_**Why we did it**_\n\nThe old form lost data.\n'),
      errors: [{ line: 7 }],
    },
    {
      name: 'HTML <p><em>',
      format: 'html',
      content: '<h2>Programm</h2>\n<p><em>Tag zwei</em></p>\n<p>Workshops.</p>',
      errors: [{ line: 2, suggestion: 'h3' }],
    },
  ],
});
