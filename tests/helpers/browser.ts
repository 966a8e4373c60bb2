// Headless Chromium for tests that look at what people see (the browser build, the playground,
// the HTML report). Debian's `chromium` package, driven by playwright-core: no browser download
// (the registries reachable here ship no Chromium that runs on this machine). On a machine
// without it these suites are skipped with one line saying what to install; under CI=true they
// must run, and .ci/run installs the package.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const INSTALL_HINT = `Chromium not found at ${CHROMIUM_PATH}: install Debian's "chromium" package (apt-get install chromium) or set CHROMIUM_PATH`;

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

let warned = false;

/**
 * Whether the browser suites run: with Chromium present, always; without it, they are skipped
 * (one line on stderr naming what to install) — except under CI, where a missing browser fails.
 */
export function browserTestsRun(): boolean {
  if (hasChromium()) return true;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(`${INSTALL_HINT}; CI must run the browser tests (.ci/run installs it).`);
  }
  if (!warned) {
    warned = true;
    process.stderr.write(`content-a11y tests: browser tests skipped. ${INSTALL_HINT}.\n`);
  }
  return false;
}

export async function launchChromium(): Promise<Browser> {
  if (!hasChromium()) throw new Error(`${INSTALL_HINT}.`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
