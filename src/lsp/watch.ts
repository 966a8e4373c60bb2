// The server's own watch on context files, for editors that cannot watch files for it (no dynamic
// registration of workspace/didChangeWatchedFiles). A config can appear in, change in or vanish
// from any folder between a document and the file system's root, so each of those folders is
// watched (not recursively: a handful of inotify watches, not one per file of the repository).
import { type FSWatcher, watch } from 'node:fs';
import { dirname, join } from 'node:path';

export class ContextFileWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly fileNames: readonly string[],
    private readonly onChange: (file: string) => void,
  ) {}

  /** Watches `dir` and every folder above it. */
  watchFrom(dir: string): void {
    for (let current = dir; ; current = dirname(current)) {
      if (!this.watchers.has(current)) this.add(current);
      if (dirname(current) === current) break;
    }
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.watchers.clear();
    this.timers.clear();
  }

  private add(dir: string): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (name && this.fileNames.includes(name.toString())) this.settle(join(dir, name.toString()));
      });
    } catch {
      return; // unreadable folder: nothing there can be read as a config either
    }
    watcher.on('error', () => {
      watcher.close();
      this.watchers.delete(dir);
    });
    this.watchers.set(dir, watcher);
  }

  /** One save fires several events (truncate, write, rename): report the file once they settle. */
  private settle(file: string): void {
    const timer = this.timers.get(file);
    if (timer) clearTimeout(timer);
    this.timers.set(
      file,
      setTimeout(() => {
        this.timers.delete(file);
        this.onChange(file);
      }, 50),
    );
  }
}
