// Code actions for the findings under the cursor: the finding's safe fix (preferred), each of its
// suggestions, and "disable for this line"; plus "fix all" for the whole document.
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import { applyFixes } from '../engine/fix.js';
import type { Finding, Post } from '../types.js';
import { type DirectiveSyntax, directiveInsertion } from './directive-edit.js';
import { label } from './labels.js';
import type { PositionMap } from './position-map.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.content-a11y`;

export interface CodeActionInput {
  uri: string;
  post: Post | undefined;
  findings: Finding[];
  map: PositionMap;
  locale: string;
  /** Comment syntax for directives; undefined where the document has none (a record's fields). */
  syntax: DirectiveSyntax | undefined;
  /** The diagnostics the editor asks about (their `data.fingerprint` names the finding). */
  diagnostics: Diagnostic[];
  only?: string[];
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { uri, locale, map } = input;
  const wants = (kind: string) =>
    !input.only || input.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const byFingerprint = new Map(input.findings.map((f) => [`${f.ruleId}\u0000${f.fingerprint}`, f]));
  for (const diagnostic of input.diagnostics) {
    const data = diagnostic.data as { fingerprint?: string } | undefined;
    // Clients keep `data` since LSP 3.16; for older ones, the rule and the range say which.
    const finding =
      byFingerprint.get(`${String(diagnostic.code)}\u0000${data?.fingerprint ?? ''}`) ??
      input.findings.find((f) => f.ruleId === diagnostic.code && sameRange(map.range(f), diagnostic.range));
    if (!finding || !wants(CodeActionKind.QuickFix)) continue;
    const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });
    if (finding.fix) {
      const e = map.edit(finding, finding.fix.range, finding.fix.text);
      if (e) {
        actions.push({
          title: label('fix', locale, { what: finding.suggestion ?? finding.fix.text }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: edit([e]),
        });
      }
    }
    for (const suggestion of finding.suggestions ?? []) {
      const e = map.edit(finding, suggestion.fix.range, suggestion.fix.text);
      if (e) {
        actions.push({
          title: suggestion.desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit([e]),
        });
      }
    }
    // In a record, only the body has lines a directive can sit on; its other fields have none.
    const onBody = finding.jsonPath === undefined || finding.jsonPath === input.post?.record?.bodyJsonPath;
    const insertion =
      onBody && input.post && input.syntax && directiveInsertion(input.post, finding, input.syntax);
    const e = insertion && map.edit(finding, [insertion.offset, insertion.offset], insertion.text);
    if (e) {
      actions.push({
        title: label('disableLine', locale, { rule: finding.ruleId }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit([e]),
      });
    }
  }
  if (input.post && wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(input, input.post);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** Every safe fix at once, ESLint's way: edits that overlap one already taken wait for the next run. */
function fixAllAction({ uri, findings, map, locale }: CodeActionInput, post: Post): CodeAction | undefined {
  const { fixed } = applyFixes(post.source, findings);
  const edits = fixed.flatMap((f) => {
    const e = map.edit(f, f.fix!.range, f.fix!.text);
    return e ? [e] : [];
  });
  if (edits.length === 0) return undefined;
  return { title: label('fixAll', locale), kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } };
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
