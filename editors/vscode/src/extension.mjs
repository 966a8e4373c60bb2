// The VS Code extension: starts `content-a11y lsp --stdio` and hands it Markdown, MDX, HTML and
// JSON documents. The server is the workspace's own content-a11y (the version its CI runs, so the
// editor and CI agree), or the one `contentA11y.serverPath` names; the extension bundles no engine.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { commands, window, workspace } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';

/** @type {LanguageClient | undefined} */
let client;

/** The server's entry (bin.js) from a package folder, a bin.js path, or the workspace's install. */
function findServer() {
  const configured = workspace.getConfiguration('contentA11y').get('serverPath', '');
  if (configured) {
    if (existsSync(configured) && statSync(configured).isDirectory())
      return binOf(join(configured, 'package.json'));
    return existsSync(configured) ? configured : undefined;
  }
  for (const folder of workspace.workspaceFolders ?? []) {
    try {
      const manifest = createRequire(join(folder.uri.fsPath, 'noop.js')).resolve('content-a11y/package.json');
      return binOf(manifest);
    } catch {
      // not installed in this folder: try the next one
    }
  }
  return undefined;
}

/** @param {string} manifest */
function binOf(manifest) {
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.['content-a11y'];
  return bin ? join(dirname(manifest), bin) : undefined;
}

/** @param {import('vscode').ExtensionContext} context */
export async function activate(context) {
  // After editing a plugin's code (Node keeps a module it imported), updating content-a11y or
  // changing the settings below: a new server process.
  context.subscriptions.push(
    commands.registerCommand('contentA11y.restartServer', async () => {
      await client?.stop();
      client = undefined;
      await startClient();
    }),
  );
  await startClient();
}

async function startClient() {
  const server = findServer();
  if (!server) {
    void window.showWarningMessage(
      'content-a11y is not installed in this workspace. Run "npm install --save-dev content-a11y", or set contentA11y.serverPath.',
    );
    return;
  }
  const settings = workspace.getConfiguration('contentA11y');
  const run = {
    command: settings.get('runtime', 'node') || 'node',
    args: [server, 'lsp'],
    transport: TransportKind.stdio,
  };
  const locale = settings.get('locale', '');
  client = new LanguageClient(
    'contentA11y',
    'content-a11y',
    { run, debug: run },
    {
      documentSelector: ['markdown', 'mdx', 'html', 'json'].map((language) => ({ scheme: 'file', language })),
      initializationOptions: locale ? { locale } : {},
    },
  );
  await client.start();
}

export async function deactivate() {
  await client?.stop();
}
