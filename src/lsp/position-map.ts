// Where a finding is in the editor's document. For Markdown and HTML the post's source is the
// document (less a byte-order mark); for a CMS record it is one string field of the JSON file.
import type { Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Post } from '../types.js';
import { escapeJsonString, JsonRecordText, type JsonStringField } from './json-record.js';

export interface PositionMap {
  /** The finding's range in the document. */
  range(finding: Finding): Range;
  /** An edit of the post's source `[start, end)` (offsets in the finding's field for a record). */
  edit(finding: Finding, range: readonly [number, number], text: string): TextEdit | undefined;
  /** Offset in the post's source of a document offset; undefined where the post's text is not. */
  sourceOffset(documentOffset: number): number | undefined;
}

export function positionMap(document: TextDocument, post: Post | undefined): PositionMap {
  if (post?.record !== undefined) return recordMap(document, post);
  return textMap(document, post);
}

function textMap(document: TextDocument, post: Post | undefined): PositionMap {
  // decodeSource drops a byte-order mark; an editor may keep it in the text.
  const shift = document.getText().startsWith('\uFEFF') ? 1 : 0;
  const offsetOf = (line: number, column: number) =>
    post
      ? post.lines.offset(line, column) + shift
      : document.offsetAt({ line: line - 1, character: column - 1 });
  const span = (start: number, end: number): Range => ({
    start: document.positionAt(start),
    end: document.positionAt(end),
  });
  return {
    range: (f) => span(offsetOf(f.line, f.column), offsetOf(f.endLine, f.endColumn)),
    edit: (_f, [start, end], text) => ({ range: span(start + shift, end + shift), newText: text }),
    sourceOffset: (offset) => (offset >= shift ? offset - shift : undefined),
  };
}

function recordMap(document: TextDocument, post: Post): PositionMap {
  const record = new JsonRecordText(document.getText());
  const span = (start: number, end: number): Range => ({
    start: document.positionAt(start),
    end: document.positionAt(end),
  });
  // The body's lines and columns are those of the decoded string; other findings name a field.
  const body = record.stringField(post.record?.bodyJsonPath);
  const bodyField: JsonStringField | undefined = body?.value === post.source ? body : undefined;
  const whole = (path: string | undefined): Range => {
    const node = record.node(path) ?? record.node('$');
    return node ? span(node.offset, node.offset + node.length) : span(0, 0);
  };
  return {
    range(f) {
      if (bodyField && (f.jsonPath === undefined || f.jsonPath === post.record?.bodyJsonPath)) {
        const start = post.lines.offset(f.line, f.column);
        const end = post.lines.offset(f.endLine, f.endColumn);
        return span(bodyField.fileOffset(start), bodyField.fileOffset(end));
      }
      return whole(f.jsonPath);
    },
    edit(f, [start, end], text) {
      const path = f.jsonPath ?? post.record?.bodyJsonPath;
      const field = path === post.record?.bodyJsonPath ? bodyField : record.stringField(path);
      if (!field || end > field.value.length) return undefined;
      return { range: span(field.fileOffset(start), field.fileOffset(end)), newText: escapeJsonString(text) };
    },
    sourceOffset: (offset) => bodyField?.decodedOffset(offset),
  };
}
