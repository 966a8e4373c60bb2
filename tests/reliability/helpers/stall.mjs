// Test-only preload (node --import): makes the CLI stall at a chosen moment and say so on stderr,
// so a test can send SIGINT exactly then. STALL=write: after half of a report's temporary file is
// written. STALL=read: when the first post is read. Posts are read synchronously (src/files/
// check-files.ts), so that stall blocks the thread for a while: the signal waits, and is handled
// when the run lets the event loop turn after the post — before any report is written.
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
  const fs = require('node:fs');
  const openSync = fs.openSync;
  let stalled = false;
  fs.openSync = (path, ...rest) => {
    if (!stalled && String(path).endsWith('.md')) {
      stalled = true;
      process.stderr.write('STALLED\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
    }
    return openSync(path, ...rest);
  };
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
