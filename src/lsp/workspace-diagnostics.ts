// workspace/diagnostic: every post of the workspace folders, checked with the native rules (axe-core
// runs for open documents only: rendering thousands of posts is a CI job, not an editor's). Files
// unchanged since the client's last pull (same size, modification time and folder context) come
// back as "unchanged" without being read. Progress is reported per file; the client may cancel.
import { readFile, stat } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CancellationToken,
  LSPErrorCodes,
  ResponseError,
  type ResultProgressReporter,
  type WorkDoneProgressReporter,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expandPaths } from '../files/files.js';
import { checkDocument, crashedDocument, documentKind } from './check-document.js';
import type { FolderContext, FolderContexts } from './folder-context.js';
import { label } from './labels.js';

export interface WorkspaceCheckInput {
  folders: string[];
  contexts: FolderContexts;
  previousResultIds: Map<string, string>;
  /** Reports for documents open in the editor (their text, not the file's, is what counts). */
  openReport(uri: string): WorkspaceDocumentDiagnosticReport | undefined;
  locale?: string;
  token: CancellationToken;
  progress: WorkDoneProgressReporter;
  partial?: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult>;
}

const BATCH = 20;

export async function workspaceDiagnostics(input: WorkspaceCheckInput): Promise<WorkspaceDiagnosticReport> {
  const { token, progress } = input;
  const files: Array<{ file: string; folder: string; context?: FolderContext }> = [];
  for (const folder of input.folders) {
    const { files: found } = await expandPaths([folder], { cwd: folder });
    for (const file of found) {
      if (!documentKind(file, undefined)) continue;
      // A folder whose context cannot load is still listed: its files report why.
      const context = await input.contexts.get(dirname(file)).catch(() => undefined);
      if (!context?.isIgnored(file)) files.push({ file, folder, context });
    }
  }
  const locale = input.locale ?? 'en';
  progress.begin(
    label('workspaceProgress', locale),
    0,
    label('workspaceCount', locale, { done: 0, total: files.length }),
    true,
  );
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  let batch: WorkspaceDocumentDiagnosticReport[] = [];
  try {
    for (const [i, { file, folder, context }] of files.entries()) {
      // Let a cancellation (and the editor's other requests) in between files.
      await new Promise((resolve) => setImmediate(resolve));
      if (token.isCancellationRequested) {
        throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The workspace check was cancelled.');
      }
      const report = await fileReport(file, folder, context, input);
      if (report) batch.push(report);
      if (batch.length >= BATCH || i === files.length - 1) {
        if (input.partial) input.partial.report({ items: batch });
        else items.push(...batch);
        batch = [];
      }
      progress.report(
        Math.round(((i + 1) / files.length) * 100),
        label('workspaceCount', locale, { done: i + 1, total: files.length }),
      );
    }
  } finally {
    progress.done();
  }
  return { items };
}

async function fileReport(
  file: string,
  folder: string,
  context: FolderContext | undefined,
  input: WorkspaceCheckInput,
): Promise<WorkspaceDocumentDiagnosticReport | undefined> {
  const uri = pathToFileURL(file).href;
  const open = input.openReport(uri);
  if (open) return open;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    return undefined; // deleted since the folder was listed
  }
  const resultId = `${input.contexts.generation}:${info.size}:${info.mtimeMs}`;
  if (input.previousResultIds.get(uri) === resultId)
    return { kind: 'unchanged', uri, version: null, resultId };
  const kind = documentKind(file, undefined)!;
  const document = TextDocument.create(uri, kind.format, 0, await readFile(file, 'utf8'));
  let checked: Awaited<ReturnType<typeof checkDocument>>;
  try {
    if (!context) throw new Error(`no configuration could be loaded for ${dirname(file)}`);
    checked = await checkDocument({
      document,
      kind,
      context,
      generation: input.contexts.generation,
      path: relative(folder, file),
      locale: input.locale,
      check: 'native',
    });
  } catch (error) {
    checked = crashedDocument(document, error, 'native', input.contexts.generation, input.locale);
  }
  return { kind: 'full', uri, version: null, resultId, items: checked.diagnostics };
}
