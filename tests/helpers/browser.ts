// Headless Chromium for tests that look at what people see (the browser build, the playground,
// the HTML report). Debian's `chromium` package, driven by playwright-core: no browser download.
// .ci/run installs the package when it is missing.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export async function launchChromium(): Promise<Browser> {
  if (!hasChromium()) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's "chromium" package (apt-get install chromium), as .ci/run does.`,
    );
  }
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
