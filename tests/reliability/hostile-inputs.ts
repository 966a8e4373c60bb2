// The hostile-input generator: every broken or hostile post the reliability suite knows, written
// into a directory, for the corpus run (tests/reliability/corpus-run.test.ts) and for trying the
// CLI by hand:
//   HOSTILE_DIR=/tmp/hostile npx vitest run tests/reliability/corpus-run.test.ts
//   cd /tmp/hostile && npx content-a11y check .
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

function billionLaughs(): string {
  const lines = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 0; i < 9; i++) {
    const [prev, next] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
    lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return [...lines, 'title: *j', '---', '', 'x', ''].join('\n');
}

const POST =
  '---\ntitle: Godziny otwarcia\ndate: 2024-01-02\nlang: pl\n---\n\n## Sala\n\n![Widok sali](sala.jpg)\n';

/** Files by name; `big` adds the 30 MB and 100,000-image files (slow to write, not to check). */
export function hostileInputs(big = true): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'invalid-utf8.md': new Uint8Array([...utf8('# Tytuł\n\n'), 0xc3, 0x28, 0xff, 0xfe]),
    'utf16le.md': utf16(POST, 'le'),
    'utf16be.html': utf16('<html lang="pl"><title>T</title><img src="a.png">', 'be'),
    'utf8-bom.md': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(POST)]),
    'crlf.md': POST.replace(/\n/g, '\r\n'),
    'lone-cr.md': POST.replace(/\n/g, '\r'),
    'nul-late.txt': `${'tekst '.repeat(2000)}\u0000\u0000\n`,
    'empty.md': '',
    'only-bom.md': '\ufeff',
    'unclosed-front-matter.md': '---\ntitle: x\ndate: 2021-04-28\n\nBody.\n',
    'yaml-tabs.md': '---\ntitle: x\ncover:\n\tsrc: a.png\n---\n\nx\n',
    'duplicate-keys.md': '---\ntitle: a\ntitle: b\n---\n\nx\n',
    'billion-laughs.md': billionLaughs(),
    'proto-keys.md':
      '---\ntitle: x\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n---\n\nx\n',
    'proto-keys-toml.md': '+++\ntitle = "x"\n[__proto__]\npolluted = true\n+++\n\nx\n',
    'timestamps.md': '---\ntitle: x\ndate: 2022-01-24 10:44:00 -0500\nlastmod: "2022-01-25"\n---\n\nx\n',
    'long-line.md': `# x\n\n${'słowo '.repeat(350_000)}\n`,
    'deep-divs.html': `${'<div>'.repeat(50_000)}x`,
    'deep-quotes.md': `${'>'.repeat(50_000)} x\n`,
    'deep-lists.md': Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
    'unclosed-comment.html': '<h2>x</h2><!--',
    'terminal-escapes.md':
      '---\ntitle: "\\e[2J\\e]0;pwned\\a"\n---\n\n# \x1b[31mred\x1b[0m \u202eevil\n\n![\x1b[2J](a.png)\n',
    'scripts-and-urls.html':
      '<html lang="en"><title>T</title><script src="http://127.0.0.1:9/x.js"></script><script>process.exit(3)</script><img src="http://127.0.0.1:9/a.png" onerror="process.exit(4)"><iframe src="http://127.0.0.1:9/"></iframe>',
    'redos-punctuation.md': `[${'!'.repeat(100_000)}x](a)\n\n![${'.'.repeat(100_000)}x](a.png)\n`,
    'gfm-table.md': `${POST}\n${['|a|b|c|d|', '|-|-|-|-|', ...Array(3000).fill('|1|2|3|4|')].join('\n')}\n\n![](po.jpg)\n`,
    'one-line-list.md': `${'- '.repeat(12_000)}x\n`,
    'alias-chain.md': `---\ntitle: x\n${Array.from({ length: 2000 }, (_, i) => `k${i}: &a${i} v\nr${i}: *a${i}`).join('\n')}\n---\n\nx\n`,
    'tag-soup.html': '<a\n'.repeat(700_000),
    'redos-toml.md': `+++\ntitle = """\n[${' '.repeat(100_000)}\nkey${'a'.repeat(100_000)}\n"""\n+++\n\nx\n`,
  };
  if (big) {
    files['big-30mb.html'] = `<p>${'Tekst akapitu z <a href="x">odnośnikiem</a>. '.repeat(700_000)}`;
    files['images-100k.md'] = '![](a.png)\n'.repeat(100_000);
    files['images-100k.html'] = `<p>${'<img src="a.png">'.repeat(100_000)}`;
  }
  return files;
}

/** Writes the hostile inputs into `dir` (plus a symlink out of the tree); returns their names. */
export function writeHostileInputs(dir: string, outside: string, big = true): string[] {
  mkdirSync(dir, { recursive: true });
  const files = hostileInputs(big);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  writeFileSync(join(outside, 'secret.md'), '# SECRET\n');
  symlinkSync(join(outside, 'secret.md'), join(dir, 'symlink-out.md'));
  return [...Object.keys(files), 'symlink-out.md'];
}
