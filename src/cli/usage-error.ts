import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A bad flag or argument: exit code 2 with a one-line explanation. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's flags strictly; a bad flag becomes a UsageError (exit 2, one line). */
export function parseCommandArgs<const T extends Options>(
  argv: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}
