// `--format stylish` as a terminal shows it: fitted to the width without splitting words, each
// suggestion under its finding, one row for one problem found at several images, rule docs linked
// with OSC 8 where the terminal shows hyperlinks and listed once otherwise, in the user's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import stylish, { groupFindings } from '../../src/report/stylish.js';
import type { ReportContext } from '../../src/report/types.js';
import type { FileResult, Summary } from '../../src/types.js';

const root = join(import.meta.dirname, '../..');
const seed = readFileSync(join(root, 'fixtures/seed/seed.md'), 'utf8');
const { messages } = checkSync({ content: seed, path: 'seed.md', locale: 'en' });
const files: FileResult[] = [{ path: 'fixtures/seed/seed.md', messages }];
const summary: Summary = {
  files: 1,
  errors: messages.filter((m) => m.severity === 'error').length,
  warnings: messages.filter((m) => m.severity === 'warning').length,
  infos: messages.filter((m) => m.severity === 'info').length,
};
const OSC8 = /\u001b\]8;;([^\u0007]*)\u0007([^\u001b]*)\u001b\]8;;\u0007/g;

function render(context: Partial<ReportContext> = {}): string {
  return stylish(files, summary, { cwd: root, color: false, locale: 'en', columns: 80, ...context });
}

/** Every word of `text`, so a test can tell a wrapped message from one broken mid-word. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('stylish', () => {
  it('fits 80 columns, wrapping messages under themselves and never mid-word', () => {
    const out = render();
    const findingLines = out.split('\n').filter((line) => !/^\s+\S+\s+https:\/\//.test(line));
    for (const line of findingLines) expect(line.length, line).toBeLessThanOrEqual(80);
    const printed = new Set(words(out));
    for (const m of messages) {
      for (const word of words(m.message)) expect(printed.has(word), `"${word}" of ${m.ruleId}`).toBe(true);
    }
    // A continuation starts under the message's first column, not at the left edge.
    const lines = out.split('\n');
    const first = lines.findIndex((l) => l.includes('date-range-format'));
    const column = lines[first]!.indexOf('The date range');
    expect(lines[first + 1]!.slice(0, column).trim()).toBe('');
    expect(lines[first + 1]!.slice(column)).not.toMatch(/^\s/);
  });

  it('gives a wide terminal one line per finding', () => {
    const out = render({ columns: 300 });
    const row = out.split('\n').find((l) => l.includes('date-range-format'))!;
    expect(row).toMatch(/^ {2}2:18 {2}warning {2}The date range .* {2}date-range-format$/);
  });

  it('shows each suggestion under its finding', () => {
    const out = render({ columns: 200 });
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.includes('date-range-format'));
    expect(lines[at + 1]).toMatch(/^\s+→ suggestion: 28–29 kwietnia 2021 r\.$/);
  });

  it('prints one problem found at several images as one row listing the places', () => {
    const prefix = messages.filter((m) => m.ruleId === 'img-alt-redundant-prefix');
    expect(prefix.length).toBeGreaterThan(1);
    const out = render({ columns: 200 });
    expect(out.match(/^ {2}\d+:\d+ .*img-alt-redundant-prefix$/gm)).toHaveLength(1);
    const places = prefix.slice(1).map((m) => `${m.line}:${m.column}`);
    expect(out).toContain(`also at ${places.join(', ')}`);
    expect(out).toMatch(new RegExp(`✖ ${messages.length} problems`)); // the count is still of findings
  });

  it('keeps findings apart when their messages differ', () => {
    const a = { ...messages[0]!, line: 1 };
    const b = { ...messages[0]!, line: 2, message: `${messages[0]!.message} (another)` };
    expect(groupFindings([a, { ...a, line: 3 }, b])).toEqual([[a, { ...a, line: 3 }], [b]]);
  });

  it('links rule ids to their docs with OSC 8 where the terminal shows hyperlinks', () => {
    const out = render({ hyperlinks: true });
    const links = [...out.matchAll(OSC8)].map(([, url, text]) => [text, url]);
    expect(links.length).toBeGreaterThan(0);
    for (const [text, url] of links) expect(url).toBe(messages.find((m) => m.ruleId === text)!.helpUrl);
    expect(out).not.toMatch(/Rule docs:/);
  });

  it('lists each rule’s docs once when the terminal shows no hyperlinks', () => {
    const out = render();
    expect(out).not.toMatch(OSC8);
    const list = out.slice(out.indexOf('Rule docs:'));
    const ids = [...new Set(messages.map((m) => m.ruleId))];
    for (const id of ids) {
      expect(list.match(new RegExp(`^ {2}${id} +https://\\S+/${id}\\.md$`, 'gm'))).toHaveLength(1);
    }
  });

  it('speaks Polish with --locale pl', () => {
    const out = render({ locale: 'pl', columns: 200 });
    expect(out).toMatch(/ {2}2:18 {2}ostrzeżenie {2}/);
    expect(out).toMatch(/→ propozycja: 28–29 kwietnia 2021 r\./);
    expect(out).toMatch(/także w \d+:\d+/);
    expect(out).toMatch(/^Opisy reguł:$/m);
  });
});
