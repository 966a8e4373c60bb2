// What a consumer installs: the tarball's contents (no screenshots, a LICENSE, the schemas), a
// build in prepack (git installs run it) with nothing on npm pack's stdout but the tarball's name
// (the pre-commit framework reads it), the README's pre-commit `rev:` matching the version tag,
// and the hook really installing through `pre-commit try-repo`.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncReadmeVersion } from '../../scripts/sync-readme-version.mjs';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

describe('the package', () => {
  it('builds in prepack, not prepare', () => {
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.scripts.prepare).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('ships the code, docs, schemas and LICENSE, and no screenshots or sources', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'docs/schema/config.schema.json',
        'docs/schema/report.schema.json',
        'docs/rules/img-alt-missing.md',
      ]),
    );
    expect(
      files.filter((f) => f.startsWith('docs/images/') || f.startsWith('tests/') || /^src\/.*\.ts$/.test(f)),
    ).toEqual([]);
    for (const target of Object.values(pkg.exports as Record<string, string | { default: string }>)) {
      const path = typeof target === 'string' ? target : target.default;
      if (!path.startsWith('./dist/')) expect(files, path).toContain(path.slice(2));
    }
  });

  it('`npm pack` prints only the tarball name on stdout, so the pre-commit framework can install it', () => {
    // This package.json and .npmrc in a scratch directory, with a build that stands in for tsc and
    // esbuild and prints on both streams as a type error or a bundler warning would: npm pack runs
    // prepack in the foreground by default, and only .npmrc keeps that output off stdout. The real
    // build under npm pack runs in the pre-commit framework test below, which reads this stdout.
    const dir = mkdtempSync(join(tmpdir(), 'content-a11y-pack-'));
    copyFileSync(join(root, '.npmrc'), join(dir, '.npmrc'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ ...pkg, scripts: { ...pkg.scripts, build: 'node build.cjs' } }, null, 2),
    );
    writeFileSync(
      join(dir, 'build.cjs'),
      "require('node:fs').writeFileSync('built', '');\n" +
        "console.log('src/index.ts(1,1): error TS2322');\n" +
        "console.error('esbuild: warning');\n",
    );
    const out = execFileSync('npm', ['pack', '--pack-destination', dir], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(existsSync(join(dir, 'built')), 'prepack ran the build').toBe(true);
    expect(out.trim()).toBe(`content-a11y-${pkg.version}.tgz`);
    expect(existsSync(join(dir, out.trim()))).toBe(true);
  }, 60_000);

  it("the README's pre-commit rev is the version's tag, and `npm version` keeps it so", () => {
    expect(readme).toMatch(new RegExp(`rev: v${pkg.version.replaceAll('.', '\\.')}\\n`));
    expect(pkg.scripts.version).toMatch(/sync-readme-version/);
    expect(syncReadmeVersion('    rev: v0.1.0\n', '1.2.3')).toBe('    rev: v1.2.3\n');
  });
});

const preCommit = hasCommand('pre-commit');
const ci = process.env.CI === 'true' || process.env.CI === '1';
// The framework installs the package's dependencies with npm, which needs the registry for what
// is not in npm's cache yet: offline, the test is skipped with one line (never under CI).
const registry = preCommit && !ci && spawnSync('npm', ['ping'], { timeout: 20_000 }).status === 0;
if (!ci && (!preCommit || !registry)) {
  process.stderr.write(
    preCommit
      ? 'content-a11y tests: pre-commit try-repo skipped: the npm registry is not reachable (npm ping).\n'
      : 'content-a11y tests: pre-commit try-repo skipped: install Debian\'s "pre-commit" package (apt-get install pre-commit).\n',
  );
}

describe.runIf((preCommit && registry) || ci)('the pre-commit framework', () => {
  it('installs the hook from this repository and fails a commit of a post without alt text', () => {
    const repo = mkdtempSync(join(tmpdir(), 'content-a11y-precommit-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(
      join(repo, 'post.md'),
      '---\ntitle: Hours\ndate: 2024-01-02\nlang: en\n---\n\n![](photo.jpg)\n',
    );
    git('add', 'post.md');
    const run = spawnSync('pre-commit', ['try-repo', root, 'content-a11y', '--files', 'post.md'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: join(repo, '.pre-commit-home'), COLUMNS: '200' },
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toMatch(/content-a11y \(accessibility of posts\)\.+Failed/);
    expect(output).toMatch(/7:1 +error +Markdown image "photo\.jpg"/);
    expect(run.status).toBe(1);
  }, 900_000); // the framework installs the package and its dependencies from the registry
});

describe('the API', () => {
  it('documents every export (typedoc fails on an undocumented one)', () => {
    const run = spawnSync(
      process.execPath,
      // Type errors are `npm run typecheck`'s to report; without that second type check typedoc
      // takes half the time and validates the documentation all the same.
      [join(root, 'node_modules/typedoc/bin/typedoc'), '--emit', 'none', '--skipErrorChecking'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/does not have any documentation/);
  }, 300_000);

  it('exports the formatters and the one-click fix', async () => {
    const api = await import('../../src/index.js');
    expect(Object.keys(api.formatters)).toEqual([
      'stylish',
      'json',
      'html',
      'sarif',
      'github',
      'junit',
      'codequality',
    ]);
    const json = await api.loadFormatter('json');
    expect(
      JSON.parse(json!([], { files: 0, errors: 0, warnings: 0, infos: 0 }, { cwd: '.', color: false }))
        .schemaVersion,
    ).toBe(1);
    expect(typeof api.applyFixes).toBe('function');
  });
});
