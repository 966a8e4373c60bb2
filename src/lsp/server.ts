// The content-a11y language server: diagnostics while a post is written (native rules as the writer
// pauses, axe-core on save or when idle), code actions from the findings' fixes and suggestions
// and to disable a rule on a line, hovers on images and dates, configuration watched per folder,
// and workspace diagnostics for whole folders. Editors that pull diagnostics (LSP 3.17) get them
// by pull; the others by textDocument/publishDiagnostics.
import { dirname, isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  type DocumentDiagnosticReport,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CheckedDocument,
  checkDocument,
  crashedDocument,
  type DocumentKind,
  documentKind,
  errorText,
  isPostRecordText,
  uncheckedDocument,
} from './check-document.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { CONTEXT_FILE_NAMES, FolderContexts, isContextFile } from './folder-context.js';
import { hoverAt } from './hover.js';
import { type CheckKind, CheckScheduler, DEFAULT_DELAYS, type ScheduleDelays } from './scheduler.js';
import { ContextFileWatcher } from './watch.js';
import { workspaceDiagnostics } from './workspace-diagnostics.js';

/** Settings an editor may pass as `initializationOptions`. */
export interface ServerSettings {
  /** Language of messages (`pl`, `en`); default: the config's `locale`, else each post's language. */
  locale?: string;
  /** Milliseconds of pause after typing before the native rules run (default 200). */
  nativeDelay?: number;
  /** Milliseconds of pause after typing before the full check with axe-core runs (default 1500). */
  idleDelay?: number;
}

/** The status request: what the server has done per open document (the runs, not their timing). */
export const STATUS_REQUEST = 'content-a11y/status';

export interface ServerStatus {
  documents: Array<{
    uri: string;
    version: number;
    checkedVersion?: number;
    runs: Record<CheckKind, number>;
  }>;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const contexts = new FolderContexts();
  const checked = new Map<string, CheckedDocument>();
  const kinds = new Map<string, DocumentKind>();
  const waiting = new Map<string, Array<() => void>>();
  let settings: ServerSettings = {};
  let folders: string[] = [];
  let pull = false;
  let refreshSupport = false;
  let watcher: ContextFileWatcher | undefined;
  let scheduler = new CheckScheduler(runCheck, DEFAULT_DELAYS);

  connection.onInitialize((params) => {
    settings = (params.initializationOptions ?? {}) as ServerSettings;
    const delays: ScheduleDelays = {
      nativeDelay: positive(settings.nativeDelay) ?? DEFAULT_DELAYS.nativeDelay,
      idleDelay: positive(settings.idleDelay) ?? DEFAULT_DELAYS.idleDelay,
    };
    scheduler = new CheckScheduler(runCheck, delays);
    folders = (params.workspaceFolders ?? [])
      .map((f) => filePath(f.uri))
      .filter((p): p is string => p !== undefined);
    if (folders.length === 0 && params.rootUri) {
      const root = filePath(params.rootUri);
      if (root) folders = [root];
    }
    const capabilities = params.capabilities;
    pull = Boolean(capabilities.textDocument?.diagnostic);
    refreshSupport = Boolean(capabilities.workspace?.diagnostics?.refreshSupport);
    const dynamicWatch = Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    if (!dynamicWatch) watcher = new ContextFileWatcher(CONTEXT_FILE_NAMES, contextFileChanged);
    return {
      capabilities: {
        textDocumentSync: {
          openClose: true,
          change: TextDocumentSyncKind.Incremental,
          save: { includeText: false },
        },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        ...(pull
          ? {
              diagnosticProvider: {
                identifier: 'content-a11y',
                interFileDependencies: false,
                workspaceDiagnostics: true,
                workDoneProgress: true,
              },
            }
          : {}),
      },
      serverInfo: { name: 'content-a11y' },
    };
  });

