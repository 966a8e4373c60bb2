// The argument parser (commander), set up so that every parsing mistake becomes one line in the
// user's language with a "did you mean", never commander's own English text or an exit() call.
import { Command, type Help, Option } from 'commander';
import { closest } from '../engine/closest.js';
import type { CliStrings, UiLocale } from '../i18n/strings.js';
import type { HelpStrings } from './help.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/** What every command's definition receives. */
export interface CommandContext {
  io: CliIo;
  locale: UiLocale;
  t: CliStrings;
  help: HelpStrings;
  /** The command's exit code, once its action has run. */
  exit(code: number): void;
}

/** One command of the CLI: its name, and a function that adds its arguments, options and action. */
export interface CommandSpec {
  name: string;
  define(command: CliCommand, context: CommandContext): void;
  /** The command run when the first argument names none (ESLint's `eslint file.md`). */
  isDefault?: boolean;
}

/** commander's Command, with its error messages replaced by the catalogue's. */
export class CliCommand extends Command {
  strings!: CliStrings;
  /** Set by allowUnknownOption(): a command whose options belong to someone else (lsp). */
  private unknownAllowed = false;

  override allowUnknownOption(allow = true): this {
    this.unknownAllowed = allow;
    return super.allowUnknownOption(allow);
  }

  override createCommand(name?: string): CliCommand {
    const command = new CliCommand(name);
    command.strings = this.strings;
    return command;
  }

  private failUsage(message: string): never {
    const name = this.parent ? this.name() : undefined;
    throw new UsageError(message, name);
  }

  /** Called by commander for a flag no command defines. */
  unknownOption(flag: string): void {
    if (this.unknownAllowed) return;
    const bare = flag.split('=')[0]!;
    const candidates: string[] = [];
    for (let command: Command | null = this; command; command = command.parent) {
      for (const option of command.options) if (option.long) candidates.push(option.long);
    }
    this.failUsage(
      this.strings.unknownOption(bare, bare.startsWith('--') ? closest(bare, candidates) : undefined),
    );
  }

  unknownCommand(): never {
    const name = this.args[0] ?? '';
    return this.failUsage(this.strings.unknownCommand(name, closest(name, commandNames(this))));
  }

  optionMissingArgument(option: Option): never {
    return this.failUsage(this.strings.optionMissingArgument(option.long ?? option.flags));
  }

  missingArgument(name: string): never {
    return this.failUsage(this.strings.missingArgument(name));
  }

  /** Arguments a command does not take (`content-a11y rules extra`). */
  _excessArguments(): never {
    return this.failUsage(this.strings.excessArguments(this.name()));
  }
}

export function commandNames(program: Command): string[] {
  return program.commands.map((c) => c.name());
}

/** The program with its commands, writing help to `io` in `locale`. */
export function buildProgram(
  specs: readonly CommandSpec[],
  context: Omit<CommandContext, 'exit'>,
  exit: (code: number) => void,
  version: string,
): CliCommand {
  const { io, help, t } = context;
  const program = new CliCommand('content-a11y');
  program.strings = t;
  const titles = t.helpTitles;
  const configure = (command: Command) => {
    command
      .exitOverride()
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: () => undefined,
      })
      .configureHelp({
        styleTitle: (title: string) => titles[title] ?? title,
        sortOptions: false,
      } as Partial<Help>)
      .helpOption('-h, --help', help.help)
      .showSuggestionAfterError(false);
  };
  configure(program);
  program
    .description(help.program)
    .version(version, '-v, --version', help.version)
    .helpCommand('help [command]', help.helpCommand)
    .addHelpText('after', help.mainAfter);
  for (const spec of specs) {
    const command = program.command(spec.name, spec.isDefault ? { isDefault: true } : {});
    configure(command);
    command.description(help.commands[spec.name] ?? '');
    spec.define(command as CliCommand, { ...context, exit });
  }
  return program;
}

/** An option whose description is in the catalogue, optionally under a help heading. */
export function option(flags: string, description: string, group?: string): Option {
  const made = new Option(flags, description);
  return group ? made.helpGroup(group) : made;
}

/** Collects a repeatable option's values (`-f json -f html`). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
