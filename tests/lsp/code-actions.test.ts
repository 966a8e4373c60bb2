// Code actions from a finding's suggestions (edits a person chooses from), on a finding made here:
// no rule offers suggestions yet, and the server must offer each one the day a rule does.
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkSync } from '../../src/check-sync.js';
import { codeActions } from '../../src/lsp/code-actions.js';
import { toDiagnostic } from '../../src/lsp/diagnostics.js';
import { positionMap } from '../../src/lsp/position-map.js';
import type { Finding } from '../../src/types.js';

describe('code actions', () => {
  it('offer every suggestion of a finding, with its description as the title', () => {
    const text =
      '---\ntitle: Program\nlang: pl\ndate: 2024-05-02\n---\n\nProgram jest [tutaj](/program.pdf).\n';
    const document = TextDocument.create('file:///posts/program.md', 'markdown', 1, text);
    const { post } = checkSync({ content: text, path: 'program.md' });
    const start = text.indexOf('tutaj');
    const finding: Finding = {
      ruleId: 'link-vague',
      messageId: 'vague',
      severity: 'warning',
      message: 'Tekst linku „tutaj” nie mówi, dokąd prowadzi.',
      line: 7,
      column: 15,
      endLine: 7,
      endColumn: 20,
      wcag: ['2.4.4'],
      helpUrl: 'https://example.invalid/link-vague.md',
      fingerprint: 'f1',
      suggestions: [
        { desc: 'Nazwij link: „program (PDF)”', fix: { range: [start, start + 5], text: 'program (PDF)' } },
        {
          desc: 'Nazwij link: „program spotkania”',
          fix: { range: [start, start + 5], text: 'program spotkania' },
        },
      ],
    };
    const map = positionMap(document, post);
    const actions = codeActions({
      uri: document.uri,
      post,
      findings: [finding],
      map,
      locale: 'pl',
      syntax: 'html',
      diagnostics: [toDiagnostic(finding, map)],
    });
    expect(actions.map((a) => a.title)).toEqual([
      'Nazwij link: „program (PDF)”',
      'Nazwij link: „program spotkania”',
      'Wyłącz link-vague w tym wierszu',
    ]);
    const edit = actions[0]!.edit!.changes![document.uri]![0]!;
    expect(TextDocument.applyEdits(document, [edit])).toContain('[program (PDF)](/program.pdf)');
    expect(actions.some((a) => a.isPreferred)).toBe(false); // a person chooses
  });
});
