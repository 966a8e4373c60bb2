// Locating a record's findings in the JSON file as written: JSON paths as the record readers write
// them, and offsets in a decoded string mapped back through its escapes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeJsonString, JsonRecordText, parseJsonPath } from '../../src/lsp/json-record.js';
import { ContextFileWatcher } from '../../src/lsp/watch.js';

describe('JSON paths', () => {
  it.each([
    ['$.content.rendered', [{ key: 'content' }, { key: 'rendered' }]],
    [
      '$._embedded["wp:featuredmedia"][0].alt_text',
      [{ key: '_embedded' }, { key: 'wp:featuredmedia' }, { index: 0 }, { key: 'alt_text' }],
    ],
    ['$.body[?(@._key=="a1b2")]', [{ key: 'body' }, { filterKey: '_key', equals: 'a1b2' }]],
    ['$', []],
  ])('%s', (path, steps) => {
    expect(parseJsonPath(path)).toEqual(steps);
  });

  it('are undefined when they are not of that form', () => {
    expect(parseJsonPath('content.rendered')).toBeUndefined();
    expect(parseJsonPath('$..content')).toBeUndefined();
  });

  it('find the node they name in the file', () => {
    const text = JSON.stringify(
      {
        _embedded: { 'wp:featuredmedia': [{ alt_text: 'Widok sali' }] },
        body: [{ _key: 'x' }, { _key: 'a1b2', text: 'b' }],
      },
      null,
      2,
    );
    const record = new JsonRecordText(text);
    const alt = record.node('$._embedded["wp:featuredmedia"][0].alt_text')!;
    expect(text.slice(alt.offset, alt.offset + alt.length)).toBe('"Widok sali"');
    expect(record.node('$.body[?(@._key=="a1b2")].text')?.value).toBe('b');
    expect(record.node('$.body[5]')).toBeUndefined();
    expect(record.node('$.missing.key')).toBeUndefined();
    expect(record.stringField('$.body')).toBeUndefined(); // not a string
  });
});

describe('string fields', () => {
  it('map decoded offsets to the file through every kind of escape', () => {
    const value = 'Tab\there, "quoted", back\\slash, ł, 😀 and\nnew line: 15 marzec';
    const text = `{ "content": ${JSON.stringify(value).replace('ł', '\\u0142')} }`;
    const field = new JsonRecordText(text).stringField('$.content')!;
    expect(field.value).toBe(value);
    const at = value.indexOf('marzec');
    expect(text.slice(field.fileOffset(at), field.fileOffset(at + 6))).toBe('marzec');
    const polish = value.indexOf('ł');
    expect(text.slice(field.fileOffset(polish), field.fileOffset(polish + 1))).toBe('\\u0142');
    expect(field.decodedOffset(field.fileOffset(at))).toBe(at);
    expect(field.decodedOffset(0)).toBeUndefined(); // before the string
  });

  it('escape replacement text for a JSON string', () => {
    expect(escapeJsonString('„marca” \\ "x"\n')).toBe('„marca” \\\\ \\"x\\"\\n');
  });
});

describe('the server’s own watch on config files', () => {
  it('reports a config created in a watched folder, and ignores other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-watch-'));
    const changed: string[] = [];
    const watcher = new ContextFileWatcher(['content-a11y.config.json'], (file) => changed.push(file));
    watcher.watchFrom(dir);
    writeFileSync(join(dir, 'notes.md'), 'x');
    writeFileSync(join(dir, 'content-a11y.config.json'), '{}');
    writeFileSync(join(dir, 'content-a11y.config.json'), '{ "lang": "pl" }');
    const config = join(dir, 'content-a11y.config.json');
    await expect.poll(() => changed.length, { timeout: 10_000 }).toBeGreaterThan(0);
    // One save is several file-system events; they settle into one report (two if the writes
    // were far apart on a busy machine), never one for notes.md.
    expect(new Set(changed)).toEqual(new Set([config]));
    watcher.close();
  });
});
