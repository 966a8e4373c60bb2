// The language server's features, driven by the same LSP client in this process (in-memory
// streams), so that coverage sees the server: pull diagnostics, workspace diagnostics with
// progress and cancellation, client-side file watching, axe on save, hovers, CMS records, MDX.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Diagnostic,
  type DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  FileChangeType,
  HoverRequest,
  type MarkupContent,
  WorkDoneProgress,
  WorkspaceDiagnosticRequest,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession, ROOT, uriOf } from './lsp-client.js';

const root = fileURLToPath(ROOT);
const polishPost = readFileSync(new URL('fixtures/dni-otwarte.md', import.meta.url), 'utf8');
const seed = readFileSync(join(root, 'fixtures/seed/seed.md'), 'utf8');
const wordpress = readFileSync(join(root, 'fixtures/cms/seed.wordpress.json'), 'utf8');

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-a11y-lsp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

let session: LspSession | undefined;
afterEach(async () => {
  await session?.stop();
  session = undefined;
});

const pullCapabilities = {
  textDocument: { diagnostic: { dynamicRegistration: false } },
  workspace: { diagnostics: { refreshSupport: true } },
  window: { workDoneProgress: true },
};

describe('pull diagnostics', () => {
  it('answers textDocument/diagnostic with the current text’s findings, and "unchanged" for the same result', async () => {
    const dir = tempDir({ 'dni-otwarte.md': polishPost });
    session = await LspSession.start({ workspace: dir, inProcess: true, capabilities: pullCapabilities });
    const uri = await session.open(join(dir, 'dni-otwarte.md'), polishPost);
    const first = (await session.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })) as DocumentDiagnosticReport & { resultId: string; items: Diagnostic[] };
    expect(first.kind).toBe('full');
    expect(codes(first.items)).toEqual(['date-month-form']);
    const again = await session.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
      previousResultId: first.resultId,
    });
    expect(again).toEqual({ kind: 'unchanged', resultId: first.resultId });
    // After an edit the pull waits for the check of the new text.
    const start = { line: 6, character: 0 };
    await session.edit(uri, [{ range: { start, end: start }, newText: 'Zapraszamy! ' }]);
    const edited = (await session.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
      previousResultId: first.resultId,
    })) as { kind: string; items: Diagnostic[] };
    expect(edited.kind).toBe('full');
    expect(edited.items[0]!.range.start).toEqual({ line: 6, character: 97 });
    expect(session.published).toEqual([]); // pull clients get no pushed diagnostics
  });

  it('workspace/diagnostic checks every post of the folder with progress, and skips what is not a post or is ignored', async () => {
    const dir = tempDir({
      'content-a11y.config.json': JSON.stringify({ ignores: ['szkice/**'] }),
      'package.json': JSON.stringify({ name: 'blog', version: '1.0.0' }),
      'aktualnosci/dni-otwarte.md': polishPost,
      'aktualnosci/seed.md': seed,
      'aktualnosci/seed.wordpress.json': wordpress,
      'szkice/brudnopis.md': '# Szkic\n\n![](x.jpg)\n',
      'notatki.txt': 'Nie jest wpisem w edytorze.\n',
    });
    session = await LspSession.start({ workspace: dir, inProcess: true, capabilities: pullCapabilities });
    const progress: Array<{ kind: string }> = [];
    const partial: WorkspaceDocumentDiagnosticReport[] = [];
    session.connection.onProgress(WorkDoneProgress.type, 'work-1', (value) => {
      progress.push(value);
    });
    session.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, 'partial-1', (value) => {
      partial.push(...value.items);
    });
    const report = await session.connection.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: [],
      workDoneToken: 'work-1',
      partialResultToken: 'partial-1',
    });
    const items = [...report.items, ...partial];
    const byFile = new Map(items.map((i) => [i.uri.slice(uriOf(dir).length + 1), i]));
    expect([...byFile.keys()].sort()).toEqual([
      'aktualnosci/dni-otwarte.md',
      'aktualnosci/seed.md',
      'aktualnosci/seed.wordpress.json',
    ]);
    const full = (name: string) => byFile.get(name) as { items: Diagnostic[]; resultId: string };
    expect(codes(full('aktualnosci/dni-otwarte.md').items)).toEqual(['date-month-form']);
    expect(codes(full('aktualnosci/seed.md').items)).toContain('date-missing');
    // In a record, a field's finding points at the field's value in the JSON file.
    const record = full('aktualnosci/seed.wordpress.json').items.find((d) => d.code === 'date-missing')!;
    const recordText = TextDocument.create('x', 'json', 0, wordpress);
    expect(recordText.getText(record.range)).toBe('null');
    expect(progress.map((p) => p.kind)).toEqual(['begin', 'report', 'report', 'report', 'end']);
    // Asked again with the result ids it got, nothing is read again.
    const again = await session.connection.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: items.map((i) => ({ uri: i.uri, value: i.resultId! })),
    });
    expect(again.items.map((i) => i.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('a workspace check can be cancelled', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`posty/wpis-${i}.md`] = polishPost;
    const dir = tempDir(files);
    session = await LspSession.start({ workspace: dir, inProcess: true, capabilities: pullCapabilities });
    const { CancellationTokenSource } = await import('vscode-languageserver-protocol/node');
    const source = new CancellationTokenSource();
    const seen: string[] = [];
    session.connection.onProgress(WorkDoneProgress.type, 'work-2', (value) => {
      seen.push(value.kind);
      if (value.kind === 'report') source.cancel();
    });
    const request = session.connection.sendRequest(
      WorkspaceDiagnosticRequest.type,
      { previousResultIds: [], workDoneToken: 'work-2' },
      source.token,
    );
    await expect(request).rejects.toThrow();
    await session.until(() => seen.includes('end'), 'the progress to end');
    expect(seen.filter((k) => k === 'report').length).toBeLessThan(60);
  });
});

