import { defineEngineRule } from '../src/engine/rule.js';

/** Reported by the engine when a rule crashes on a file; the other rules and files still run. */
export default defineEngineRule({
  id: 'rule-error',
  severity: 'error',
  wcag: [],
  tags: ['engine'],
  description: { en: 'A rule crashed on this file', pl: 'Reguła zakończyła się błędem na tym pliku' },
  why: {
    en: 'The crashed rule could not check this post, so problems it would find may be hidden.',
    pl: 'Reguła, która zakończyła się błędem, nie sprawdziła wpisu, więc problemy, które by znalazła, mogą być ukryte.',
  },
  fix: {
    en: 'Report the message and the post to the content-a11y maintainers; meanwhile the rule can be switched off for this file with a directive.',
    pl: 'Zgłoś komunikat i wpis opiekunom content-a11y; do tego czasu regułę można wyłączyć dla tego pliku dyrektywą.',
  },
  messages: {
    crashed: {
      en: 'Rule "{rule}" crashed on this file: {reason}',
      pl: 'Reguła „{rule}” zakończyła się błędem na tym pliku: {reason}',
    },
  },
});
