// The command line's dispatcher. Every failure ends in a one-line message and an exit code;
// stack traces only with --debug.
import { ConfigError } from '../errors.js';
import { toolVersion } from '../files/version.js';
import { type CliIo, readStdinText, runCheck } from './check-command.js';
import { MAIN_HELP } from './help.js';
import { runInitHook } from './init-hook-command.js';
import { runMerge } from './merge-command.js';
import { runRulesCommand } from './rules-command.js';
import { UsageError } from './usage-error.js';

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  check: runCheck,
  rules: runRulesCommand,
  'init-hook': runInitHook,
  merge: runMerge,
  lsp: (argv, io) => import('../lsp/command.js').then((lsp) => lsp.runLsp(argv, io)),
};

export function packageVersion(): string {
  return toolVersion();
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(MAIN_HELP);
      return first === undefined ? 2 : 0;
    }
    // Own properties only: a folder named `constructor` or `toString` is a path, not a command.
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    // Without a command name, arguments are paths to check, as with ESLint.
    if (!command) return await runCheck(argv, io);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`content-a11y: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr.write('Run "content-a11y check --help" for usage.\n');
      return 2;
    }
    io.stderr.write(`content-a11y: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (debug) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    else io.stderr.write('Run again with --debug for details, and please report it.\n');
    return 2;
  }
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: readStdinText,
  };
}
