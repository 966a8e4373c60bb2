// Broken input, end to end through check(): each case gives findings (a parse-error naming the
// line where there is one), never a throw. Parser-level details live in tests/parse/.
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import type { Finding } from '../../src/types.js';

const now = new Date('2025-01-01T00:00:00Z');
const check = (content: string | Uint8Array, path: string) => checkSync({ content, path, now }).messages;
const byRule = (messages: Finding[], id: string) => messages.filter((m) => m.ruleId === id);
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const [lo, hi] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    bytes[2 + i * 2] = order === 'le' ? lo : hi;
    bytes[3 + i * 2] = order === 'le' ? hi : lo;
  }
  return bytes;
}

/** A post whose only problem is a skipped heading level on line 7. */
const SKIP_ON_LINE_7 = [
  '---',
  'title: Godziny',
  'date: 2024-01-02',
  'lang: pl',
  '---',
  '## Dobrze',
  '#### Za głęboko',
  '',
];

describe('broken input never crashes and is reported clearly', () => {
  it('a binary file (PNG bytes) is one parse-error', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    const messages = check(png, 'image.md');
    expect(messages.map((m) => m.ruleId)).toEqual(['parse-error']);
    expect(messages[0]!.message).toMatch(/binary file/);
  });

  it('invalid UTF-8 names its line', () => {
    const bytes = new Uint8Array([...utf8('# Tytuł\n\nzdanie\n'), 0xc3, 0x28, ...utf8('\n')]);
    const [finding] = check(bytes, 'a.md');
    expect(finding).toMatchObject({ ruleId: 'parse-error', line: 4 });
    expect(finding!.message).toMatch(/not valid UTF-8.*line 4/);
  });

  it.each([
    ['UTF-16 LE with BOM', (t: string) => utf16(t, 'le')],
    ['UTF-16 BE with BOM', (t: string) => utf16(t, 'be')],
    ['UTF-8 with BOM', (t: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(t)])],
  ])('%s: decoded, findings on the right line and column', (_name, encode) => {
    const messages = check(encode(SKIP_ON_LINE_7.join('\n')), 'a.md');
    expect(byRule(messages, 'heading-level-skip')).toMatchObject([{ line: 7, column: 1 }]);
    expect(byRule(messages, 'parse-error')).toEqual([]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('%s line endings keep line numbers right', (_name, nl) => {
    const messages = check(SKIP_ON_LINE_7.join(nl), 'a.md');
    expect(byRule(messages, 'heading-level-skip')).toMatchObject([{ line: 7, column: 1 }]);
    const html = check(
      ['<html lang="pl"><title>T</title>', '<body>', '<p>x</p>', '', '<img src="a.png">'].join(nl),
      'a.html',
    );
    expect(byRule(html, 'img-alt-missing')).toMatchObject([{ line: 5 }]);
  });

  it('NUL bytes: refused at the start of a file, harmless further on', () => {
    expect(check(new Uint8Array([0x23, 0x20, 0, 0x61]), 'a.md').map((m) => m.ruleId)).toEqual([
      'parse-error',
    ]);
    const late = `${'x'.repeat(9000)}\n\n<img src="a\u0000.png">\u0000\n`;
    const messages = check(late, 'a.md');
    expect(byRule(messages, 'img-alt-missing')).toMatchObject([{ line: 3 }]);
  });

  it('an empty file (string or bytes) gives findings at 1:1, no crash', () => {
    for (const content of ['', new Uint8Array(0), '\ufeff']) {
      const messages = check(content, 'empty.md');
      expect(messages.map((m) => m.ruleId)).toContain('title-missing');
      for (const m of messages) expect([m.line, m.column]).toEqual([1, 1]);
    }
  });

  it('unclosed front matter is a parse-error on line 1', () => {
    const [finding] = check('---\ntitle: x\ndate: 2021-04-28\n\nBody.\n', 'a.md');
    expect(finding).toMatchObject({ ruleId: 'parse-error', line: 1 });
    expect(finding!.message).toMatch(/never closed/);
  });

  it('YAML indented with a tab names the line', () => {
    const [finding] = check('---\ntitle: x\ncover:\n\tsrc: a.png\n---\n\nx\n', 'a.md');
    expect(finding?.ruleId).toBe('parse-error');
    expect(finding!.line).toBeGreaterThanOrEqual(3);
    expect(finding!.line).toBeLessThanOrEqual(4);
    expect(finding!.message).toMatch(/YAML front matter cannot be read/);
  });

  it('duplicate keys are read as site generators read them (the last wins), not refused', () => {
    // 13 published corpus posts repeat a key (`expirydate` twice); refusing them would hide every
    // real finding in those posts for a field nobody reads.
    const messages = check(
      '---\ntitle: a\ndate: 2021-04-28\nlang: en\ntitle: Second title\n---\n\nx\n',
      'a.md',
    );
    expect(messages.filter((m) => m.ruleId === 'parse-error')).toEqual([]);
  });

  it('billion laughs: refused with a clear message, not expanded', () => {
    const laughs = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 9; i++) {
      const [prev, next] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
      laughs.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    laughs.push('title: *j', '---', '', 'x');
    const messages = check(laughs.join('\n'), 'a.md');
    expect(messages.map((m) => m.ruleId)).toEqual(['parse-error']);
    expect(messages[0]!.message).toMatch(/aliases that expand too much are refused/);
  });

  it('__proto__, constructor and prototype keys pollute nothing (YAML, TOML, JSON records)', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const inputs: Array<[string, string]> = [
      [
        '---\ntitle: x\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nprototype: {polluted: yes}\n---\n\nx\n',
        'a.md',
      ],
      ['---\n"__proto__": {"polluted": 1}\n---\n', 'b.md'],
      [
        '+++\ntitle = "x"\n[__proto__]\npolluted = true\n[constructor.prototype]\npolluted = true\n+++\n\nx\n',
        'c.md',
      ],
      [
        '{"title":"x","content":"<p>x</p>","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
        'd.json',
      ],
    ];
    for (const [content, path] of inputs) check(content, path);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('YAML timestamps and quoted strings give the same date, no date-missing', () => {
    for (const date of ['2021-04-28', '"2021-04-28"', '2021-04-28T10:00:00Z', '2022-01-24 10:44:00 -0500']) {
      const result = checkSync({
        content: `---\ntitle: x\nlang: en\ndate: ${date}\n---\n\nx\n`,
        path: 'a.md',
        now,
      });
      expect(byRule(result.messages, 'date-missing')).toEqual([]);
      expect(result.post?.meta.published[0]?.value).toMatch(/^2021-04-28|^2022-01-24/);
    }
  });

  it('a JSON record that is not JSON is a parse-error with its line', () => {
    const [finding] = check('{\n  "title": "x",\n  "content": \n}\n', 'post.json');
    expect(finding).toMatchObject({ ruleId: 'parse-error' });
    expect([3, 4]).toContain(finding!.line);
  });
});
