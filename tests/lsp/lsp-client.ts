// A small LSP client for the tests, on vscode-languageserver-protocol (vscode-jsonrpc): it starts
// the server as an editor does (`content-a11y lsp --stdio` in a child process) or in this process
// over in-memory streams (so coverage sees the server's code), and records what the server sends.
import { type ChildProcess, spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities,
  type CodeAction,
  CodeActionRequest,
  createProtocolConnection,
  type Diagnostic,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  type FileEvent,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type RegistrationParams,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = new URL('../../', import.meta.url);
export const BIN = new URL('dist/src/cli/bin.js', ROOT);

export interface SessionOptions {
  workspace: string;
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
  /** Run the server in this process instead of as `content-a11y lsp --stdio`. */
  inProcess?: boolean;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export class LspSession {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: RegistrationParams[] = [];
  refreshes = 0;
  private readonly documents = new Map<string, TextDocument>();
  private listeners: Array<() => void> = [];

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child?: ChildProcess,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.notify();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
      this.notify();
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(params);
      this.notify();
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.notify();
    });
  }

  static async start(options: SessionOptions): Promise<LspSession> {
    let session: LspSession;
    if (options.inProcess) {
      const toServer = new PassThrough();
      const toClient = new PassThrough();
      const { createConnection } = await import('vscode-languageserver/node');
      const { startServer } = await import('../../src/lsp/server.js');
      startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
      session = new LspSession(
        createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)),
      );
    } else {
      const child = spawn(process.execPath, [BIN.pathname, 'lsp', '--stdio'], {
        cwd: options.workspace,
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      session = new LspSession(
        createProtocolConnection(
          new StreamMessageReader(child.stdout!),
          new StreamMessageWriter(child.stdin!),
        ),
        child,
      );
    }
    session.connection.listen();
    await session.connection.sendRequest(InitializeRequest.type, {
      processId: options.inProcess ? null : process.pid,
      rootUri: uriOf(options.workspace),
      workspaceFolders: [{ uri: uriOf(options.workspace), name: 'posts' }],
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions,
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** Resolves when `test` holds for what the server has sent, checked after each message. */
  until<T>(test: () => T | undefined | false, what: string, timeout = 60_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = test();
        if (value === undefined || value === false) return false;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(value);
        return true;
      };
      const listener = () => void check();
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`Timed out waiting for ${what}`));
      }, timeout);
      if (!check()) this.listeners.push(listener);
    });
  }

  /** The diagnostics published for `uri` at `version` (or later), once they arrive. */
  diagnosticsFor(uri: string, version?: number, test: (d: Diagnostic[]) => boolean = () => true) {
    return this.until(
      () => {
        for (let i = this.published.length - 1; i >= 0; i--) {
          const p = this.published[i]!;
          if (p.uri !== uri) continue;
          if (version !== undefined && (p.version ?? -1) < version) return undefined;
          return test(p.diagnostics) ? p.diagnostics : undefined;
        }
        return undefined;
      },
      `diagnostics of ${uri}${version === undefined ? '' : ` v${version}`}`,
    );
  }

  publishedCount(uri: string): number {
    return this.published.filter((p) => p.uri === uri).length;
  }

  async open(path: string, text: string, languageId = 'markdown'): Promise<string> {
    const uri = uriOf(path);
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
    return uri;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  version(uri: string): number {
    return this.document(uri).version;
  }

  /** Applies edits as the editor would, and sends them as incremental changes. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const before = this.document(uri);
    const version = before.version + 1;
    // Sent in reverse order of position, so that each range is still valid when applied.
    const sorted = [...edits].sort((a, b) => before.offsetAt(b.range.start) - before.offsetAt(a.range.start));
    TextDocument.update(
      before,
      sorted.map((e) => ({ range: e.range, text: e.newText })),
      version,
    );
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  async replaceAll(uri: string, text: string): Promise<number> {
    const document = this.document(uri);
    const version = document.version + 1;
    TextDocument.update(document, [{ text }], version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  save(uri: string): Promise<void> {
    return this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): Promise<void> {
    this.documents.delete(uri);
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? {
      start: { line: 0, character: 0 },
      end: { line: 0, character: 0 },
    };
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, only },
    }) as Promise<CodeAction[]>;
  }

  /** Ends the session: shutdown and exit for a server process, a closed connection in-process. */
  async stop(): Promise<void> {
    if (!this.child) {
      // No exit notification in-process: the server library would end this process.
      await this.connection.sendRequest(ShutdownRequest.type);
      this.connection.dispose();
      return;
    }
    const exited = new Promise<number | null>((resolve) => this.child!.once('exit', resolve));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await exited;
    this.connection.dispose();
  }

  get exitCode(): number | null | undefined {
    return this.child?.exitCode;
  }

  private document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
