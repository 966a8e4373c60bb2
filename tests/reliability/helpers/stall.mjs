// Test-only preload (node --import): makes the CLI stall at a chosen moment and say so on stderr,
// so a test can send SIGINT exactly then. STALL=write: after half of a report's temporary file is
// written. STALL=read: when the first post is read (posts are opened with fs/promises `open`, see
// src/files/safe-read.ts; `readFile` is hooked too for other readers).
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const fsp = require('node:fs/promises');
const stall = () => {
  process.stderr.write('STALLED\n');
  return new Promise((done) => setTimeout(done, 60_000));
};
if (process.env.STALL === 'write') {
  const writeFile = fsp.writeFile;
  fsp.writeFile = async (path, data, ...rest) => {
    if (String(path).endsWith('.tmp')) {
      await writeFile(path, String(data).slice(0, 50), ...rest);
      await stall();
    }
    return writeFile(path, data, ...rest);
  };
}
if (process.env.STALL === 'read') {
  const readFile = fsp.readFile;
  fsp.readFile = async (path, ...rest) => {
    if (String(path).endsWith('.md')) await stall();
    return readFile(path, ...rest);
  };
  const open = fsp.open;
  fsp.open = async (path, ...rest) => {
    if (String(path).endsWith('.md')) await stall();
    return open(path, ...rest);
  };
}
syncBuiltinESMExports();