describe('push diagnostics', () => {
  it('registers a file watcher with the client and follows the config when the client reports a change', async () => {
    const dir = tempDir({ 'dni-otwarte.md': polishPost, 'content-a11y.config.json': '{}' });
    session = await LspSession.start({
      workspace: dir,
      inProcess: true,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await session.until(() => session!.registrations.length > 0, 'the watcher registration');
    const watchers = session.registrations[0]!.registrations[0]!.registerOptions as {
      watchers: Array<{ globPattern: string }>;
    };
    expect(watchers.watchers[0]!.globPattern).toContain('content-a11y.config.json');
    const uri = await session.open(join(dir, 'dni-otwarte.md'), polishPost);
    await session.diagnosticsFor(uri, 1, (d) => codes(d).includes('date-month-form'));
    const config = join(dir, 'content-a11y.config.json');
    writeFileSync(config, JSON.stringify({ extends: 'strict', locale: 'en' }));
    await session.watchedFilesChanged([{ uri: uriOf(config), type: FileChangeType.Changed }]);
    const english = await session.diagnosticsFor(uri, 1, (d) =>
      String(d[0]?.message).includes('after a day number'),
    );
    expect(english[0]!.code).toBe('date-month-form');
    // A configuration that cannot be used is said once, and the post is still checked with defaults.
    writeFileSync(config, JSON.stringify({ rules: { 'date-month-from': 'off' } }));
    await session.watchedFilesChanged([{ uri: uriOf(config), type: FileChangeType.Changed }]);
    const broken = await session.diagnosticsFor(uri, 1, (d) => d.length === 2);
    expect(broken[0]!.message).toMatch(
      /nie może użyć konfiguracji.*date-month-from.*Did you mean "date-month-form"/,
    );
    expect(broken[1]!.code).toBe('date-month-form');
  });

  it('runs axe-core on save, not on every change', async () => {
    const dir = tempDir();
    session = await LspSession.start({
      workspace: dir,
      inProcess: true,
      initializationOptions: { idleDelay: 600_000 },
    });
    const text =
      '---\ntitle: Wpis\nlang: pl\ndate: 2021-04-28\n---\n\nTekst.\n\n<div role="lisst">a</div>\n\n![](rynek.jpg)\n';
    const uri = await session.open(join(dir, 'wpis.md'), text);
    const native = await session.diagnosticsFor(uri, 1);
    expect(codes(native)).not.toContain('axe/aria-roles');
    await session.save(uri);
    const saved = await session.diagnosticsFor(uri, 1, (d) => codes(d).includes('axe/aria-roles'));
    expect(saved.find((d) => d.code === 'axe/aria-roles')!.range.start.line).toBe(8);
    // The full check reuses the post the native one parsed, and keeps the native findings.
    expect(native.length).toBeGreaterThan(0);
    expect(codes(saved)).toEqual(expect.arrayContaining(codes(native)));
  }, 90_000);

  it('checks a JSON document only when it is a post record', async () => {
    const dir = tempDir();
    session = await LspSession.start({ workspace: dir, inProcess: true });
    const manifest = await session.open(join(dir, 'package.json'), '{ "name": "blog" }', 'json');
    const record = await session.open(join(dir, 'wpis.json'), wordpress, 'json');
    expect(codes(await session.diagnosticsFor(record, 1))).toContain('date-missing');
    expect(session.publishedCount(manifest)).toBe(0);
    // Hover works inside the record's HTML body too.
    const at = TextDocument.create(record, 'json', 1, wordpress).positionAt(
      wordpress.indexOf('Widok uczestników warsztatów w programie Zoom'),
    );
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: record },
      position: at,
    });
    expect((hover!.contents as MarkupContent).value).toContain(
      'Widok uczestników warsztatów w programie Zoom',
    );
    // A record being typed keeps being checked: its syntax error is shown.
    const version = await session.replaceAll(record, wordpress.slice(0, 200));
    expect(codes(await session.diagnosticsFor(record, version))).toEqual(['parse-error']);
  });

  it('a fix inside a record’s body is written back as JSON, escapes and all', async () => {
    const dir = tempDir();
    session = await LspSession.start({ workspace: dir, inProcess: true });
    const body = '<p>Spotkanie „Dni otwarte” odbędzie się\n15 marzec 2024 r. w sali \\ obrad.</p>';
    const text = `${JSON.stringify({ title: 'Dni otwarte', date: '2024-03-01', lang: 'pl', content: body }, null, 2)}\n`;
    const uri = await session.open(join(dir, 'dni-otwarte.json'), text, 'json');
    const diagnostics = await session.diagnosticsFor(uri, 1);
    const monthForm = diagnostics.find((d) => d.code === 'date-month-form')!;
    expect(TextDocument.create(uri, 'json', 1, text).getText(monthForm.range)).toBe('marzec');
    // Without `data` (clients before LSP 3.16), the rule and the range find the finding.
    const actions = await session.codeActions(uri, [{ ...monthForm, data: undefined }]);
    const version = await session.edit(uri, actions.find((a) => a.isPreferred)!.edit!.changes![uri]!);
    expect(JSON.parse(session.text(uri)).content).toBe(body.replace('marzec', 'marca'));
    expect(codes(await session.diagnosticsFor(uri, version))).not.toContain('date-month-form');
  });

  it('offers "disable for this line" in MDX as a JSX comment, and the finding goes away', async () => {
    const dir = tempDir();
    session = await LspSession.start({ workspace: dir, inProcess: true });
    const text =
      '---\ntitle: Otwarcie placu zabaw\ndate: 2024-05-02\nlang: pl\n---\n\nPlac otwarto w czwartek.\n\n![](plac.jpg)\n';
    const uri = await session.open(join(dir, 'plac.mdx'), text, 'mdx');
    const missing = (await session.diagnosticsFor(uri, 1)).find((d) => d.code === 'img-alt-missing')!;
    const actions = await session.codeActions(uri, [missing], ['quickfix']);
    const disable = actions.find((a) => a.title.includes('img-alt-missing'))!;
    expect(disable.title).toBe('Wyłącz img-alt-missing w tym wierszu');
    const version = await session.edit(uri, disable.edit!.changes![uri]!);
    expect(session.text(uri)).toContain(
      '{/* content-a11y-disable-next-line img-alt-missing */}\n![](plac.jpg)',
    );
    expect(codes(await session.diagnosticsFor(uri, version))).not.toContain('img-alt-missing');
  });

  it('"fix all" applies every safe fix of the document', async () => {
    const dir = tempDir();
    session = await LspSession.start({ workspace: dir, inProcess: true });
    const text = polishPost.replace('Wstęp jest wolny.', 'Drugi termin: 22 marzec 2024 r. Wstęp jest wolny.');
    const uri = await session.open(join(dir, 'dni-otwarte.md'), text);
    const diagnostics = await session.diagnosticsFor(uri, 1);
    expect(codes(diagnostics)).toEqual(['date-month-form', 'date-month-form']);
    const actions = await session.codeActions(uri, [], ['source.fixAll']);
    expect(actions).toHaveLength(1);
    const version = await session.edit(uri, actions[0]!.edit!.changes![uri]!);
    expect(session.text(uri)).toContain('22 marca 2024 r.');
    expect(session.text(uri)).toContain('15 marca 2024 r.');
    expect(await session.diagnosticsFor(uri, version)).toEqual([]);
  });

  it('stops publishing for a closed document and clears what it published', async () => {
    const dir = tempDir({ 'content-a11y.config.json': JSON.stringify({ ignores: ['szkice/**'] }) });
    session = await LspSession.start({ workspace: dir, inProcess: true });
    const draft = await session.open(join(dir, 'szkice/brudnopis.md'), '# Szkic\n\n![](x.jpg)\n');
    expect(await session.diagnosticsFor(draft, 1)).toEqual([]); // ignored by the configuration
    const uri = await session.open(join(dir, 'dni-otwarte.md'), polishPost);
    await session.diagnosticsFor(uri, 1, (d) => d.length > 0);
    await session.close(uri);
    await session.diagnosticsFor(uri, undefined, (d) => d.length === 0);
  });
});

