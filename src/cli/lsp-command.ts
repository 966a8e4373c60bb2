// `content-a11y lsp --stdio`: the language server (src/lsp). Its arguments are the server's own
// (editors add some, such as --clientProcessId), so they go to it as written, --help included.
import type { CommandSpec } from './program.js';

export const lspCommand: CommandSpec = {
  name: 'lsp',
  define(command, { io, exit }) {
    command
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .argument('[args...]')
      .action(async (_args: string[], _options: unknown, self: { args: string[] }) => {
        // Loaded only for this command: the check command never loads the LSP libraries.
        const { runLsp } = await import('../lsp/command.js');
        exit(await runLsp(self.args, io));
      });
  },
};
