// The command line's dispatcher. Every failure ends in one line in the user's language and an
// exit code (2: the run itself failed); stack traces only with --debug.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CommanderError } from 'commander';
import { isDynamicPattern } from 'tinyglobby';
import { closest } from '../engine/closest.js';
import { ConfigError } from '../errors.js';
import { toolVersion } from '../files/version.js';
import { type CliStrings, cliStrings, environmentLocale, type UiLocale, uiLocale } from '../i18n/strings.js';
import { COMMANDS } from './commands.js';
import { HELP } from './help.js';
import { type CliIo, readStdinText } from './io.js';
import { buildProgram } from './program.js';
import { FileSystemError, isErrnoError, UsageError } from './usage-error.js';

export function packageVersion(): string {
  return toolVersion();
}

/** The language of the CLI's own words: --locale, else the environment's (LC_ALL, LC_MESSAGES, LANG). */
export function cliLocale(argv: readonly string[], env: CliIo['env']): UiLocale {
  let flag: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--locale') flag = argv[i + 1];
    else if (arg.startsWith('--locale=')) flag = arg.slice('--locale='.length);
  });
  return uiLocale(flag ?? environmentLocale(env));
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const locale = cliLocale(argv, io.env);
  const t = cliStrings(locale);
  let code = 0;
  const program = buildProgram(
    COMMANDS,
    { io, locale, t, help: HELP[locale] },
    (c) => {
      code = c;
    },
    packageVersion(),
  );
  try {
    if (argv.length === 0) {
      io.stdout.write(program.helpInformation());
      io.stdout.write(HELP[locale].mainAfter);
      return 2;
    }
    rejectMistypedCommand(argv, io.cwd, t, [...COMMANDS.map((c) => c.name), 'help']);
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return reportFailure(error, io, t, debug);
  }
}

/**
 * `content-a11y chek` is a typo of a command, not a post to look for — unless a file or folder
 * of that name exists, or it is a glob (ESLint's `eslint file.md` stays).
 */
function rejectMistypedCommand(argv: string[], cwd: string, t: CliStrings, names: string[]): void {
  const first = argv[0];
  if (!first || first.startsWith('-') || names.includes(first)) return;
  if (first === '.' || existsSync(resolve(cwd, first)) || isDynamicPattern(first)) return;
  const suggestion = closest(first, names);
  if (suggestion) throw new UsageError(t.unknownCommand(first, suggestion));
}

function reportFailure(error: unknown, io: CliIo, t: CliStrings, debug: boolean): number {
  const say = (line: string) => io.stderr.write(`content-a11y: ${line}\n`);
  if (error instanceof CommanderError) {
    // Help and version are printed by commander and end the parse "with an error".
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) {
      return error.exitCode === 1 && error.code === 'commander.help' ? 2 : 0;
    }
    say(error.message.replace(/^error: /, ''));
    io.stderr.write(`${t.seeHelp()}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    say(error.message);
    io.stderr.write(`${t.seeHelp(error.command)}\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    say(error.message);
    return 2;
  }
  if (error instanceof FileSystemError) {
    say(t.fileSystem(error.action, error.path, t.errnoReason(error.code)));
    return 2;
  }
  if (isErrnoError(error) && error.path) {
    const action = /^(open|read|stat|lstat|scandir|opendir|readlink|realpath)$/.test(error.syscall ?? '')
      ? 'read'
      : /^(mkdir)$/.test(error.syscall ?? '')
        ? 'create'
        : 'write';
    say(t.fileSystem(action, error.path, t.errnoReason(error.code)));
    if (debug) io.stderr.write(`${error.stack ?? ''}\n`);
    return 2;
  }
  say(t.internalError((error as Error)?.message ?? String(error), debug));
  if (debug) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return 2;
}

/**
 * The real process's streams. A reader that stops reading (`content-a11y rules | head -1`) closes
 * the pipe: the rest of the output is dropped silently, as git and grep do, and the exit code
 * still says what the check found.
 */
export function processIo(): CliIo {
  let stdoutClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      stdoutClosed = true;
      return;
    }
    process.stderr.write(`content-a11y: cannot write the output: ${error.code ?? error.message}.\n`);
    process.exit(2);
  });
  process.stderr.on('error', () => undefined);
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: {
      write: (text: string) => (stdoutClosed ? false : process.stdout.write(text)),
      get isTTY() {
        return process.stdout.isTTY;
      },
      get columns() {
        return process.stdout.columns;
      },
    },
    stderr: process.stderr,
    readStdin: readStdinText,
  };
}
