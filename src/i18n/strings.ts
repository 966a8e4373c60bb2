// The words content-a11y itself says to people — the CLI's help, errors and summary lines, and the
// one name of each severity used everywhere (terminal, HTML report, playground, CMS summaries) —
// in every language the tool speaks. One catalogue, so a severity is never "informacja" in one
// place and "uwaga" in another. Pure data and small functions: browser-safe.
import type { Severity } from '../types.js';

export const UI_LOCALES = ['en', 'pl'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The catalogue's language for a BCP 47 tag or a POSIX locale (`pl_PL.UTF-8`); English otherwise. */
export function uiLocale(tag: string | undefined): UiLocale {
  const primary = (tag ?? '').toLowerCase().split(/[-_.@]/)[0];
  return (UI_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as UiLocale) : 'en';
}

/** The language of the CLI's own words when no --locale is given: the environment's, as gettext reads it. */
export function environmentLocale(env: Record<string, string | undefined>): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value && value !== 'C' && value !== 'POSIX') return value;
  }
  return undefined;
}

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

interface SeverityWords {
  /** The severity's name as a label ("error", "błąd"). */
  name: string;
  /** The name after a number, by plural category ("3 błędy", "5 błędów"). */
  counted: PluralForms;
}

export const SEVERITY_WORDS: Record<UiLocale, Record<Severity, SeverityWords>> = {
  en: {
    error: { name: 'error', counted: { one: 'error', other: 'errors' } },
    warning: { name: 'warning', counted: { one: 'warning', other: 'warnings' } },
    info: { name: 'info', counted: { one: 'info', other: 'info' } },
  },
  pl: {
    error: { name: 'błąd', counted: { one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu' } },
    warning: {
      name: 'ostrzeżenie',
      counted: { one: 'ostrzeżenie', few: 'ostrzeżenia', many: 'ostrzeżeń', other: 'ostrzeżenia' },
    },
    info: { name: 'uwaga', counted: { one: 'uwaga', few: 'uwagi', many: 'uwag', other: 'uwagi' } },
  },
};

/** Plural headings for counts in tables ("Errors", "Błędy"). */
export const SEVERITY_HEADINGS: Record<UiLocale, Record<Severity, string>> = {
  en: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  pl: { error: 'Błędy', warning: 'Ostrzeżenia', info: 'Uwagi' },
};

export function severityName(severity: Severity, locale: string | undefined): string {
  return SEVERITY_WORDS[uiLocale(locale)][severity].name;
}

/** "3 errors", "3 błędy", "5 błędów". */
export function countWord(n: number, forms: PluralForms, locale: UiLocale): string {
  const category = new Intl.PluralRules(locale).select(n);
  return `${n} ${forms[category] ?? forms.other}`;
}

export function countSeverity(n: number, severity: Severity, locale: string | undefined): string {
  const ui = uiLocale(locale);
  return countWord(n, SEVERITY_WORDS[ui][severity].counted, ui);
}

const FILES: Record<UiLocale, PluralForms> = {
  en: { one: 'file', other: 'files' },
  pl: { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' },
};
const PROBLEMS: Record<UiLocale, PluralForms> = {
  en: { one: 'problem', other: 'problems' },
  pl: { one: 'problem', few: 'problemy', many: 'problemów', other: 'problemu' },
};
const FIXES: Record<UiLocale, PluralForms> = {
  en: { one: 'fix', other: 'fixes' },
  pl: { one: 'poprawka', few: 'poprawki', many: 'poprawek', other: 'poprawki' },
};

export interface Counts3 {
  errors: number;
  warnings: number;
  infos: number;
}

/** The words of the command line. Functions where something is filled in. */
export interface CliStrings {
  // summary lines
  noProblems(files: number): string;
  noErrors(files: number): string;
  problems(total: number, counts: Counts3, files: number): string;
  hiddenByQuiet(warnings: number, infos: number): string;
  tooManyWarnings(warnings: number, max: number, hidden: boolean): string;
  fixable(n: number, flag: string): string;
  fixed(n: number, files: number): string;
  wouldFix(n: number, files: number): string;
  fixedStaged(n: number, files: number): string;
  notFixedUnstaged(path: string): string;
  notFixedChanged(path: string): string;
  notFixedBreaks(path: string, reason: string): string;
  notFixedRecord(path: string): string;
  commitBlocked: string;
  commitBypass: string;
  alsoAt(places: string[]): string;
  suggestion: string;
  docs: string;
  // usage and run errors
  unknownOption(flag: string, suggestion?: string): string;
  unknownCommand(name: string, suggestion?: string): string;
  optionMissingArgument(flag: string): string;
  missingArgument(name: string): string;
  excessArguments(command: string): string;
  seeHelp(command?: string): string;
  wholeNumber(flag: string, value: string, min: number): string;
  maxWarnings(value: string): string;
  oneOf(flag: string, value: string, choices: string[]): string;
  unknownFormat(name: string, formats: string[]): string;
  noPostsFound(args: string[]): string;
  badLang(flag: string, tag: string): string;
  badLocale(flag: string, tag: string, supported: string[]): string;
  emptyStdin: string;
  ignoredExplicit(path: string): string;
  stagedAndChangedSince: string;
  fixWithStdin: string;
  fixTypeWithoutFix: string;
  printConfigNeedsOne: string;
  fileSystem(action: 'read' | 'write' | 'create', path: string, reason: string): string;
  errnoReason(code: string): string;
  internalError(message: string, debug: boolean): string;
  interrupted: string;
  // init-hook
  hookInstalled(updated: boolean, hook: string): string;
  hookExists(hook: string): string;
  huskyHook(file: string, exists: boolean): string;
  hookNeedsGit: string;
  // help
  helpTitles: Record<string, string>;
}

const en: CliStrings = {
  noProblems: (files) => `✔ ${countWord(files, FILES.en, 'en')} checked, no problems.`,
  noErrors: (files) => `✔ ${countWord(files, FILES.en, 'en')} checked, no errors.`,
  problems: (total, c, files) =>
    `${countWord(total, PROBLEMS.en, 'en')} (${countSeverity(c.errors, 'error', 'en')}, ${countSeverity(c.warnings, 'warning', 'en')}, ${countSeverity(c.infos, 'info', 'en')}) in ${countWord(files, FILES.en, 'en')}`,
  hiddenByQuiet: (w, i) =>
    `${[w ? countSeverity(w, 'warning', 'en') : '', i ? countSeverity(i, 'info', 'en') : ''].filter(Boolean).join(' and ')} not shown (--quiet).`,
  tooManyWarnings: (w, max, hidden) =>
    `${countSeverity(w, 'warning', 'en')}, more than --max-warnings ${max}${hidden ? ' (run without --quiet to see them)' : ''}.`,
  fixable: (n, flag) => `${countWord(n, PROBLEMS.en, 'en')} can be fixed with ${flag}.`,
  fixed: (n, files) => `Fixed ${countWord(n, PROBLEMS.en, 'en')} in ${countWord(files, FILES.en, 'en')}.`,
  wouldFix: (n, files) =>
    `--fix-dry-run: ${countWord(n, FIXES.en, 'en')} would be applied in ${countWord(files, FILES.en, 'en')}; nothing was written.`,
  fixedStaged: (n, files) =>
    `Fixed ${countWord(n, PROBLEMS.en, 'en')} in the working tree (${countWord(files, FILES.en, 'en')}), not in the commit: review them with "git diff", stage them with "git add", then commit again.`,
  notFixedUnstaged: (path) =>
    `${path}: not fixed, because it has changes that are not staged; stage or stash them, then run again.`,
  notFixedChanged: (path) =>
    `${path}: not fixed, because the file changed on disk while it was being checked.`,
  notFixedBreaks: (path, reason) =>
    `${path}: not fixed, because the fixed text would no longer parse (${reason}); please report it.`,
  notFixedRecord: (path) =>
    `${path}: not fixed, because the record's body is not a text field the fixes can be written back to.`,
  commitBlocked: '✖ The commit was blocked: the staged posts have accessibility errors.',
  commitBypass: 'Fix them and "git add" the posts, or skip this check once with "git commit --no-verify".',
  alsoAt: (places) => `also at ${places.join(', ')}`,
  suggestion: 'suggestion',
  docs: 'Rule docs',
  unknownOption: (flag, s) => `Unknown option "${flag}".${s ? ` Did you mean "${s}"?` : ''}`,
  unknownCommand: (name, s) =>
    `Unknown command "${name}"${s ? `. Did you mean "${s}"?` : ', and no file or folder has that name.'}`,
  optionMissingArgument: (flag) => `The option "${flag}" needs a value.`,
  missingArgument: (name) => `Missing the argument "${name}".`,
  excessArguments: (command) => `Too many arguments for "${command}".`,
  seeHelp: (command) => `Run "content-a11y ${command ? `${command} ` : ''}--help" for usage.`,
  wholeNumber: (flag, value, min) => `${flag} takes a whole number (${min} or more), not "${value}".`,
  maxWarnings: (value) =>
    `--max-warnings takes a whole number of warnings (0 or more; -1 for no limit), not "${value}".`,
  oneOf: (flag, value, choices) => `${flag} takes one of ${choices.join(', ')}, not "${value}".`,
  unknownFormat: (name, formats) =>
    `Unknown format "${name}". Formats: ${formats.join(', ')} (add =FILE to write one to a file).`,
  noPostsFound: (args) =>
    `No posts found for ${args.map((a) => `"${a}"`).join(', ')}: check the path, or quote a glob so the shell does not expand it.`,
  badLang: (flag, tag) =>
    `${flag} takes a language tag such as "pl" or "en-GB"; "${tag}" is not a valid one.`,
  badLocale: (flag, tag, supported) =>
    `${flag} "${tag}" is not a language content-a11y has messages in: ${supported.join(', ')}.`,
  emptyStdin:
    'Nothing was read from standard input: pipe a post into it, e.g. "cat post.md | content-a11y check - --stdin-filename post.md".',
  ignoredExplicit: (path) =>
    `${path} is matched by "ignores" in the configuration, so it was not checked (--no-ignore checks it anyway).`,
  stagedAndChangedSince: 'Use --staged (the pre-commit hook) or --changed-since REF (CI), not both.',
  fixWithStdin:
    '--fix cannot write back to standard input: use --fix-dry-run with --format json to see the fixed text.',
  fixTypeWithoutFix: '--fix-type chooses which fixes --fix or --fix-dry-run apply: add one of them.',
  printConfigNeedsOne: '--print-config takes one file: the configuration that applies to it is printed.',
  fileSystem: (action, path, reason) => `Cannot ${action} ${path}: ${reason}.`,
  errnoReason: (code) =>
    ({
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'it is a folder',
      ENOTDIR: 'a part of the path is a file, not a folder',
      ENOSPC: 'no space left on the device',
      EROFS: 'the file system is read-only',
      EEXIST: 'it already exists',
      EMFILE: 'too many open files',
      ENAMETOOLONG: 'the name is too long',
      ELOOP: 'too many symbolic links',
      EBUSY: 'the file is busy',
      EDQUOT: 'disk quota exceeded',
    })[code] ?? code,
  internalError: (message, debug) =>
    `Internal error: ${message}${debug ? '' : '\nRun again with --debug for details, and please report it.'}`,
  interrupted: 'interrupted; no report was written.',
  hookInstalled: (updated, hook) =>
    `${updated ? 'Updated' : 'Installed'} the pre-commit hook ${hook}: commits now check the staged posts.`,
  hookExists: (hook) =>
    `${hook} already exists and was not written by content-a11y, so it was left alone.\nAdd this line to it to check staged posts:\n\n  npx --no-install content-a11y check --staged\n\nor run "content-a11y init-hook --force" to replace it (the old hook is kept as pre-commit.backup).`,
  huskyHook: (file, exists) =>
    `This repository uses husky: its hooks live in .husky/, and husky regenerates the folder git runs them from, so content-a11y does not write there.\n${exists ? `Add this line to ${file}` : `Create ${file} with this line`}:\n\n  npx --no-install content-a11y check --staged\n`,
  hookNeedsGit: 'init-hook must run inside a git repository.',
  helpTitles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
  },
};

const pl: CliStrings = {
  noProblems: (files) => `✔ Sprawdzono: ${countWord(files, FILES.pl, 'pl')}, bez problemów.`,
  noErrors: (files) => `✔ Sprawdzono: ${countWord(files, FILES.pl, 'pl')}, bez błędów.`,
  problems: (total, c, files) =>
    `${countWord(total, PROBLEMS.pl, 'pl')} (${countSeverity(c.errors, 'error', 'pl')}, ${countSeverity(c.warnings, 'warning', 'pl')}, ${countSeverity(c.infos, 'info', 'pl')}); sprawdzono: ${countWord(files, FILES.pl, 'pl')}`,
  hiddenByQuiet: (w, i) =>
    `Nie pokazano (--quiet): ${[w ? countSeverity(w, 'warning', 'pl') : '', i ? countSeverity(i, 'info', 'pl') : ''].filter(Boolean).join(' i ')}.`,
  tooManyWarnings: (w, max, hidden) =>
    `${countSeverity(w, 'warning', 'pl')}, więcej niż --max-warnings ${max}${hidden ? ' (uruchom bez --quiet, by je zobaczyć)' : ''}.`,
  fixable: (n, flag) => `${countWord(n, PROBLEMS.pl, 'pl')} można poprawić przez ${flag}.`,
  fixed: (n, files) =>
    `Poprawiono: ${countWord(n, PROBLEMS.pl, 'pl')} (${countWord(files, FILES.pl, 'pl')}).`,
  wouldFix: (n, files) =>
    `--fix-dry-run: zastosowano by ${countWord(n, FIXES.pl, 'pl')} (${countWord(files, FILES.pl, 'pl')}); niczego nie zapisano.`,
  fixedStaged: (n, files) =>
    `Poprawiono ${countWord(n, PROBLEMS.pl, 'pl')} w katalogu roboczym (${countWord(files, FILES.pl, 'pl')}), nie w commicie: przejrzyj je przez „git diff”, dodaj przez „git add” i zatwierdź ponownie.`,
  notFixedUnstaged: (path) =>
    `${path}: nie poprawiono, bo plik ma zmiany niedodane do indeksu; dodaj je albo odłóż (stash) i uruchom ponownie.`,
  notFixedChanged: (path) => `${path}: nie poprawiono, bo plik zmienił się na dysku w trakcie sprawdzania.`,
  notFixedBreaks: (path, reason) =>
    `${path}: nie poprawiono, bo poprawiony tekst nie dałby się przetworzyć (${reason}); zgłoś to, proszę.`,
  notFixedRecord: (path) =>
    `${path}: nie poprawiono, bo treść rekordu nie jest polem tekstowym, do którego można zapisać poprawki.`,
  commitBlocked: '✖ Commit został zablokowany: dodane wpisy mają błędy dostępności.',
  commitBypass:
    'Popraw je i dodaj wpisy przez „git add” albo pomiń to sprawdzenie raz: „git commit --no-verify”.',
  alsoAt: (places) => `także w ${places.join(', ')}`,
  suggestion: 'propozycja',
  docs: 'Opisy reguł',
  unknownOption: (flag, s) => `Nieznana opcja „${flag}”.${s ? ` Czy chodziło o „${s}”?` : ''}`,
  unknownCommand: (name, s) =>
    `Nieznane polecenie „${name}”${s ? `. Czy chodziło o „${s}”?` : ' i nie ma pliku ani folderu o tej nazwie.'}`,
  optionMissingArgument: (flag) => `Opcja „${flag}” wymaga wartości.`,
  missingArgument: (name) => `Brakuje argumentu „${name}”.`,
  excessArguments: (command) => `Za dużo argumentów dla „${command}”.`,
  seeHelp: (command) =>
    `Uruchom „content-a11y ${command ? `${command} ` : ''}--help”, by zobaczyć sposób użycia.`,
  wholeNumber: (flag, value, min) =>
    `${flag} przyjmuje liczbę całkowitą (co najmniej ${min}), nie „${value}”.`,
  maxWarnings: (value) =>
    `--max-warnings przyjmuje liczbę ostrzeżeń (0 lub więcej; -1 to brak limitu), nie „${value}”.`,
  oneOf: (flag, value, choices) =>
    `${flag} przyjmuje jedną z wartości ${choices.join(', ')}, nie „${value}”.`,
  unknownFormat: (name, formats) =>
    `Nieznany format „${name}”. Formaty: ${formats.join(', ')} (dopisz =PLIK, by zapisać go do pliku).`,
  noPostsFound: (args) =>
    `Nie znaleziono wpisów dla ${args.map((a) => `„${a}”`).join(', ')}: sprawdź ścieżkę albo ujmij wzorzec w cudzysłów, by powłoka go nie rozwinęła.`,
  badLang: (flag, tag) =>
    `${flag} przyjmuje znacznik języka, np. „pl” albo „en-GB”; „${tag}” nie jest poprawnym znacznikiem.`,
  badLocale: (flag, tag, supported) =>
    `${flag} „${tag}”: content-a11y nie ma komunikatów w tym języku; dostępne: ${supported.join(', ')}.`,
  emptyStdin:
    'Ze standardowego wejścia nic nie odczytano: przekaż do niego wpis, np. „cat wpis.md | content-a11y check - --stdin-filename wpis.md”.',
  ignoredExplicit: (path) =>
    `${path} pasuje do „ignores” w konfiguracji, więc nie został sprawdzony (--no-ignore sprawdzi go mimo to).`,
  stagedAndChangedSince: 'Użyj --staged (hak pre-commit) albo --changed-since REF (CI), nie obu naraz.',
  fixWithStdin:
    '--fix nie może zapisać poprawek do standardowego wejścia: użyj --fix-dry-run z --format json, by zobaczyć poprawiony tekst.',
  fixTypeWithoutFix:
    '--fix-type wybiera, które poprawki stosują --fix albo --fix-dry-run: dodaj jedną z tych opcji.',
  printConfigNeedsOne: '--print-config przyjmuje jeden plik: wypisuje konfigurację, która go dotyczy.',
  fileSystem: (action, path, reason) =>
    `Nie można ${{ read: 'odczytać', write: 'zapisać', create: 'utworzyć' }[action]} ${path}: ${reason}.`,
  errnoReason: (code) =>
    ({
      ENOENT: 'nie ma takiego pliku ani folderu',
      EACCES: 'brak uprawnień',
      EPERM: 'operacja niedozwolona',
      EISDIR: 'to jest folder',
      ENOTDIR: 'część ścieżki jest plikiem, nie folderem',
      ENOSPC: 'brak miejsca na urządzeniu',
      EROFS: 'system plików jest tylko do odczytu',
      EEXIST: 'już istnieje',
      EMFILE: 'za dużo otwartych plików',
      ENAMETOOLONG: 'nazwa jest za długa',
      ELOOP: 'za dużo dowiązań symbolicznych',
      EBUSY: 'plik jest zajęty',
      EDQUOT: 'przekroczono przydział dysku',
    })[code] ?? code,
  internalError: (message, debug) =>
    `Błąd wewnętrzny: ${message}${debug ? '' : '\nUruchom ponownie z --debug, by zobaczyć szczegóły, i zgłoś to, proszę.'}`,
  interrupted: 'przerwano; nie zapisano raportu.',
  hookInstalled: (updated, hook) =>
    `${updated ? 'Zaktualizowano' : 'Zainstalowano'} hak pre-commit ${hook}: commity sprawdzają teraz dodane wpisy.`,
  hookExists: (hook) =>
    `${hook} już istnieje i nie został zapisany przez content-a11y, więc go nie zmieniono.\nDopisz do niego ten wiersz, by sprawdzać dodane wpisy:\n\n  npx --no-install content-a11y check --staged\n\nalbo uruchom „content-a11y init-hook --force”, by go zastąpić (stary hak zostanie zachowany jako pre-commit.backup).`,
  huskyHook: (file, exists) =>
    `To repozytorium używa husky: jego haki są w .husky/, a husky odtwarza folder, z którego uruchamia je git, więc content-a11y tam nie pisze.\n${exists ? `Dopisz ten wiersz do ${file}` : `Utwórz ${file} z tym wierszem`}:\n\n  npx --no-install content-a11y check --staged\n`,
  hookNeedsGit: 'init-hook trzeba uruchomić w repozytorium git.',
  helpTitles: {
    'Usage:': 'Użycie:',
    'Options:': 'Opcje:',
    'Commands:': 'Polecenia:',
    'Arguments:': 'Argumenty:',
  },
};

export const CLI_STRINGS: Record<UiLocale, CliStrings> = { en, pl };

export function cliStrings(locale: string | undefined): CliStrings {
  return CLI_STRINGS[uiLocale(locale)];
}
