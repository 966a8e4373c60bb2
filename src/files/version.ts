// The tool's own version (for the cache key and SARIF's tool.driver.version).
import { createRequire } from 'node:module';

export function toolVersion(): string {
  const require = createRequire(import.meta.url);
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      return (require(candidate) as { version: string }).version;
    } catch {
      // Source (src/files) and built (dist/src/files) layouts differ by one level.
    }
  }
  return '0.0.0';
}
