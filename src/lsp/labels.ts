// What the language server itself says (code action titles, hovers, its own diagnostics), in the
// languages content-a11y's messages speak. Rule messages come from the rules.
import { fillTemplate, localize } from '../engine/messages.js';
import type { Localized } from '../engine/rule.js';

const LABELS = {
  fix: { en: 'Fix: {what}', pl: 'Popraw: {what}' },
  fixAll: {
    en: 'Fix all content-a11y problems with a safe fix',
    pl: 'Popraw wszystkie bezpieczne poprawki content-a11y',
  },
  disableLine: { en: 'Disable {rule} for this line', pl: 'Wyłącz {rule} w tym wierszu' },
  showRule: { en: 'Show the documentation of {rule}', pl: 'Pokaż opis reguły {rule}' },
  configError: {
    en: 'content-a11y cannot use its configuration ({file}): {reason}',
    pl: 'content-a11y nie może użyć konfiguracji ({file}): {reason}',
  },
  crashed: {
    en: 'content-a11y could not check this file (internal error: {reason}). The other files are still checked; please report it with the file.',
    pl: 'content-a11y nie zdołał sprawdzić tego pliku (błąd wewnętrzny: {reason}). Pozostałe pliki są sprawdzane; zgłoś to, dołączając plik.',
  },
  workspaceProgress: { en: 'content-a11y: checking posts', pl: 'content-a11y: sprawdzanie wpisów' },
  workspaceCount: { en: '{done} of {total} files', pl: 'pliki: {done} z {total}' },
  // Hover on an image.
  imageHeading: { en: 'Image description (alt text)', pl: 'Opis obrazu (tekst alternatywny)' },
  altAsWritten: {
    en: 'Alt text: “{alt}” ({length} characters)',
    pl: 'Tekst alternatywny: „{alt}” (znaków: {length})',
  },
  altMissing: {
    en: 'No alt attribute: screen readers may read the file name.',
    pl: 'Brak atrybutu alt: czytnik ekranu może odczytać nazwę pliku.',
  },
  altEmpty: {
    en: 'Empty alt: the image is skipped as decoration.',
    pl: 'Pusty alt: obraz jest pomijany jako dekoracja.',
  },
  announcedName: { en: 'Announced as: “{name}”', pl: 'Odczytywany jako: „{name}”' },
  decorative: {
    en: 'Hidden from assistive technology (decorative).',
    pl: 'Ukryty przed technologiami asystującymi (dekoracja).',
  },
  caption: { en: 'Caption: “{caption}”', pl: 'Podpis: „{caption}”' },
  inLink: {
    en: 'The image is (part of) a link: its alt text names the link.',
    pl: 'Obraz jest (częścią) linku: jego tekst alternatywny nazywa link.',
  },
  noProblems: {
    en: 'content-a11y finds no problem with this description.',
    pl: 'content-a11y nie widzi problemu z tym opisem.',
  },
  problems: { en: 'Problems:', pl: 'Problemy:' },
  // Hover on a date.
  dateHeading: { en: 'Date “{text}”', pl: 'Data „{text}”' },
  dateReadAs: { en: 'Read as: {date}', pl: 'Odczytana jako: {date}' },
  dateRange: { en: 'Read as the range: {from} – {to}', pl: 'Odczytana jako zakres: {from} – {to}' },
  dateInvalid: {
    en: 'This date does not exist in the calendar.',
    pl: 'Taka data nie istnieje w kalendarzu.',
  },
  dateNoYear: { en: '(no year written)', pl: '(bez roku)' },
} satisfies Record<string, Localized>;

export type LabelId = keyof typeof LABELS;

export function label(id: LabelId, locale: string, data?: Record<string, string | number>): string {
  return fillTemplate(localize(LABELS[id], locale), data);
}
