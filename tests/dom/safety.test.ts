// Checking a post never runs its scripts, never fires its event handlers and never loads anything
// it references: a local server counts every request made to it, and must count none.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { withAxeWindow } from '../../src/dom/window.js';

let server: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function hostilePage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<title>Hostile post</title>
<base href="${base}/base/">
<link rel="stylesheet" href="${base}/style.css">
<link rel="preload" href="${base}/preload.js" as="script">
<link rel="icon" href="${base}/favicon.ico">
<meta http-equiv="refresh" content="0; url=${base}/refresh">
<style>@import url("${base}/import.css"); body { background: url(${base}/bg.png); }</style>
<script src="${base}/script.js"></script>
<script>fetch("${base}/inline-script"); document.title = "pwned";</script>
</head>
<body onload="fetch('${base}/onload')">
<h1>Hostile post</h1>
<p>Published <time datetime="2021-04-28">28 April 2021</time>.</p>
<img src="${base}/img.png" alt="A photo" onerror="fetch('${base}/onerror')" onload="fetch('${base}/imgonload')">
<img srcset="${base}/small.png 1x, ${base}/big.png 2x" src="${base}/fallback.png" alt="Another photo">
<picture><source srcset="${base}/source.webp" type="image/webp"><img src="${base}/pic.png" alt="A picture"></picture>
<video poster="${base}/poster.png" src="${base}/video.mp4" controls><track src="${base}/track.vtt" kind="captions"></video>
<audio src="${base}/audio.mp3" autoplay></audio>
<iframe src="${base}/frame.html" title="Embedded"></iframe>
<iframe srcdoc="<img src='${base}/srcdoc.png'>" title="Inline frame"></iframe>
<object data="${base}/object.swf" aria-label="Object"></object>
<embed src="${base}/embed.swf">
<div style="background-image: url('${base}/inline-style.png')">Styled</div>
<svg role="img" aria-label="Logo"><image href="${base}/svg-image.png"></image><use href="${base}/sprite.svg#a"></use></svg>
<button onclick="fetch('${base}/onclick'); document.title = 'pwned'">Click</button>
<a href="${base}/link" onmouseover="fetch('${base}/onmouseover')">A link</a>
<form action="${base}/form"><input type="image" src="${base}/input.png" alt="Send"></form>
</body>
</html>`;
}

describe('rendered-DOM checks are inert', () => {
  it('loads nothing, runs no script and fires no handler, in HTML and Markdown posts', async () => {
    const html = await check({ content: hostilePage(), path: 'hostile.html' });
    expect(html.messages.some((m) => m.ruleId === 'rule-error')).toBe(false);
    const md = await check({
      content: `---\ntitle: Hostile\nlang: en\ndate: 2021-04-28\n---\n\n![A photo](${base}/md.png)\n\n<img src="${base}/raw.png" alt="Raw" onerror="fetch('${base}/md-onerror')">\n\n<iframe src="${base}/md-frame" title="Frame"></iframe>\n\n<script src="${base}/md-script.js"></script>\n`,
      path: 'hostile.md',
    });
    expect(md.messages.some((m) => m.ruleId === 'rule-error')).toBe(false);

    // Poke the last rendered post: clicking and dispatching events must not run its handlers.
    const title = await withAxeWindow(async (w) => {
      const img = w.document.querySelector('img');
      img?.dispatchEvent(new w.window.Event('error'));
      img?.dispatchEvent(new w.window.Event('load'));
      return w.document.title;
    });
    expect(title).toBe('Hostile');
    await check({ content: hostilePage(), path: 'hostile.html' });
    const after = await withAxeWindow(async (w) => {
      (w.document.querySelector('button') as HTMLButtonElement | null)?.click();
      w.document.querySelector('a')?.dispatchEvent(new w.window.MouseEvent('mouseover'));
      w.document.body.dispatchEvent(new w.window.Event('load'));
      return { title: w.document.title, fetch: typeof (w.window as unknown as { fetch?: unknown }).fetch };
    });
    expect(after.title).toBe('Hostile post');

    // Anything asynchronous a handler or loader would have started has had time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toEqual([]);
    // The counter works: a request we make ourselves is counted.
    await fetch(`${base}/control`);
    expect(requests).toEqual(['/control']);
  });
});
