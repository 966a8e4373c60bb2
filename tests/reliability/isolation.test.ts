// Isolation: a post is data. None of its scripts runs, none of its URLs is fetched (the native
// path; the DOM stage has its own test), and no report format lets its text escape: stylish
// passes no terminal control sequence through, JSON stays JSON.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import json from '../../src/report/json.js';
import stylish, { terminalSafe } from '../../src/report/stylish.js';
import type { FileResult } from '../../src/types.js';

let server: Server;
let requests = 0;
let base = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    res.end('<img src=x>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

const now = new Date('2025-01-01T00:00:00Z');

describe('a post is never code and never a request', () => {
  it('no URL of a post is fetched, no script runs (HTML and Markdown)', async () => {
    const g = globalThis as Record<string, unknown>;
    const html = `<!doctype html><html lang="en"><head><title>T</title>
<link rel="stylesheet" href="${base}/style.css"><link rel="preload" href="${base}/p">
<meta http-equiv="refresh" content="0; url=${base}/refresh">
<script src="${base}/script.js"></script><script>globalThis.__pwned = 1; fetch('${base}/inline')</script>
<base href="${base}/base/"></head><body onload="globalThis.__pwned = 2">
<img src="${base}/img.png" onerror="globalThis.__pwned = 3" srcset="${base}/a.png 2x">
<iframe src="${base}/frame"></iframe><object data="${base}/obj"></object><embed src="${base}/embed">
<video poster="${base}/poster" src="${base}/video"></video><svg><image href="${base}/svg"/></svg>
<div style="background:url(${base}/css)"></div><a href="javascript:globalThis.__pwned=4">x</a>
<form action="${base}/form"><input type="image" src="${base}/input"></form></body></html>`;
    const markdown = `---\ntitle: T\ncover: ${base}/cover.png\n---\n\n![a](${base}/md.png)\n\n[link](${base}/l)\n\n<img src="${base}/raw.png" onerror="globalThis.__pwned = 5">\n\n<script>globalThis.__pwned = 6</script>\n`;
    checkSync({ content: html, path: 'a.html', now });
    checkSync({ content: markdown, path: 'a.md', now });
    checkSync({ content: { title: 'T', content: { rendered: html } }, format: 'json', now });
    // Give any stray request time to arrive before counting.
    await new Promise((done) => setTimeout(done, 200));
    expect(requests).toBe(0);
    expect(g.__pwned).toBeUndefined();
  });
});

describe('report formats escape what they embed', () => {
  const hostile = '\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x1b[0m\b\u202eevil\u2066\r\nnext \u0000';
  const files: FileResult[] = [
    {
      path: `posts/\x1b[1mname\n.md`,
      messages: [
        {
          ruleId: 'img-alt-missing',
          messageId: 'missing',
          severity: 'error',
          message: `Alt "${hostile}"`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          wcag: ['1.1.1'],
          helpUrl: 'https://example.com',
          excerpt: hostile,
          fingerprint: '0',
        },
      ],
    },
  ];
  const summary = { files: 1, errors: 1, warnings: 0, infos: 0 };

  it('stylish prints no control characters or bidi overrides from a post', () => {
    const out = stylish(files, summary, { cwd: '/', color: false });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('\\u{1b}[2J');
    // One finding row (the rule's docs link is listed once more below the findings).
    expect(out.split('\n').filter((l) => /^\s+1:1\s/.test(l) && l.includes('img-alt-missing'))).toHaveLength(
      1,
    );
    expect(terminalSafe('żółw ✔ tab\tok')).toBe('żółw ✔ tab\tok');
  });

  it('stylish with colours adds only its own escape sequences', () => {
    const out = stylish(files, summary, { cwd: '/', color: true });
    expect(out).not.toMatch(/\x1b\]|\x1b\[2J|\x07|\u202e/);
  });

  it('JSON is valid JSON that round-trips the text, with no raw control characters', () => {
    const out = json(files, summary, { cwd: '/', color: false });
    expect(out.trimEnd()).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(JSON.parse(out).files[0].messages[0].excerpt).toBe(hostile);
  });

  it('a post with terminal escapes in its alt text is shown escaped end to end', () => {
    const post = `---\ntitle: T\nlang: en\ndate: 2024-01-01\n---\n\n<img alt="" src="a.png">\n\n# \x1b[2J\x1b]0;x\x07\n`;
    const result = checkSync({ content: post, path: 'a.md', now });
    const out = stylish([{ path: 'a.md', messages: result.messages }], result.summary, {
      cwd: '/',
      color: false,
    });
    expect(out).not.toMatch(/\x1b|\x07/);
  });
});
