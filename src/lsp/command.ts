// `content-a11y lsp --stdio`: the language server on standard input and output. Editors start it
// and speak LSP to it; nothing else may be written to stdout, so its log goes to the client.
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type { CliIo } from '../cli/io.js';
import { UsageError } from '../cli/usage-error.js';
import { startServer } from './server.js';

export const LSP_HELP = `Usage: content-a11y lsp --stdio

Starts the content-a11y language server on standard input and output, for editors (VS Code,
Neovim, Helix, Zed…): diagnostics while writing, quick fixes, hovers on images and dates.
`;

export async function runLsp(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(LSP_HELP);
    return 0;
  }
  // Some clients also name their process (the initialize request says it too).
  const unknown = argv.filter((a) => a !== '--stdio' && !a.startsWith('--clientProcessId'));
  if (unknown.length > 0 || !argv.includes('--stdio')) {
    throw new UsageError(
      unknown.length > 0
        ? `lsp: unknown option ${unknown[0]} (the server speaks over --stdio only).`
        : 'lsp: add --stdio (the server speaks LSP over standard input and output).',
    );
  }
  const connection = createConnection(
    new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout),
  );
  // One post's failure must never end the server the editor relies on: log it, carry on.
  process.on('uncaughtException', (error) =>
    connection.console.error(`content-a11y: ${error.stack ?? error}`),
  );
  process.on('unhandledRejection', (reason) => connection.console.error(`content-a11y: ${String(reason)}`));
  startServer(connection);
  // The server lives until the client sends exit (the library then ends the process).
  return new Promise<number>(() => undefined);
}