  connection.onInitialized(() => {
    if (watcher) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/{${CONTEXT_FILE_NAMES.join(',')}}` }],
    });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const path = filePath(change.uri);
      if (path && isContextFile(path)) contextFileChanged(path);
    }
  });

  function contextFileChanged(file: string): void {
    contexts.invalidate(file);
    const root = dirname(file);
    for (const document of documents.all()) {
      const path = filePath(document.uri);
      const rel = path && relative(root, dirname(path));
      if (rel !== undefined && rel !== '' && (rel.startsWith('..') || isAbsolute(rel))) continue;
      scheduler.opened(document.uri);
    }
  }

  const openedVersions = new Map<string, number>();
  documents.onDidOpen(({ document }) => {
    openedVersions.set(document.uri, document.version);
    scheduler.opened(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    // Fired for the open too, which has scheduled its own check.
    if (openedVersions.get(document.uri) !== document.version) scheduler.changed(document.uri);
  });
  documents.onDidSave(({ document }) => scheduler.saved(document.uri));
  documents.onDidClose(({ document }) => {
    scheduler.closed(document.uri);
    openedVersions.delete(document.uri);
    checked.delete(document.uri);
    kinds.delete(document.uri);
    if (!pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** Checks one open document. Whatever happens inside, the server goes on: a crash is one diagnostic. */
  async function runCheck(uri: string, kind: CheckKind): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const generation = contexts.generation;
    const path = filePath(uri);
    let result: CheckedDocument | undefined;
    try {
      const docKind = postKind(document, path);
      if (!docKind) return;
      const context = await contexts.get(path ? dirname(path) : (folders[0] ?? process.cwd()));
      watcher?.watchFrom(context.dir);
      if (!isCurrent(document, version)) return;
      if (path && context.isIgnored(path)) {
        result = uncheckedDocument(document, kind, generation, settings.locale);
      } else {
        result = await checkDocument({
          document,
          kind: docKind,
          context,
          generation,
          path: path && displayPath(path),
          locale: settings.locale,
          check: kind,
          earlier: checked.get(uri),
        });
      }
    } catch (error) {
      connection.console.error(`content-a11y: checking ${uri} failed: ${errorText(error)}`);
      result = crashedDocument(document, error, kind, generation, settings.locale);
    }
    // Superseded while it ran (axe is async): the newer run publishes.
    if (!isCurrent(document, version)) return;
    const previous = checked.get(uri);
    // A native run never replaces a full check of the same text with the same context.
    if (
      previous?.version === version &&
      previous.kind === 'full' &&
      kind === 'native' &&
      previous.generation === generation
    )
      return;
    checked.set(uri, result);
    publish(result);
  }

  /** The path a check sees: relative to its workspace folder (path dates, messages), as the CLI's. */
  function displayPath(path: string): string {
    for (const folder of folders) {
      const rel = relative(folder, path);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel;
    }
    return path;
  }

  function isCurrent(document: TextDocument, version: number): boolean {
    return documents.get(document.uri) === document && document.version === version;
  }

  /** The document's kind, or undefined when it is not a post (a JSON file that is not a record). */
  function postKind(document: TextDocument, path: string | undefined): DocumentKind | undefined {
    const kind = documentKind(path, document.languageId);
    if (kind?.format !== 'json') return kind;
    const record = isPostRecordText(document.getText());
    // Half-typed JSON keeps the verdict it had, so a record's syntax error is shown as one.
    const isRecord = record ?? kinds.has(document.uri);
    if (!isRecord) {
      kinds.delete(document.uri);
      return undefined;
    }
    kinds.set(document.uri, kind);
    return kind;
  }

  function publish(result: CheckedDocument): void {
    if (pull) {
      const waiters = waiting.get(result.uri) ?? [];
      waiting.delete(result.uri);
      for (const wake of waiters) wake();
      // Nobody was waiting for this result (axe after idle, a config change): ask the client to pull.
      if (waiters.length === 0 && refreshSupport) void connection.languages.diagnostics.refresh();
      return;
    }
    void connection.sendDiagnostics({
      uri: result.uri,
      version: result.version,
      diagnostics: result.diagnostics,
    });
  }

  function resultId(result: CheckedDocument): string {
    return `${result.version}:${result.kind}:${result.generation}`;
  }

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    if (!document) return { kind: 'full', items: [] };
    for (;;) {
      const current = checked.get(uri);
      if (current && current.version === document.version) {
        const id = resultId(current);
        if (params.previousResultId === id) return { kind: 'unchanged', resultId: id };
        return { kind: 'full', resultId: id, items: current.diagnostics };
      }
      if (!postKind(document, filePath(uri))) return { kind: 'full', items: [] };
      await new Promise<void>((resolve) => {
        const list = waiting.get(uri) ?? [];
        list.push(resolve);
        waiting.set(uri, list);
        token.onCancellationRequested(() => resolve());
      });
      if (token.isCancellationRequested) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Cancelled', { retriggerRequest: true });
      }
      if (!documents.get(uri)) return { kind: 'full', items: [] };
    }
  });

  connection.languages.diagnostics.onWorkspace((params, token, progress, partial) =>
    workspaceDiagnostics({
      folders,
      contexts,
      previousResultIds: new Map(params.previousResultIds.map((p) => [p.uri, p.value])),
      openReport: (uri): WorkspaceDocumentDiagnosticReport | undefined => {
        const document = documents.get(uri);
        if (!document) return undefined;
        const current = checked.get(uri);
        const items: Diagnostic[] = current?.version === document.version ? current.diagnostics : [];
        return { kind: 'full', uri, version: document.version, items };
      },
      locale: settings.locale,
      token,
      progress,
      partial,
    }),
  );

  /** The check of the document's current text: the stored one, or a native run now (for an action). */
  async function currentCheck(uri: string): Promise<CheckedDocument | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const stored = checked.get(uri);
    if (stored?.version === document.version) return stored;
    await runCheck(uri, 'native');
    const fresh = checked.get(uri);
    return fresh?.version === document.version ? fresh : undefined;
  }

  connection.onCodeAction(async (params) => {
    const current = await currentCheck(params.textDocument.uri);
    if (!current) return [];
    return codeActions({
      uri: params.textDocument.uri,
      post: current.post,
      findings: current.findings,
      map: current.map,
      locale: current.locale,
      syntax: current.syntax,
      diagnostics: params.context.diagnostics,
      only: params.context.only,
    });
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const current = await currentCheck(params.textDocument.uri);
    if (!document || !current?.post) return undefined;
    const offset = current.map.sourceOffset(document.offsetAt(params.position));
    if (offset === undefined) return undefined;
    return hoverAt({ post: current.post, findings: current.findings, offset, locale: current.locale });
  });

  connection.onRequest(
    STATUS_REQUEST,
    (): ServerStatus => ({
      documents: documents.all().map((d) => ({
        uri: d.uri,
        version: d.version,
        checkedVersion: checked.get(d.uri)?.version,
        runs: { native: 0, full: 0, ...scheduler.runs.get(d.uri) },
      })),
    }),
  );

  connection.onShutdown(() => {
    scheduler.dispose();
    watcher?.close();
  });

  documents.listen(connection);
  connection.listen();
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
