/**
 * Hands a computed value to React (`subscribe` / `getSnapshot`, for useSyncExternalStore), and
 * decides when to recompute it: at once for most changes, after a pause for typing, so that
 * keystrokes never wait for a re-render.
 */
export class Publisher<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Delay of the pending refresh (0: immediate) and when postponing it started. */
  private due = 0;
  private since = 0;
  private stopped = false;

  /**
   * `compute` builds the value from the previous one; `maxWait` (ms) bounds how long a stream of
   * delayed refreshes may postpone the value.
   */
  constructor(
    private readonly compute: (previous: T | undefined) => T,
    private readonly maxWait: number,
  ) {
    this.value = compute(undefined);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): T => this.value;

  /** Recomputes after `delay` ms of quiet (0: as soon as the current task ends). */
  refresh(delay: number): void {
    if (this.stopped) return;
    const now = performance.now();
    if (this.timer !== null) {
      if (this.due === 0) return;
      if (delay > 0 && now - this.since > this.maxWait) return;
      clearTimeout(this.timer);
    } else this.since = now;
    this.due = delay;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.stopped) return;
      this.value = this.compute(this.value);
      for (const listener of this.listeners) listener();
    }, delay);
  }

  /** Stops refreshing and forgets the listeners. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.listeners.clear();
  }
}
