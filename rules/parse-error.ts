import { defineEngineRule } from '../src/engine/rule.js';

/** Reported by the engine when a file cannot be read or parsed; the other files still run. */
export default defineEngineRule({
  id: 'parse-error',
  severity: 'error',
  wcag: [],
  tags: ['engine'],
  description: { en: 'The file cannot be read or parsed', pl: 'Nie można odczytać albo przetworzyć pliku' },
  why: {
    en: 'A post that cannot be parsed cannot be checked, and will likely not render as intended either.',
    pl: 'Wpisu, którego nie da się przetworzyć, nie da się sprawdzić — i zapewne nie wyświetli się też tak, jak powinien.',
  },
  fix: {
    en: 'Fix the problem the message names (front matter syntax, file encoding), or exclude files that are not posts with "ignores".',
    pl: 'Popraw problem wskazany w komunikacie (składnię nagłówka, kodowanie pliku) albo wyklucz pliki niebędące wpisami przez "ignores".',
  },
  messages: {
    unreadable: { en: '{reason}', pl: '{reason}' },
  },
});
