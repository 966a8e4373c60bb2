import { md, ruleTester } from '../helpers/rule-tester.js';

ruleTester('list-fake', {
  valid: [
    {
      name: 'a Markdown list',
      content: md('Omówiliśmy:\n\n- mocne strony\n- słabe strony\n', { lang: 'pl' }),
    },
    { name: 'an HTML list', format: 'html', content: '<ul><li>a</li><li>b</li></ul>' },
    { name: 'one bullet line only', content: md('• jedna pozycja\n', { lang: 'pl' }) },
    {
      name: 'pl: a wrapped sentence whose next line starts with a dash',
      content: md('Spotkanie odbyło się w Kielcach\n– w siedzibie ROPS –\n– jak co roku.\n', { lang: 'pl' }),
    },
    {
      name: 'pl: dialogue paragraphs starting with dashes',
      content: md('– Jak oceniacie spotkanie?\n\n– Bardzo dobrze – mówi dyrektor.\n\n– Dziękuję.\n', {
        lang: 'pl',
      }),
    },
    {
      name: 'numbers that do not count up are not a list (years)',
      content: md('Rekordy padły w\n2019. Potem w\n2021. roku.\n'),
    },
    {
      name: 'numbered paragraphs of several sentences are sections',
      content: md(
        `**1. Build for recovery.** ${'Things will fail, so focus on being able to release. '.repeat(4)}\n\n**2. Have a process.** ${'Having a plan in place before things go wrong helps. '.repeat(4)}\n`,
      ),
    },
    { name: 'bullets in a code block', content: md('```\n• a\n• b\n```\n') },
    { name: 'bullets in inline code', content: md('Use `• a` and\n`• b` to\n') },
    {
      name: 'a plain-text export is parsed into a list already',
      format: 'text',
      content: 'Tytuł\n\nOmówiliśmy:\n• mocne strony\n• słabe strony\n',
    },
  ],
  invalid: [
    {
      name: 'pl: "•" lines folded into one Markdown paragraph',
      content: md(
        'Na spotkaniu omówiliśmy:\n• mocne strony sektora\n• słabe strony sektora\n• zagrożenia\n',
        {
          lang: 'pl',
        },
      ),
      errors: [
        {
          line: 8,
          message: /Kolejne linie \(liczba: 3\).*„•”/,
          suggestion: '- mocne strony sektora\n- słabe strony sektora\n- zagrożenia',
        },
      ],
    },
    {
      name: 'en: HTML <br> lines with "-"',
      format: 'html',
      content: '<p>We offer:<br>\n- free parking<br>\n- a cafe</p>',
      errors: [{ line: 2, message: /2 lines start with "-"/ }],
    },
    {
      name: 'de: paragraphs each starting with "•"',
      format: 'html',
      content: '<p>Angebote:</p>\n<p>• Beratung</p>\n<p>• Schulungen</p>',
      errors: [{ line: 2 }],
    },
    {
      name: 'fr: numbered paragraphs',
      format: 'html',
      content: '<p>1. Inscription</p>\n<p>2. Accueil</p>\n<p>3. Atelier</p>',
      errors: [{ line: 1, suggestion: '1. Inscription\n2. Accueil\n3. Atelier' }],
    },
    {
      name: 'es: "▪" lines starting a paragraph',
      content: md('▪ Inscripción\n▪ Bienvenida\n', { lang: 'es' }),
      errors: [{ line: 7 }],
    },
    {
      name: 'dash lines after a colon are a list',
      content: md('Program:\n– rejestracja\n– warsztaty\n', { lang: 'pl' }),
      errors: [{ line: 8 }],
    },
  ],
});
