// What runs in CI and in hooks is never chosen by the checkout (case 25 of issue 21): the GitHub
// Action installs content-a11y outside the workspace (the checkout's node_modules/.bin, .npmrc and
// version strings only ever read as data), and the pre-commit hook runs the install that wrote it.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hookScript } from '../../src/cli/init-hook-command.js';

const root = join(import.meta.dirname, '../..');

function tmp(name: string): string {
  return mkdtempSync(join(tmpdir(), `content-a11y-${name}-`));
}

function executable(path: string, script: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, script);
  chmodSync(path, 0o755);
}

/** A checkout whose pull request committed its own content-a11y, and an .npmrc. */
function hostileCheckout(lock: Record<string, unknown>): string {
  const dir = tmp('checkout');
  executable(join(dir, 'node_modules/.bin/content-a11y'), `#!/bin/sh\ntouch "${dir}/PWNED"\n`);
  writeFileSync(join(dir, '.npmrc'), 'registry=http://127.0.0.1:9/\n');
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
  return dir;
}

describe('#25 the GitHub Action runs content-a11y installed outside the checkout', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const script: string = action.runs.steps.find((s: { run?: string }) => s.run).run;

  /** Runs the action's script with a stub npm that "installs" a stub content-a11y. */
  function runAction(checkout: string, env: Record<string, string>) {
    const temp = tmp('runner-temp');
    const bin = tmp('bin');
    const log = join(temp, 'npm.log');
    executable(
      join(bin, 'npm'),
      `#!/bin/sh
printf '%s\\n' "cwd=$(pwd)" "$@" > "${log}"
prefix=""
while [ $# -gt 0 ]; do [ "$1" = --prefix ] && prefix="$2"; shift; done
mkdir -p "$prefix/node_modules/.bin"
printf '#!/bin/sh\\necho "installed ran: $*"\\n' > "$prefix/node_modules/.bin/content-a11y"
chmod +x "$prefix/node_modules/.bin/content-a11y"
`,
    );
    const run = spawnSync('bash', ['-c', script], {
      cwd: checkout,
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env.PATH}`,
        RUNNER_TEMP: temp,
        CA11Y_PATHS: '.',
        CA11Y_VERSION: 'project',
        ...env,
      },
    });
    return { ...run, npm: existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [], temp };
  }

  it('a committed node_modules/.bin/content-a11y never runs; the pinned version is installed from the runner temp', () => {
    const checkout = hostileCheckout({ packages: { 'node_modules/content-a11y': { version: '1.2.3' } } });
    const run = runAction(checkout, {});
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('installed ran: check . --format github');
    expect(existsSync(join(checkout, 'PWNED'))).toBe(false);
    expect(run.npm[0]).toBe(`cwd=${run.temp}`); // the checkout's .npmrc is not in effect
    expect(run.npm).toContain('content-a11y@1.2.3');
    expect(run.npm).toContain('--ignore-scripts');
  });

  it('a version string from the checkout or the inputs cannot become a command', () => {
    const checkout = hostileCheckout({
      packages: { 'node_modules/content-a11y': { version: '1.0.0 $(touch PWNED)' } },
    });
    const fromLock = runAction(checkout, {});
    expect(fromLock.status).toBe(0);
    expect(fromLock.npm).toContain('content-a11y@latest');
    const fromInput = runAction(checkout, { CA11Y_VERSION: '1.0.0;touch PWNED' });
    expect(fromInput.status).toBe(2);
    expect(fromInput.stderr).toMatch(/not latest or an exact version/);
    expect(existsSync(join(checkout, 'PWNED'))).toBe(false);
  });
});

describe('#25 the pre-commit hook runs the content-a11y that installed it', () => {
  it('by absolute path, whatever the working tree holds, and blocks when that install is gone', () => {
    const checkout = hostileCheckout({});
    const install = tmp("it's installed");
    const cli = join(install, 'bin.js');
    writeFileSync(cli, 'process.stdout.write("installed ran: " + process.argv.slice(2).join(" "));\n');
    const hook = join(install, 'pre-commit');
    executable(hook, hookScript(cli, process.execPath));
    const run = spawnSync('sh', [hook], { cwd: checkout, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('installed ran: check --staged');
    expect(existsSync(join(checkout, 'PWNED'))).toBe(false);

    executable(hook, hookScript(join(install, 'gone.js'), process.execPath));
    const gone = spawnSync('sh', [hook], { cwd: checkout, encoding: 'utf8' });
    expect(gone.status).toBe(1);
    expect(gone.stderr).toMatch(/run "npx content-a11y init-hook" again/);
    expect(existsSync(join(checkout, 'PWNED'))).toBe(false);
  });
});
