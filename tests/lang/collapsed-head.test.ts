// collapsedHead must give exactly what collapsing the whole text and cutting it gives: detection's
// and the mismatch check's verdicts are read from it. Cases put what a cut can change (a whitespace
// run, a surrogate pair, a trailing space) right at the places the function cuts.
import { describe, expect, it } from 'vitest';
import { collapsedHead } from '../../src/lang/detect.js';

const naive = (text: string, n: number) => text.replace(/\s+/g, ' ').trim().slice(0, n);

const N = 10;
const word = (length: number) => 'abcdefghijklmnopqrstuvwxyz'.repeat(8).slice(0, length);

describe('collapsedHead', () => {
  it.each([
    ['empty', ''],
    ['only whitespace, longer than the first cut', ' \n\t'.repeat(30)],
    ['shorter than n', '  ab  cd  '],
    ['leading whitespace longer than the first cut', `${' '.repeat(4 * N + 3)}${word(30)}`],
    ['a whitespace run across the first cut', `${word(4 * N - 2)}${' \u00a0\n'.repeat(9)}${word(20)}`],
    ['n + 1 characters with a trailing space at the cut', `${word(N)} ${'\u2003'.repeat(3 * N)}`],
    ['exactly n characters, then spaces', `${word(N)}${' '.repeat(5 * N)}x`],
    ['n - 1 characters, then only spaces past the first cut', `${word(N - 1)}${' '.repeat(5 * N)}`],
    ['a surrogate pair split by the first cut', `${'😀'.repeat(2 * N + 1)}tail`],
    ['a surrogate pair at n', `${word(N - 1)}😀${word(4 * N)}`],
    ['runs of every kind of space', `a\u2028b\u2029c\ufeffd\u3000e\u00a0f${'\r\n'.repeat(N)}${word(4 * N)}`],
    ['long text whose collapse stays under n for two cuts', `${'x \n '.repeat(30 * N)}`],
  ])('%s', (_name, text) => {
    for (const n of [1, N - 1, N, N + 1, 3 * N]) expect(collapsedHead(text, n)).toBe(naive(text, n));
  });

  it('equals the naive form on generated texts of words and whitespace runs', () => {
    let seed = 17;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = [' ', '  ', '\n', '\n\n   ', '\t', '\u00a0', 'ą', 'Zażółć', 'gęślą', '😀', 'word', 'x'];
    for (let t = 0; t < 400; t++) {
      let text = '';
      const length = Math.floor(random() * 600);
      while (text.length < length) text += pieces[Math.floor(random() * pieces.length)];
      for (const n of [1, 7, 50, 100])
        expect(collapsedHead(text, n), JSON.stringify(text)).toBe(naive(text, n));
    }
  });
});
