import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import type { Finding } from '../../src/types.js';

const finding = (range: [number, number], text: string, ruleId = 'r'): Finding => ({
  ruleId,
  messageId: 'm',
  severity: 'warning',
  message: '',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  wcag: [],
  helpUrl: '',
  fingerprint: `${range.join('-')}${text}`,
  fix: { range, text },
});

describe('applyFixes', () => {
  it.each([
    ['one replacement', 'Dnia 15 marzec.', [finding([8, 14], 'marca')], 'Dnia 15 marca.'],
    [
      'two edits, given out of order',
      '28.04- 29.04',
      [finding([6, 7], ''), finding([5, 6], '–')],
      '28.04–29.04',
    ],
    ['an insertion at the end', 'abc', [finding([3, 3], '!')], 'abc!'],
    ['a range past the end is ignored', 'abc', [finding([2, 9], 'x')], 'abc'],
    ['no fixes', 'abc', [], 'abc'],
  ])('%s', (_name, source, findings, output) => {
    expect(applyFixes(source, findings).output).toBe(output);
  });

  it('leaves an overlapping fix for the next pass and says so', () => {
    const first = finding([0, 5], 'AAAAA', 'a');
    const second = finding([3, 8], 'B', 'b');
    const out = applyFixes('0123456789', [second, first]);
    expect(out.output).toBe('AAAAA56789');
    expect(out.fixed.map((f) => f.ruleId)).toEqual(['a']);
    expect(out.skipped.map((f) => f.ruleId)).toEqual(['b']);
  });

  it('never applies two insertions at one point in one pass', () => {
    const out = applyFixes('ab', [finding([1, 1], 'X', 'a'), finding([1, 1], 'Y', 'b')]);
    expect(out.output).toBe('aXb');
    expect(out.skipped).toHaveLength(1);
  });
});