describe('hover', () => {
  async function hover(uri: string, line: number, character: number): Promise<string | undefined> {
    const result = await session!.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line, character },
    });
    return (result?.contents as MarkupContent | undefined)?.value;
  }

  it('on an image shows its alt text, what it is announced as, and the findings about it', async () => {
    const dir = tempDir();
    session = await LspSession.start({ workspace: dir, inProcess: true });
    const uri = await session.open(join(dir, 'seed.md'), seed);
    await session.diagnosticsFor(uri, 1);
    const lineOfGallery = seed.split('\n').findIndex((l) => l.startsWith('![Widok uczestników warsztatów w'));
    const text = await hover(uri, lineOfGallery, 5);
    expect(text).toContain('Opis obrazu (tekst alternatywny)');
    expect(text).toContain('„Widok uczestników warsztatów w programie Zoom” (znaków: 45)');
    expect(text).toContain('img-alt-redundant-prefix');
    expect(await hover(uri, 9, 5)).toBeUndefined(); // plain text
    // The title in the front matter: its dates are where they are written.
    expect(await hover(uri, 1, 20)).toContain(
      'Odczytana jako zakres: środa, 28 kwietnia 2021 (`2021-04-28`) – czwartek, 29 kwietnia 2021 (`2021-04-29`)',
    );
  });

  it('on a date shows how it was read, and the problem with its form', async () => {
    const dir = tempDir();
    session = await LspSession.start({ workspace: dir, inProcess: true });
    const uri = await session.open(join(dir, 'dni-otwarte.md'), polishPost);
    await session.diagnosticsFor(uri, 1);
    const text = await hover(uri, 6, 90);
    expect(text).toContain('Data „15 marzec 2024 r.”');
    expect(text).toContain('piątek, 15 marca 2024 (`2024-03-15`)');
    expect(text).toContain('date-month-form');
  });

  it('on a date range in English, with the messages in English', async () => {
    const dir = tempDir();
    session = await LspSession.start({ workspace: dir, inProcess: true });
    const text =
      '---\ntitle: Open days\ndate: 2024-03-01\nlang: en\n---\n\nThe office is open 15–16 March 2024 for visitors.\n';
    const uri = await session.open(join(dir, 'open-days.md'), text);
    await session.diagnosticsFor(uri, 1);
    expect(await hover(uri, 6, 22)).toContain(
      'Read as the range: Friday, March 15, 2024 (`2024-03-15`) – Saturday, March 16, 2024 (`2024-03-16`)',
    );
  });
});
