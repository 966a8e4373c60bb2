// The CLI users run is the esbuild bundle in dist/cli/ (package.json `bin`, built by
// scripts/bundle-cli.mjs): it must report exactly what the unbundled build reports, in one
// thread, through worker threads (whose entry is a second bundle) and with the axe stage
// (jsdom and axe-core stay external and are loaded on first use), with and without its code cache,
// and `lsp` starts (its packages stay external too).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const bundled = join(root, pkg.bin['content-a11y']!);
const unbundled = join(root, 'dist/src/cli/bin.js');

function run(bin: string, args: string[]) {
  const result = spawnSync(process.execPath, [bin, 'check', ...args, '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the bundled CLI', () => {
  it('is what package.json names as the binary', () => {
    expect(pkg.bin['content-a11y']).toBe('dist/cli/content-a11y.js');
  });

  it('reports what the unbundled build reports on the fixtures, without axe', () => {
    const args = ['fixtures/', '--no-axe'];
    const ours = run(bundled, args);
    expect(ours.stderr).not.toMatch(/\bat \S+:\d+/); // no stack trace
    expect(ours).toEqual(run(unbundled, args));
    expect(JSON.parse(ours.stdout).files.length).toBeGreaterThan(5);
  }, 90_000);

  it('reports the same through worker threads (the worker entry is bundled too)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-bundle-'));
    for (let i = 0; i < 30; i++) {
      const body = i % 2 ? '![](photo.jpg)\n\n## Later\n\n#### Skipped\n' : 'Posted 3/4/2024.\n';
      writeFileSync(join(dir, `post-${i}.md`), `---\ntitle: Post ${i}\nlang: en\n---\n\n${body}`);
    }
    const args = [dir, '--no-axe', '--concurrency', '2'];
    const ours = run(bundled, args);
    expect(ours).toEqual(run(unbundled, args));
    expect(JSON.parse(ours.stdout).files).toHaveLength(30);
  }, 90_000);

  it('runs the axe stage like the unbundled build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-bundle-axe-'));
    const post = join(dir, 'post.md');
    writeFileSync(post, '---\ntitle: Roles\nlang: en\n---\n\nText.\n\n<div role="lisst">a</div>\n');
    const ours = run(bundled, [post]);
    expect(ours).toEqual(run(unbundled, [post]));
    const rules = JSON.parse(ours.stdout).files[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(rules).toContain('axe/aria-roles');
  }, 120_000);

  it('starts from its code cache after a first check, and reports the same with or without it', () => {
    const cacheDir = join(root, 'dist/cli/.cache');
    rmSync(cacheDir, { recursive: true, force: true });
    // A run whose posts all went to worker threads compiled only the main thread's code: no cache.
    const many = mkdtempSync(join(tmpdir(), 'content-a11y-bundle-pool-'));
    for (let i = 0; i < 30; i++)
      writeFileSync(join(many, `post-${i}.md`), `---\ntitle: P${i}\nlang: en\n---\n\nText.\n`);
    run(bundled, [many, '--no-axe', '--concurrency', '2']);
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
    const first = run(bundled, ['fixtures/structure', '--no-axe']);
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('content-a11y.cjs-'))).toHaveLength(1);
    const cached = run(bundled, ['fixtures/structure', '--no-axe']);
    const result = spawnSync(
      process.execPath,
      [bundled, 'check', 'fixtures/structure', '--no-axe', '--format', 'json'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_A11Y_NO_COMPILE_CACHE: '1' },
      },
    );
    expect(cached).toEqual(first);
    expect(result.stdout).toBe(first.stdout);
    expect(JSON.parse(first.stdout).files.length).toBeGreaterThan(1);
  }, 90_000);

  // A pre-commit hook's time is mostly start-up: what only some runs need is loaded on first use.
  // NODE_DEBUG=module logs every CommonJS load; the bundle loads these three through require.
  it('loads the JavaScript-config parser, the report validator and the JSON editor only when used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-bundle-lazy-'));
    writeFileSync(join(dir, 'post.md'), '---\ntitle: Post\nlang: en\n---\n\nText.\n');
    const loads = (cwd: string) => {
      const result = spawnSync(process.execPath, [bundled, 'check', 'post.md', '--no-axe'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NODE_DEBUG: 'module' },
      });
      return ['@babel/parser', 'ajv', 'jsonc-parser'].filter((m) => result.stderr.includes(`"${m}"`));
    };
    expect(loads(dir)).toEqual([]);
    // An Astro config is read statically with @babel/parser: then it is loaded.
    writeFileSync(join(dir, 'astro.config.mjs'), "export default { i18n: { defaultLocale: 'en' } };\n");
    writeFileSync(join(dir, 'package.json'), '{"dependencies":{"astro":"4"}}');
    expect(loads(dir)).toEqual(['@babel/parser']);
  }, 60_000);

  it('starts the language server, which answers initialize', async () => {
    const child = spawn(process.execPath, [bundled, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const answered = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes('"capabilities"')) resolve(true);
      });
      child.on('exit', () => resolve(false));
    });
    child.kill();
    expect(stderr).toBe('');
    expect(answered).toBe(true);
    expect(stdout).toContain('"name":"content-a11y"');
  }, 90_000);
});
