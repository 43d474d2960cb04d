/**
 * Toasts: short messages for the editor (saved, failed, imported…). A small observable store,
 * created once per app and handed down by context; React reads it with useSyncExternalStore.
 */

export type ToastTone = 'info' | 'success' | 'error';

/** One message on screen. */
export interface Toast {
  readonly id: number;
  readonly tone: ToastTone;
  /** The sentence shown, already in the interface language. */
  readonly text: string;
}

/** How long a toast stays, in milliseconds; errors stay longer. */
const LIFETIME: Record<ToastTone, number> = { info: 4000, success: 3000, error: 8000 };

/** Most toasts on screen at once; older ones are dropped. */
const MAX_VISIBLE = 4;

/** The app's toasts: push, dismiss, and a snapshot for React. */
export class ToastStore {
  private toasts: readonly Toast[] = [];
  private nextId = 1;
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  /**
   * Shows `text` (for `lifetime` ms, default by tone); returns the toast's id. Identical text
   * already showing is not repeated.
   */
  push(tone: ToastTone, text: string, lifetime = LIFETIME[tone]): number {
    const same = this.toasts.find((t) => t.text === text && t.tone === tone);
    if (same) return same.id;
    const toast: Toast = { id: this.nextId++, tone, text };
    this.toasts = [...this.toasts, toast].slice(-MAX_VISIBLE);
    this.timers.set(
      toast.id,
      setTimeout(() => this.dismiss(toast.id), lifetime),
    );
    this.emit();
    return toast.id;
  }

  dismiss(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    const next = this.toasts.filter((t) => t.id !== id);
    if (next.length === this.toasts.length) return;
    this.toasts = next;
    this.emit();
  }

  /** The toasts showing, oldest first (a stable array between changes). */
  readonly getSnapshot = (): readonly Toast[] => this.toasts;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
