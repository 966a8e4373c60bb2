// Every command of the CLI, in the order --help lists them. A new command is one file exporting a
// CommandSpec and one line here.
import { checkCommand } from './check-command.js';
import { initCommand } from './init-command.js';
import { initHookCommand } from './init-hook-command.js';
import { lspCommand } from './lsp-command.js';
import { mergeCommand } from './merge-command.js';
import type { CommandSpec } from './program.js';
import { rulesCommand } from './rules-command.js';
import { siteCommand } from './site-command.js';

export const COMMANDS: readonly CommandSpec[] = [
  checkCommand,
  rulesCommand,
  siteCommand,
  initCommand,
  mergeCommand,
  initHookCommand,
  lspCommand,
];
