import { defineEngineRule } from '../src/engine/rule.js';

/** Reported by the engine for an inline directive naming a rule that does not exist. */
export default defineEngineRule({
  id: 'directive-unknown',
  severity: 'warning',
  wcag: [],
  tags: ['engine'],
  description: {
    en: 'Inline directive names a rule that does not exist',
    pl: 'Dyrektywa w treści wskazuje regułę, która nie istnieje',
  },
  why: {
    en: 'A misspelled rule id in `content-a11y-disable` silences nothing, so the finding it was meant for still shows — or, worse, someone believes a check is switched off when it is not.',
    pl: 'Błędnie zapisany identyfikator reguły w `content-a11y-disable` niczego nie wycisza, więc wynik, którego dotyczył, nadal się pojawia — albo ktoś sądzi, że sprawdzenie jest wyłączone, choć nie jest.',
  },
  fix: {
    en: 'Correct the rule id (the message suggests the closest one; `content-a11y rules` lists them all), or remove the directive.',
    pl: 'Popraw identyfikator reguły (komunikat podpowiada najbliższy; `content-a11y rules` wypisuje wszystkie) albo usuń dyrektywę.',
  },
  messages: {
    unknown: {
      en: 'The directive names "{rule}", which is not a content-a11y rule.',
      pl: 'Dyrektywa wskazuje „{rule}”, a content-a11y nie ma takiej reguły.',
    },
    unknownWithSuggestion: {
      en: 'The directive names "{rule}", which is not a content-a11y rule. Did you mean "{suggestion}"?',
      pl: 'Dyrektywa wskazuje „{rule}”, a content-a11y nie ma takiej reguły. Czy chodziło o „{suggestion}”?',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A misspelled rule id',
        format: 'markdown',
        content:
          '---\ntitle: Warsztaty\ndate: 2021-04-28\nlang: pl\n---\n\n<!-- content-a11y-disable-next-line link-vgue -- the brand says "tutaj" -->\n[Zapisy tutaj](https://example.org/zapisy).\n',
        expected: [{ line: 7, messageId: 'unknownWithSuggestion' }],
      },
    ],
    correct: [
      {
        title: 'The rule id as `content-a11y rules` lists it',
        format: 'markdown',
        content:
          '---\ntitle: Warsztaty\ndate: 2021-04-28\nlang: pl\n---\n\n<!-- content-a11y-disable-next-line link-vague -- the brand says "tutaj" -->\n[tutaj](https://example.org/zapisy).\n',
      },
    ],
  },
});
