// `npm run e2e:unified`: the unified plugin in real site builds. Copies each fixture site
// (fixtures/unified/astro-site, docusaurus-site) to a scratch folder with the same posts, installs
// its generator from the npm registry and content-a11y from this repository, builds it, and checks
// that every post got exactly the findings the CLI gives (rule ids, lines, columns, severities).
// Prints the four outputs the issue asks to compare: CLI, check(), remark-cli, site build.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const scratch = join(process.env.E2E_DIR ?? tmpdir(), 'content-a11y-e2e-unified');
const posts = [join(root, 'fixtures/seed/seed.md'), join(root, 'fixtures/unified/posts/konsultacje.md')];
const only = process.argv.slice(2);
const sites = [
  { name: 'astro-site', pages: 'src/pages' },
  { name: 'docusaurus-site', pages: 'docs' },
].filter((s) => only.length === 0 || only.includes(s.name));

const row = (f) => `${f.ruleId} ${f.line}:${f.column} ${f.severity}`;

function cliFindings() {
  const run = spawnSync(
    process.execPath,
    [join(root, 'dist/src/cli/bin.js'), 'check', ...posts, '--format', 'json', '--no-axe'],
    {
      cwd: tmpdir(),
      encoding: 'utf8',
    },
  );
  const report = JSON.parse(run.stdout);
  return new Map(report.files.map((f) => [basename(f.path), f.messages.map(row).sort()]));
}

const { check } = await import(join(root, 'dist/src/index.js'));
const expected = cliFindings();
let failed = 0;
console.log('CLI (content-a11y check --no-axe):');
for (const [file, rows] of expected) console.log(`  ${file}: ${rows.join(', ')}`);
console.log('check() (library, axe off):');
for (const path of posts) {
  const result = await check({ content: readFileSync(path, 'utf8'), path: basename(path), axe: false });
  const rows = result.messages.map(row).sort();
  console.log(`  ${basename(path)}: ${rows.join(', ')}`);
  if (JSON.stringify(rows) !== JSON.stringify(expected.get(basename(path)))) failed++;
}

for (const site of sites) {
  const started = Date.now();
  const dir = join(scratch, site.name);
  rmSync(join(dir, 'findings.jsonl'), { force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'fixtures/unified', site.name), dir, { recursive: true });
  mkdirSync(join(dir, site.pages), { recursive: true });
  for (const post of posts) cpSync(post, join(dir, site.pages, basename(post)));
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  manifest.dependencies['content-a11y'] = `file:${root}`;
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // A scratch folder installed for another checkout links content-a11y from there: install again.
  const linked = join(dir, 'node_modules/content-a11y');
  const linkedHere = existsSync(linked) && realpathSync(linked) === realpathSync(root);
  if (!existsSync(join(dir, 'node_modules/.package-lock.json')) || !linkedHere || process.env.E2E_REINSTALL) {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'inherit',
    });
  }
  // The generators' build caches would skip compiling the posts, and so the plugin.
  for (const cache of ['.docusaurus', '.astro', 'node_modules/.cache', 'build', 'dist']) {
    rmSync(join(dir, cache), { recursive: true, force: true });
  }
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DOCUSAURUS_IGNORE_SSG_WARNINGS: 'true' },
  });
  if (build.status !== 0) {
    console.error(build.stdout.slice(-3000), build.stderr.slice(-3000));
    console.error(`✖ ${site.name}: the build failed`);
    failed++;
    continue;
  }
  if (!existsSync(join(dir, 'findings.jsonl'))) {
    console.error(
      `✖ ${site.name}: the build ran but the plugin reported nothing (findings.jsonl is missing)`,
    );
    failed++;
    continue;
  }
  const found = new Map();
  for (const line of readFileSync(join(dir, 'findings.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const { path, findings } = JSON.parse(line);
    found.set(basename(path), findings.map(row).sort());
  }
  console.log(`${site.name} build (${((Date.now() - started) / 1000).toFixed(1)} s):`);
  for (const [file, rows] of expected) {
    const got = found.get(file) ?? [];
    const same = JSON.stringify(got) === JSON.stringify(rows);
    console.log(`  ${same ? '✔' : '✖'} ${file}: ${got.join(', ')}`);
    if (!same) failed++;
  }
}
if (failed > 0) {
  console.error(`✖ ${failed} output(s) differ from the CLI's`);
  process.exit(1);
}
console.log('✔ the same findings through the CLI, check() and every site build');
