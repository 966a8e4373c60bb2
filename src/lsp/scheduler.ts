// When to check an open document. Typing sends a change per keystroke: the native rules run once
// the changes pause for `nativeDelay` ms, whatever their number; the full check (with axe-core,
// which renders the post) only on save, or once the writer has been idle for `idleDelay` ms.

export type CheckKind = 'native' | 'full';

export interface ScheduleDelays {
  /** Pause after the last change before the native rules run (ms). */
  nativeDelay: number;
  /** Pause after the last change before the full check runs (ms); also after opening. */
  idleDelay: number;
}

export const DEFAULT_DELAYS: ScheduleDelays = { nativeDelay: 200, idleDelay: 1500 };

interface Pending {
  native?: ReturnType<typeof setTimeout>;
  full?: ReturnType<typeof setTimeout>;
}

export class CheckScheduler {
  private readonly pending = new Map<string, Pending>();
  /** Runs started per document and kind (the server's status request reports them). */
  readonly runs = new Map<string, Record<CheckKind, number>>();

  constructor(
    private readonly run: (uri: string, kind: CheckKind) => Promise<void>,
    private readonly delays: ScheduleDelays = DEFAULT_DELAYS,
  ) {}

  /** Opened, or its configuration changed: native rules now, the full check when idle. */
  opened(uri: string): void {
    this.cancel(uri);
    this.start(uri, 'native');
    this.later(uri, 'full', this.delays.idleDelay);
  }

  changed(uri: string): void {
    this.cancel(uri);
    this.later(uri, 'native', this.delays.nativeDelay);
    this.later(uri, 'full', this.delays.idleDelay);
  }

  saved(uri: string): void {
    const pending = this.pending.get(uri);
    if (pending?.full) clearTimeout(pending.full);
    if (pending) pending.full = undefined;
    // A pending native run is covered by the full check, which runs the native rules too.
    if (pending?.native) {
      clearTimeout(pending.native);
      pending.native = undefined;
    }
    this.start(uri, 'full');
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.pending.delete(uri);
    this.runs.delete(uri);
  }

  dispose(): void {
    for (const uri of this.pending.keys()) this.cancel(uri);
  }

  private later(uri: string, kind: CheckKind, delay: number): void {
    const pending = this.pending.get(uri) ?? {};
    this.pending.set(uri, pending);
    pending[kind] = setTimeout(() => {
      pending[kind] = undefined;
      this.start(uri, kind);
    }, delay);
  }

  private start(uri: string, kind: CheckKind): void {
    const counts = this.runs.get(uri) ?? { native: 0, full: 0 };
    counts[kind]++;
    this.runs.set(uri, counts);
    // The runner reports its own failures; a rejection here must never end the process.
    this.run(uri, kind).catch(() => undefined);
  }

  private cancel(uri: string): void {
    const pending = this.pending.get(uri);
    if (!pending) return;
    if (pending.native) clearTimeout(pending.native);
    if (pending.full) clearTimeout(pending.full);
    pending.native = undefined;
    pending.full = undefined;
  }
}
