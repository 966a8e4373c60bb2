// One editor document (or a file on disk, for workspace diagnostics) checked with its folder's
// context: the findings, the post they are about, and their diagnostics in the document.
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check, checkPost } from '../check.js';
import { type CheckOptions, checkSync } from '../check-sync.js';
import { MESSAGE_LOCALES } from '../engine/messages.js';
import { detectRecordKind } from '../parse/records/index.js';
import type { Finding, Post, PostFormat } from '../types.js';
import { serverDiagnostic, toDiagnostic } from './diagnostics.js';
import type { DirectiveSyntax } from './directive-edit.js';
import type { FolderContext } from './folder-context.js';
import { label } from './labels.js';
import { type PositionMap, positionMap } from './position-map.js';
import type { CheckKind } from './scheduler.js';

export interface DocumentKind {
  format: PostFormat;
  /** How an inline directive is written; for a record, decided by its body. */
  syntax?: DirectiveSyntax;
}

const BY_EXTENSION: Record<string, DocumentKind> = {
  md: { format: 'markdown', syntax: 'html' },
  markdown: { format: 'markdown', syntax: 'html' },
  mdx: { format: 'markdown', syntax: 'mdx' },
  html: { format: 'html', syntax: 'html' },
  htm: { format: 'html', syntax: 'html' },
  json: { format: 'json' },
};

const BY_LANGUAGE: Record<string, DocumentKind> = {
  markdown: BY_EXTENSION.md!,
  mdx: BY_EXTENSION.mdx!,
  html: BY_EXTENSION.html!,
  json: BY_EXTENSION.json!,
};

/** What the document is, from its file name, else the editor's language id; undefined: not a post. */
export function documentKind(
  path: string | undefined,
  languageId: string | undefined,
): DocumentKind | undefined {
  const ext = path?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return (ext && BY_EXTENSION[ext]) || (languageId ? BY_LANGUAGE[languageId] : undefined);
}

/** A JSON document is checked only when it is a post record: never package.json or a tsconfig. */
export function isPostRecordText(text: string): boolean | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined; // unreadable now (half-typed): the caller decides from what it was before
  }
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? detectRecordKind(data as Record<string, unknown>) !== undefined
    : false;
}

export interface CheckedDocument {
  uri: string;
  version: number;
  kind: CheckKind;
  post?: Post;
  findings: Finding[];
  diagnostics: Diagnostic[];
  map: PositionMap;
  /** Language of the server's own texts for this document (code action titles, hovers). */
  locale: string;
  syntax?: DirectiveSyntax;
  /** The folder context generation the check used. */
  generation: number;
}

export interface DocumentCheckInput {
  document: TextDocument;
  kind: DocumentKind;
  context: FolderContext;
  generation: number;
  /** Path given to the check (relative to the workspace folder: path dates, messages). */
  path?: string;
  /** Message language from the editor's settings; else the config's, else the post's. */
  locale?: string;
  check: CheckKind;
  /** An earlier check of this very text under the same context: its parsed post is reused. */
  earlier?: CheckedDocument;
}

export async function checkDocument(input: DocumentCheckInput): Promise<CheckedDocument> {
  const { document, context } = input;
  const options: CheckOptions = {
    content: document.getText(),
    path: input.path,
    format: input.kind.format,
    config: context.config,
    locale: input.locale,
  };
  const result =
    input.check === 'native'
      ? checkSync(options)
      : reusablePost(input)
        ? await checkPost(input.earlier!.post!, context.config, { locale: input.locale })
        : await check(options);
  const post = result.post;
  const map = positionMap(document, post);
  const locale = serverLocale(input.locale ?? context.config.locale, post);
  const diagnostics = result.messages.map((f) => toDiagnostic(f, map));
  if (context.error) {
    const file = context.error.file ?? context.dir;
    diagnostics.unshift(
      serverDiagnostic(
        label('configError', locale, { file, reason: context.error.message }),
        DiagnosticSeverity.Error,
      ),
    );
  }
  return {
    uri: document.uri,
    version: document.version,
    kind: input.check,
    post,
    findings: result.messages,
    diagnostics,
    map,
    locale,
    syntax: input.kind.syntax ?? (post ? 'html' : undefined),
    generation: input.generation,
  };
}

/**
 * The full check on save follows a native check of the same text, which parsed it already. Its post
 * is reused unless that check hit a limit (checkPost measures none: the full pipeline reports it).
 */
function reusablePost({ earlier, document, generation }: DocumentCheckInput): boolean {
  return (
    earlier?.post !== undefined &&
    earlier.uri === document.uri &&
    earlier.version === document.version &&
    earlier.generation === generation &&
    !earlier.findings.some((f) => f.ruleId === 'limit-exceeded')
  );
}

/** The document could not be checked at all: one diagnostic saying so, and nothing else. */
export function crashedDocument(
  document: TextDocument,
  error: unknown,
  check: CheckKind,
  generation: number,
  locale: string | undefined,
): CheckedDocument {
  const lang = serverLocale(locale, undefined);
  const crash = serverDiagnostic(
    label('crashed', lang, { reason: errorText(error) }),
    DiagnosticSeverity.Error,
  );
  return uncheckedDocument(document, check, generation, lang, [crash]);
}

/** A document with no findings of its own: ignored by the configuration, or its check crashed. */
export function uncheckedDocument(
  document: TextDocument,
  check: CheckKind,
  generation: number,
  locale: string | undefined,
  diagnostics: Diagnostic[] = [],
): CheckedDocument {
  return {
    uri: document.uri,
    version: document.version,
    kind: check,
    findings: [],
    diagnostics,
    map: positionMap(document, undefined),
    locale: serverLocale(locale, undefined),
    generation,
  };
}

function serverLocale(requested: string | undefined, post: Post | undefined): string {
  const tag = (requested ?? post?.lang ?? 'en').toLowerCase().split('-')[0]!;
  return (MESSAGE_LOCALES as readonly string[]).includes(tag) ? tag : 'en';
}

/** What went wrong, in one line; never throws, whatever was thrown. */
export function errorText(error: unknown): string {
  try {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  } catch {
    return 'unknown error';
  }
}
