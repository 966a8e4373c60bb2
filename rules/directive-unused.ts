import { defineEngineRule } from '../src/engine/rule.js';

/** Reported by the engine for a disable directive that suppressed nothing. */
export default defineEngineRule({
  id: 'directive-unused',
  severity: 'warning',
  wcag: [],
  tags: ['engine'],
  description: {
    en: 'Inline disable directive suppressed nothing',
    pl: 'Dyrektywa wyłączająca niczego nie wyciszyła',
  },
  why: {
    en: 'A directive left behind after the post was fixed would hide the next real problem on that line without anyone noticing.',
    pl: 'Dyrektywa pozostawiona po poprawieniu wpisu ukryłaby następny prawdziwy problem w tym miejscu, zanim ktokolwiek by go zauważył.',
  },
  fix: {
    en: 'Remove the directive. Only rules that ran can prove a directive unused: directives naming rules that are switched off, were not run (axe rules with --no-axe or checkSync) or belong to a plugin not configured here are not reported, and one naming no rule is judged only when the axe stage ran or is switched off.',
    pl: 'Usuń dyrektywę. Tylko reguły, które zostały uruchomione, mogą dowieść, że dyrektywa jest zbędna: dyrektywy wskazujące reguły wyłączone, nieuruchomione (reguły axe przy --no-axe albo w checkSync) lub z wtyczki, której tu nie skonfigurowano, nie są zgłaszane, a dyrektywa bez nazwy reguły jest oceniana tylko wtedy, gdy etap axe się odbył albo jest wyłączony.',
  },
  messages: {
    unusedRules: {
      en: 'This directive disables {rules}, but nothing here was reported by it: remove the directive.',
      pl: 'Ta dyrektywa wyłącza {rules}, ale nic tutaj nie zostało przez nią zgłoszone: usuń dyrektywę.',
    },
    unusedAll: {
      en: 'This directive disables every rule, but nothing here was reported: remove the directive.',
      pl: 'Ta dyrektywa wyłącza wszystkie reguły, ale nic tutaj nie zostało zgłoszone: usuń dyrektywę.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'The alt text was fixed; the directive stayed',
        format: 'markdown',
        content:
          '---\ntitle: Warsztaty\ndate: 2021-04-28\nlang: pl\n---\n\n<!-- content-a11y-disable-next-line img-alt-redundant-prefix -->\n![Uczestnicy warsztatów w programie Zoom](zoom.png)\n',
        expected: [{ line: 7, messageId: 'unusedRules' }],
      },
    ],
    correct: [
      {
        title: 'The directive suppresses the finding it names',
        format: 'markdown',
        content:
          '---\ntitle: Warsztaty\ndate: 2021-04-28\nlang: pl\n---\n\n<!-- content-a11y-disable-next-line img-alt-redundant-prefix -- "Widok" is the gallery\'s name -->\n![Widok na rynek](rynek.png)\n',
      },
    ],
  },
});
