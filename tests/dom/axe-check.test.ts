// The axe stage through check(): positions in the original file, severities, WCAG criteria, help
// URLs, messages in the post's language, and one finding per problem where a native rule has a twin.
import { describe, expect, it } from 'vitest';
import { check, checkPost } from '../../src/check.js';
import { checkSync } from '../../src/check-sync.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { severityOf, wcagFromTags } from '../../src/dom/axe-check.js';
import { AXE_RULE_IDS, AXE_RULES, AXE_RULES_LEFT_OUT } from '../../src/dom/axe-rules.js';
import { AXE_NATIVE_TWINS } from '../../src/dom/twins.js';
import { RuleRegistry } from '../../src/engine/registry.js';
import { runCli } from '../helpers/cli.js';

const md = (body: string, lang = 'pl') =>
  `---\ntitle: Wpis\nlang: ${lang}\ndate: 2021-04-28\n---\n\n${body}\n`;
const now = new Date('2026-01-01T00:00:00Z');

async function run(content: string, path = 'post.md', extra: Partial<Parameters<typeof check>[0]> = {}) {
  const { messages } = await check({ content, path, now, ...extra });
  return messages;
}

describe('axe findings', () => {
  it('point at the element in the original Markdown file, with axe metadata and a Polish frame', async () => {
    const messages = await run(md('Tekst.\n\n<div role="lisst">a</div>\n\n<ul>\n  <div>b</div>\n</ul>'));
    const roles = messages.find((m) => m.ruleId === 'axe/aria-roles')!;
    expect(roles).toMatchObject({ line: 9, column: 1, severity: 'error', wcag: ['4.1.2'] });
    expect(roles.message).toMatch(/^Element ma rolę, która nie istnieje\. axe-core: /);
    expect(roles.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\/[\d.]+\/aria-roles/);
    expect(roles.excerpt).toBe('<div role="lisst">a</div>');
    const list = messages.find((m) => m.ruleId === 'axe/list')!;
    expect(list).toMatchObject({ line: 11, column: 1, wcag: ['1.3.1'] });
  });

  it('speak English in English posts and point into full HTML pages', async () => {
    const html = `<!DOCTYPE html>\n<html lang="en">\n<head><title>Post</title></head>\n<body>\n<p>Published 28 April 2021.</p>\n<iframe src="x.html"></iframe>\n</body>\n</html>`;
    const messages = await run(html, 'post.html');
    const frame = messages.find((m) => m.ruleId === 'axe/frame-title')!;
    expect(frame).toMatchObject({ line: 6, column: 1, endLine: 6 });
    expect(frame.message).toMatch(/^This embedded frame has no title\. axe-core: /);
  });

  it('report nothing on clean posts, and nothing from axe with axe: false or config axe: false', async () => {
    const clean = md(
      '## Sekcja\n\nTekst z [linkiem](https://example.com).\n\n| A | B |\n|---|---|\n| 1 | 2 |',
    );
    expect(await run(clean)).toEqual([]);
    const broken = md('<div role="lisst">a</div>');
    expect((await run(broken)).map((m) => m.ruleId)).toEqual(['axe/aria-roles']);
    expect(await run(broken, 'post.md', { axe: false })).toEqual([]);
    expect(await run(broken, 'post.md', { config: { axe: false } })).toEqual([]);
    expect(checkSync({ content: broken, path: 'post.md', now }).messages).toEqual([]);
  });

  it('take severities from the configuration, and drop rules switched off there or by a directive', async () => {
    const broken = md('<div role="lisst">a</div>\n\n<iframe src="x.html"></iframe>');
    const config = { rules: { 'axe/aria-roles': 'warning', 'axe/frame-title': 'off' } } as const;
    expect((await run(broken, 'post.md', { config })).map((m) => `${m.ruleId} ${m.severity}`)).toEqual([
      'axe/aria-roles warning',
    ]);
    const directive = md('<!-- content-a11y-disable-next-line axe/aria-roles -->\n<div role="lisst">a</div>');
    expect(await run(directive)).toEqual([]);
  });

  it('show one finding per problem: the native twin wins, and switching it off drops the axe twin too', async () => {
    const post = md('<img src="a.png">\n\n## A\n\n<h3></h3>');
    const ids = (await run(post)).map((m) => m.ruleId);
    expect(ids).toContain('img-alt-missing');
    expect(ids).toContain('heading-empty');
    expect(ids.filter((id) => id.startsWith('axe/'))).toEqual([]);
    const off = await run(post, 'post.md', {
      config: { rules: { 'img-alt-missing': 'off', 'heading-empty': 'off' } },
    });
    expect(off.map((m) => m.ruleId).filter((id) => /img|heading|image/.test(id))).toEqual([]);
    // Without the native findings the same post does have axe's: the dedupe is what removed them.
    const config = resolveConfig();
    const parsed = checkSync({ content: post, path: 'post.md', now, config }).post!;
    const alone = await checkPost(parsed, config, { now, stages: ['dom'], rules: new RuleRegistry([]) });
    expect(alone.messages.map((m) => `${m.line} ${m.ruleId}`).sort()).toEqual([
      '11 axe/empty-heading',
      '7 axe/image-alt',
    ]);
  });

  it('do not report the empty link GFM leaves when it autolinks an address inside a raw <a>', async () => {
    const post = md(
      'Visit <a href="http://www.nasa.gov">www.nasa.gov</a> or <a href="mailto:a@b.gov">a@b.gov</a>.',
    );
    expect(await run(post)).toEqual([]);
    // A really empty link is reported once, by the native link-empty (it wins over axe/link-name).
    expect((await run(md('Empty: <a href="/x"></a> here.'))).map((m) => m.ruleId)).toEqual(['link-empty']);
  });

  it('do not report the unlabelled checkbox of a GFM task list', async () => {
    const html = `<!DOCTYPE html>\n<html lang="en"><head><title>Tasks</title></head><body>\n<p>Published 28 April 2021.</p>\n<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled> task</li>\n</ul>\n<input type="checkbox">\n</body></html>`;
    const axeOnly = (await run(html, 'tasks.html')).filter((m) => m.ruleId.startsWith('axe/'));
    expect(axeOnly.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['7 axe/label']);
  });

  it('judge page-level rules on the post, not on a missing template', async () => {
    // A fragment with no <html>, <title> or lang of its own: the wrapper page carries the post's.
    const messages = await run('<p>Published 28 April 2021.</p><p lang="de">Guten Tag</p>', 'post.html', {
      lang: 'en',
    });
    expect(messages.filter((m) => m.ruleId.startsWith('axe/'))).toEqual([]);
  });

  it('queue concurrent checks on the one window', async () => {
    const posts = Array.from({ length: 4 }, (_, i) => md(`${'\n'.repeat(i)}<div role="lisst">${i}</div>`));
    const results = await Promise.all(posts.map((p) => run(p)));
    expect(results.map((r) => r.map((m) => `${m.line} ${m.ruleId}`))).toEqual([
      ['7 axe/aria-roles'],
      ['8 axe/aria-roles'],
      ['9 axe/aria-roles'],
      ['10 axe/aria-roles'],
    ]);
  });

  it('the CLI --no-axe drops them', async () => {
    const stdin = md('<div role="lisst">a</div>');
    const on = await runCli(['check', '-', '--stdin-filename', 'a.md', '--format', 'json'], { stdin });
    const off = await runCli(['check', '-', '--stdin-filename', 'a.md', '--format', 'json', '--no-axe'], {
      stdin,
    });
    expect(JSON.parse(on.stdout).files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual([
      'axe/aria-roles',
    ]);
    expect(JSON.parse(off.stdout).files[0].messages).toEqual([]);
    expect(() => resolveConfig({ axe: 'yes' as unknown as boolean })).toThrow(/"axe" must be true or false/);
  });
});

describe('axe rule tables', () => {
  it('every enabled rule has English and Polish text; none is both enabled and left out', () => {
    for (const id of AXE_RULE_IDS) {
      expect(AXE_RULES[id]!.en, id).toBeTruthy();
      expect(AXE_RULES[id]!.pl, id).toBeTruthy();
      expect(AXE_RULES_LEFT_OUT[id], id).toBeUndefined();
    }
    for (const id of Object.keys(AXE_NATIVE_TWINS)) expect(AXE_RULES[id], id).toBeDefined();
  });

  it('maps tags and impacts', () => {
    expect(wcagFromTags(['wcag2a', 'wcag111', 'wcag1410', 'wcag21aa', 'best-practice'])).toEqual([
      '1.1.1',
      '1.4.10',
    ]);
    expect(severityOf(undefined, 'critical')).toBe('error');
    expect(severityOf(undefined, 'serious')).toBe('error');
    expect(severityOf(undefined, 'moderate')).toBe('warning');
    expect(severityOf(undefined, null)).toBe('warning');
    expect(severityOf('info', 'critical')).toBe('info');
    expect(severityOf('off', 'critical')).toBeUndefined();
  });
});
